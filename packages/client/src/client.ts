import createClient, { type Client, type HeadersOptions, type Middleware } from "openapi-fetch";
import { interpretResponse } from "./contract.js";
import type { ErrorEnvelope, paths, UpdateFlowRequest, UpdateFlowSuccess } from "./generated/openapi.js";
import { backoffDelay, resolveRetryOptions, sleep, type RetryOptions } from "./retry.js";
import { loadRequestCheck, type Violation } from "./validation.js";

/** Options of {@link createUpdateFlowClient}. */
export interface UpdateFlowClientOptions {
  /** Where the API is, e.g. `https://appflow.us-east-1.amazonaws.com` or the mock's URL. */
  baseUrl: string;
  /** The fetch to send requests with; by default `globalThis.fetch`, looked up on each request. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request, e.g. `{ Authorization: "..." }`. */
  headers?: HeadersOptions;
  /**
   * openapi-fetch middleware run on every request, in order: sign requests, add auth headers,
   * log. More can be added later with `client.raw.use()`.
   */
  middleware?: Middleware[];
  /** How calls that failed on the network or with a 500 are retried. */
  retry?: RetryOptions;
  /** Default overall time limit of one `updateFlow` call, retries and backoff included, in milliseconds. */
  timeoutMs?: number;
  /**
   * Check each request against the contract before sending it, and refuse an invalid one
   * locally with a `VALIDATION_ERROR` result. Default `true`.
   */
  validateRequests?: boolean;
  /**
   * Check each response body against the full schema that the contract documents for its
   * status (formats and nested members included), and throw a `ContractViolationError` when it
   * does not match. Default `false`: only the members the result type promises are checked.
   */
  validateResponses?: boolean;
}

/** Options of one {@link UpdateFlowClient.updateFlow} call. */
export interface UpdateFlowCallOptions {
  /** Aborts the call, retries and backoff included; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overall time limit of this call in milliseconds; it rejects with a `TimeoutError` DOMException. */
  timeoutMs?: number;
  /** Headers for this call only, merged over the client's. */
  headers?: HeadersOptions;
}

/** The result of a request that pre-flight validation refused; nothing was sent. */
export interface PreflightValidationFailure {
  success: false;
  error: {
    code: "VALIDATION_ERROR";
    /** Names the first member at fault and the rule it breaks, and how many more there are. */
    message: string;
    /** Every rule the request breaks. */
    violations: Violation[];
  };
}

/**
 * What `updateFlow` resolves to, discriminated on `success`: the success envelope, the error
 * envelope the server sent, or a request refused before sending (also an error envelope, with
 * `violations`). Switch on `error.code` to handle each documented failure.
 */
export type UpdateFlowResult = UpdateFlowSuccess | ErrorEnvelope | PreflightValidationFailure;

/** A client of the UpdateFlow operation; create it with {@link createUpdateFlowClient}. */
export interface UpdateFlowClient {
  /**
   * Sends `POST /update-flow`.
   *
   * Fills in `clientToken` with a random UUID when the request has none, and sends the same
   * body, token included, on every retry. Retries network failures and 500 responses with
   * exponential backoff and full jitter, never a 4xx.
   *
   * @returns the success envelope, or the error envelope of a documented failure (including a
   *   request refused by pre-flight validation, which is never sent).
   * @throws ContractViolationError when the response is not one the contract documents.
   * @throws the signal's reason (an `AbortError` or `TimeoutError` DOMException by default)
   *   when the call is aborted or runs out of time.
   * @throws the fetch error (a `TypeError` in browsers and Node) when every attempt failed on
   *   the network; any other error thrown on the way at once, a `TypeError` too when fetch did
   *   not throw it (a middleware's own, or one for a malformed URL or header value).
   */
  updateFlow(request: UpdateFlowRequest, options?: UpdateFlowCallOptions): Promise<UpdateFlowResult>;
  /**
   * The underlying openapi-fetch client, typed by the contract's `paths`: add middleware with
   * `raw.use()` (request signing, auth headers, logging) or make a request by hand.
   */
  readonly raw: Client<paths>;
}

/**
 * Creates a client of the UpdateFlow operation.
 *
 * @example
 * ```ts
 * const client = createUpdateFlowClient({ baseUrl: "http://127.0.0.1:4010", headers: { Authorization: token } });
 * const result = await client.updateFlow(request);
 * if (result.success) console.log(result.data.flowStatus);
 * else console.error(result.error.code, result.error.message);
 * ```
 */
