import createClient, { type Client } from "openapi-fetch";
import { interpretResponse } from "./contract.js";
import type { ErrorEnvelope, paths, UpdateFlowRequest, UpdateFlowSuccess } from "./generated/openapi.js";
import { backoffDelay, type RetryOptions, resolveRetryOptions, sleep } from "./retry.js";
import { loadRequestCheck } from "./validation.js";
import type { PreflightValidationFailure } from "./violations.js";

export type { PreflightValidationFailure };

/** Options of {@link createUpdateFlowClient}. */
export interface UpdateFlowClientOptions {
  /** Where the API is, e.g. `https://appflow.us-east-1.amazonaws.com` or the mock's URL. */
  baseUrl: string;
  /**
   * Sends each attempt: handed a fresh `Request`, it may sign it, log it, or send it some other
   * way. By default the global `fetch`, looked up on each attempt and given the URL and init.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request, e.g. `{ Authorization: "..." }`. */
  headers?: HeadersInit;
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
  /** Headers for this call only, over the client's. */
  headers?: HeadersInit;
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
   * bytes, token included, on every retry. Retries network failures and 500 responses with
   * exponential backoff and full jitter, never a 4xx.
   *
   * @returns the success envelope, or the error envelope of a documented failure (including a
   *   request refused by pre-flight validation, which is never sent).
   * @throws ContractViolationError when the response is not one the contract documents.
   * @throws the signal's reason (an `AbortError` or `TimeoutError` DOMException by default)
   *   when the call is aborted or runs out of time.
   * @throws the fetch error (a `TypeError` in browsers and Node) when every attempt failed on
   *   the network; any other error at once: one a custom fetch threw that is not a `TypeError`,
   *   or the `TypeError` of a request that cannot be built (a malformed URL or header value).
   */
  updateFlow(request: UpdateFlowRequest, options?: UpdateFlowCallOptions): Promise<UpdateFlowResult>;
  /**
   * An openapi-fetch client typed by the contract's `paths`, with the same `baseUrl`, headers and
   * fetch: the escape hatch for a request made by hand. It has none of `updateFlow`'s token,
   * retries, time limits or validation, and middleware added with `raw.use()` runs on its own
   * requests only.
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
  const { fetch: customFetch, validateRequests = true, validateResponses = false } = options;
  // openapi-fetch's rule for a trailing slash, so that `raw` and updateFlow reach the same URL.
  const baseUrl = options.baseUrl.endsWith("/") ? options.baseUrl.slice(0, -1) : options.baseUrl;
  const url = `${baseUrl}/update-flow`;
  const clientHeaders = headerRecord(options.headers);
  const defaultHeaders = { "content-type": "application/json", ...clientHeaders };
  const raw = createClient<paths>({
    baseUrl,
    headers: clientHeaders,
    // Looked up on each request, as updateFlow does.
    fetch: customFetch ?? ((request: Request) => globalThis.fetch(request)),
  });

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
    const init: RequestInit = {
      method: "POST",
      headers: call.headers ? { ...defaultHeaders, ...headerRecord(call.headers) } : defaultHeaders,
      // Serialized once: a retry sends these very bytes even if the caller's object changes meanwhile.
      body: JSON.stringify(body),
      signal: signal ?? null,
    };

    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      let response: Response;
      try {
        // Without a custom fetch no Request is built here: fetch builds its own, and building one
        // more would cost about 15% of a local round trip (apps/bench, `--only calls`).
        response = await (customFetch ? customFetch(new Request(url, init)) : globalThis.fetch(url, init));
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (attempt >= retry.maxAttempts || !isNetworkFailure(error, url, init)) throw error;
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      if (response.status === 500 && attempt < retry.maxAttempts) {
        // Nobody reads this body; cancelling it frees the connection at once.
        response.body?.cancel().catch(() => {});
        await sleep(backoffDelay(attempt - 1, retry), signal);
        continue;
      }
      let text: string;
      try {
        // Read once, as text, whatever the status: ContractViolationError keeps it exactly.
        text = await response.text();
      } catch (error) {
        // A connection that breaks while the body is read fails at once: the server may have acted.
        if (signal?.aborted) throw signal.reason;
        throw error;
      }
      return interpretResponse(response.status, text, validateResponses);
    }
  }

  return { updateFlow, raw };
}

/**
 * Whether an attempt's rejection is a network failure, to be retried. fetch rejects with a
 * `TypeError` when the network fails (Fetch standard), but also for a request that cannot be
 * built (a malformed URL or header value), which would fail again the same way; building the
 * Request again, on failure only, tells the two apart.
 */
function isNetworkFailure(error: unknown, url: string, init: RequestInit): boolean {
  if (!(error instanceof TypeError)) return false;
  try {
    new Request(url, init);
    return true;
  } catch {
    return false;
  }
}

/**
 * Headers as a plain record with lower-cased names, so that a call's headers replace the
 * client's whatever their case, and fetch takes them without a `Headers` built per call.
 */
function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  const entries = headers instanceof Headers || Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) {
    // An undefined value (from an optional setting spread in) is no header, as openapi-fetch has it.
    if (value === undefined) continue;
    const key = name.toLowerCase();
    // Repeated names within one set of headers are combined, as `Headers` combines them.
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`;
  }
  return record;
}

/** The caller's signal and the time limit as one signal. */
function callSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined): AbortSignal | undefined {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  return signal && timeout ? AbortSignal.any([signal, timeout]) : (signal ?? timeout);
}
