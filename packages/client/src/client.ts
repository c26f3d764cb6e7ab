import createClient, { type Client, type HeadersOptions, type Middleware } from "openapi-fetch";
import { interpretResponse } from "./contract.js";
import type { ErrorEnvelope, paths, UpdateFlowRequest, UpdateFlowSuccess } from "./generated/openapi.js";
import { backoffDelay, resolveRetryOptions, sleep, type RetryOptions } from "./retry.js";
import { describeViolation, validateRequest, type Violation } from "./validation.js";

/** Options of {@link createUpdateFlowClient}. */
export interface UpdateFlowClientOptions {
  /** Where the API is, e.g. `https://appflow.us-east-1.amazonaws.com` or the mock's URL. */
  baseUrl: string;
  /** The fetch to send requests with; `globalThis.fetch` by default. */
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
   *   the network; any other error thrown on the way (by a middleware, say) at once.
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
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.fetch && { fetch: options.fetch }),
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
    // The idempotency token is chosen once per call, so every retry is the same call to AppFlow.
    const body: UpdateFlowRequest =
      request.clientToken === undefined ? { ...request, clientToken: crypto.randomUUID() } : request;
    if (validateRequests) {
      const violations = await validateRequest(body);
      if (violations.length) return preflightFailure(violations);
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
        // fetch rejects with a TypeError, and only then, when the network fails (Fetch standard);
        // anything else (a middleware's own error, say) would fail again the same way.
        if (!(error instanceof TypeError) || attempt >= retry.maxAttempts) throw error;
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      const { response } = outcome;
      if (response.status === 500 && attempt < retry.maxAttempts) {
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      const payload: unknown = "data" in outcome ? outcome.data : outcome.error;
      return interpretResponse(response.status, payload, validateResponses);
    }
  }

  return { updateFlow, raw };
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
  fetch: ((request: PlainRequest) => globalThis.fetch(request.url, request.init)) as unknown as typeof fetch,
};

function preflightFailure(violations: Violation[]): PreflightValidationFailure {
  const [first] = violations as [Violation, ...Violation[]];
  const more = violations.length - 1;
  const message = `Invalid UpdateFlow request: ${describeViolation(first)}${more ? `, and ${more} more violation${more > 1 ? "s" : ""}` : ""}.`;
  return { success: false, error: { code: "VALIDATION_ERROR", message, violations } };
}

/** The caller's signal and the time limit as one signal. */
function callSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  return signal && timeout ? AbortSignal.any([signal, timeout]) : (signal ?? timeout);
}