export function createUpdateFlowClient(options: UpdateFlowClientOptions): UpdateFlowClient {
  const retry = resolveRetryOptions(options.retry);
  const { validateRequests = true, validateResponses = false } = options;
  const customFetch = options.fetch;
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    // Looked up on each request, as the plain path does, so both paths use the same fetch.
    fetch: (request: Request) => observe(() => (customFetch ? customFetch(request) : globalThis.fetch(request))),
  });
  if (options.middleware?.length) raw.use(...options.middleware);
  // Until a middleware or a custom fetch needs a real Request, calls take the plain path.
  let plain = !options.fetch && !options.middleware?.length;
  const use = raw.use.bind(raw);
  raw.use = (...middleware) => {
    plain = false;
    use(...middleware);
  };

  async function updateFlow(request: UpdateFlowRequest, call: UpdateFlowCallOptions = {}): Promise<UpdateFlowResult> {
    const signal = callSignal(call.signal, call.timeoutMs ?? options.timeoutMs);
    // An aborted call rejects with the signal's reason, whether or not its request is valid.
    signal?.throwIfAborted();
    // The idempotency token is chosen once per call, so every retry is the same call to AppFlow.
    const body: UpdateFlowRequest =
      request.clientToken === undefined ? { ...request, clientToken: crypto.randomUUID() } : request;
    if (validateRequests) {
      const { checkRequest, preflightFailure } = await loadRequestCheck();
      const violations = checkRequest(body);
      if (violations.length) {
        signal?.throwIfAborted(); // aborted while the validator loaded
        return preflightFailure(violations);
      }
    }
    // Serialized once: a retry sends these very bytes even if the caller's object changes meanwhile.
    const json = JSON.stringify(body);

    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let outcome;
      try {
        outcome = await raw.POST("/update-flow", {
          body,
          bodySerializer: () => json,
          parseAs: "text",
          headers: call.headers,
          signal,
          ...(plain && plainRequest),
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        // fetch rejects with a TypeError when the network fails (Fetch standard). The same type
        // thrown by anything else (a middleware, `new Request()` for a malformed URL or header
        // value) would fail again the same way, so only what fetch itself rejected with counts.
        const networkFailure = error instanceof TypeError && fetchFailures.has(error);
        if (!networkFailure || attempt >= retry.maxAttempts) throw error;
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      const { response } = outcome;
      if (response.status === 500 && attempt < retry.maxAttempts) {
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      const payload: unknown = "data" in outcome ? outcome.data : outcome.error;
      // A 2xx body is read as text (parseAs); the text of any other was kept by observe(), unless
      // a middleware replaced the response and only openapi-fetch's decoding of it is left.
      const text = response.ok ? ((payload as string | undefined) ?? "") : await errorBodies.get(response);
      return interpretResponse(response.status, text === undefined ? { decoded: payload } : { text }, validateResponses);
    }
  }

  return { updateFlow, raw };
}

/** The errors that fetch itself rejected with: the only ones that may be network failures. */
const fetchFailures = new WeakSet<object>();
/** The body text of each non-2xx response, read once from a clone as it arrives. */
const errorBodies = new WeakMap<Response, Promise<string | undefined>>();

/**
 * Runs one fetch for openapi-fetch, on either path, and records what the retry loop and
 * interpretResponse need: a rejection of fetch's own (unless `malformed` says the request could
 * not even be built), and the text of a non-2xx body. openapi-fetch parses such a body as JSON
 * when it can, after which a JSON string and plain text look alike; a 2xx body is read as text
 * already, so the common case makes no clone.
 */
async function observe(send: () => Promise<Response>, malformed?: () => boolean): Promise<Response> {
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    if (typeof error === "object" && error !== null && !malformed?.()) fetchFailures.add(error);
    throw error;
  }
  if (!response.ok) errorBodies.set(response, response.clone().text().catch(() => undefined));
  return response;
}

/**
 * The plain path: openapi-fetch builds a `Request` for every call and hands it to fetch, and
 * building one costs undici about 15% of a local round trip (apps/bench, `--only calls`). With
 * no middleware to read or replace it, the URL and init go to the global fetch as they are.
 */
class PlainRequest {
  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {}
}
const plainRequest = {
  Request: PlainRequest as unknown as typeof Request,
  fetch: ((request: PlainRequest) =>
    observe(
      () => globalThis.fetch(request.url, request.init),
      // fetch builds the Request itself here, so a malformed URL (a bad baseUrl) rejects like the
      // network does; building it again, on failure only, tells them apart.
      () => {
        try {
          new Request(request.url, request.init);
          return false;
        } catch {
          return true;
        }
      },
    )) as unknown as typeof fetch,
};

/** The caller's signal and the time limit as one signal. */
function callSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  return signal && timeout ? AbortSignal.any([signal, timeout]) : (signal ?? timeout);
}
