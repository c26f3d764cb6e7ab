import type { Client } from "openapi-fetch";
import { interpretResponse } from "./contract.js";
import type { ErrorEnvelope, paths, UpdateFlowRequest, UpdateFlowSuccess } from "./generated/openapi.js";
import { backoffDelay, type RetryOptions, resolveRetryOptions, retryAfterDelay, sleep } from "./retry.js";
import { lazyRawClient } from "./raw.js";
import { loadRequestCheck } from "./validation.js";
import type { PreflightValidationFailure } from "./violations.js";

export type { PreflightValidationFailure };

/** The default time limit of one attempt, in milliseconds: sending, waiting, and reading the body. */
export const defaultAttemptTimeoutMs = 30_000;

/** What a {@link UpdateFlowMiddleware} is handed on each attempt. */
export interface UpdateFlowMiddlewareContext {
  /** The attempt's own Request: URL, method, headers, the call's body bytes and signal. */
  request: Request;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  attempt: number;
}

/**
 * A step run on each attempt's Request before it is sent, in the order given: sign it, add a
 * header, log it. Its `onRequest` may change the Request in place and return nothing, or return
 * the Request to send instead. It has the shape of openapi-fetch's `onRequest`, so a middleware
 * that reads only `request` (such as `sigv4()`) can be given to `client.raw.use()` as well.
 *
 * A middleware that throws or rejects fails the call at once; it is never retried.
 */
export interface UpdateFlowMiddleware {
  /** Called with each attempt's Request before it is sent; returns nothing, or the Request to send instead. */
  onRequest(context: UpdateFlowMiddlewareContext): Request | undefined | Promise<Request | undefined>;
}

/** Options of {@link createUpdateFlowClient}. */
export interface UpdateFlowClientOptions {
  /** Where the API is, e.g. `https://appflow.us-east-1.amazonaws.com` or the mock's URL. */
  baseUrl: string;
  /**
   * Sends each attempt: handed a fresh `Request` (after `middleware`), it may log it or send it
   * some other way. By default the global `fetch`, looked up on each attempt.
   */
  fetch?: (request: Request) => Promise<Response>;
  /** Run in order on each attempt's Request before it is sent, e.g. `[sigv4({ region, credentials })]`. */
  middleware?: readonly UpdateFlowMiddleware[];
  /** Headers sent with every request, e.g. `{ "X-Amzn-Trace-Id": "Root=..." }`. */
  headers?: HeadersInit;
  /** How failed attempts (network failures, time-outs, 429, 500, 503) are retried. */
  retry?: RetryOptions;
  /**
   * Time limit of one attempt in milliseconds, from sending to the last byte of the body; an
   * attempt that runs out is retried like a network failure. Default 30000; `Infinity` or `0`
   * turns it off.
   */
  attemptTimeoutMs?: number;
  /**
   * Overall time limit of one `updateFlow` call in milliseconds, attempts and waits included.
   * Default none (`Infinity`; `0` also means none).
   */
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
  /** Aborts the call, retries and waits included; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overall time limit of this call in milliseconds, over the client's; it rejects with a `TimeoutError` DOMException. */
  timeoutMs?: number;
  /** Time limit of each attempt of this call in milliseconds, over the client's. */
  attemptTimeoutMs?: number;
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
   * bytes, token included, on every attempt. Retries network failures, attempts that ran out of
   * time or whose body broke off, and 429, 500 and 503 answers, with exponential backoff and full
   * jitter or as long as `Retry-After` asks; never another 4xx.
   *
   * @returns the success envelope, or the error envelope of a documented failure (including a
   *   request refused by pre-flight validation, which is never sent, and a 429, 500 or 503 that
   *   the last attempt got).
   * @throws ContractViolationError when the response is not one the contract documents.
   * @throws the signal's reason (an `AbortError` DOMException by default) when the call is
   *   aborted; a `TimeoutError` DOMException when it runs out of time, or when every attempt did.
   * @throws the fetch error (a `TypeError` in browsers and Node) when every attempt failed on
   *   the network or had its body cut short; any other error at once: one that a middleware or a
   *   custom fetch threw (unless a custom fetch's `TypeError`), or the `TypeError` of a request
   *   that cannot be built (a malformed URL or header value).
   */
  updateFlow(request: UpdateFlowRequest, options?: UpdateFlowCallOptions): Promise<UpdateFlowResult>;
  /**
   * An openapi-fetch client typed by the contract's `paths`, with the same `baseUrl`, headers and
   * fetch: the escape hatch for a request made by hand. It has none of `updateFlow`'s token,
   * retries, time limits, middleware or validation; middleware added with `raw.use()` runs on its
   * own requests only.
   */
  readonly raw: Client<paths>;
}

/** The statuses that are retried: 429 THROTTLING, 500 INTERNAL_SERVER_ERROR, 503 SERVICE_UNAVAILABLE. */
const retriedStatuses = [429, 500, 503];

/** What one attempt came to: an answer read to its end, or a failure. */
type Outcome =
  | { status: number; text: string; retryAfter: string | null }
  /** `retry`: whether another attempt may succeed (network failure, time-out, body cut short). */
  | { error: unknown; retry: boolean };

/**
 * Creates a client of the UpdateFlow operation.
 *
 * @example
 * ```ts
 * import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
 * import { sigv4 } from "@appflow-contract/client/sigv4";
 * const client = createUpdateFlowClient({
 *   baseUrl: "https://appflow.us-east-1.amazonaws.com",
 *   middleware: [sigv4({ region: "us-east-1", credentials: fromNodeProviderChain() })],
 * });
 * const result = await client.updateFlow(request);
 * if (result.success) console.log(result.data.flowStatus);
 * else console.error(result.error.code, result.error.message);
 * ```
 * @throws RangeError for retry settings or time limits that cannot work.
 */
export function createUpdateFlowClient(options: UpdateFlowClientOptions): UpdateFlowClient {
  const retry = resolveRetryOptions(options.retry);
  const { fetch: customFetch, middleware = [], validateRequests = true, validateResponses = false } = options;
  const attemptLimit = timeLimit(options.attemptTimeoutMs ?? defaultAttemptTimeoutMs);
  const callLimit = timeLimit(options.timeoutMs);
  // openapi-fetch's rule for a trailing slash, so that `raw` and updateFlow reach the same URL.
  const baseUrl = options.baseUrl.endsWith("/") ? options.baseUrl.slice(0, -1) : options.baseUrl;
  const url = `${baseUrl}/update-flow`;
  const clientHeaders = headerRecord(options.headers);
  const defaultHeaders = { "content-type": "application/json", ...clientHeaders };
  // Looked up on each request, so that a fetch put in place later is the one used.
  const send = customFetch ?? ((request: Request) => globalThis.fetch(request));
  const raw = lazyRawClient({ baseUrl, headers: clientHeaders, fetch: send });
  let checks: Awaited<ReturnType<typeof loadRequestCheck>> | undefined;

  async function updateFlow(request: UpdateFlowRequest, call: UpdateFlowCallOptions = {}): Promise<UpdateFlowResult> {
    const { signal } = call;
    // An aborted call rejects with the signal's reason, whether or not its request is valid.
    signal?.throwIfAborted();
    const perAttempt = call.attemptTimeoutMs === undefined ? attemptLimit : timeLimit(call.attemptTimeoutMs);
    const deadline = Date.now() + (call.timeoutMs === undefined ? callLimit : timeLimit(call.timeoutMs));
    // The idempotency token is chosen once per call, so every retry is the same call to AppFlow.
    const body: UpdateFlowRequest =
      request.clientToken === undefined ? { ...request, clientToken: crypto.randomUUID() } : request;
    if (validateRequests) {
      // Loaded on the first call; later calls skip the await.
      checks ??= await loadRequestCheck();
      const { checkRequest, preflightFailure } = checks;
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
    };

    /** One attempt, its body read to the end, within the attempt's time limit and the call's. */
    async function attempt(n: number): Promise<Outcome> {
      signal?.throwIfAborted();
      const left = deadline - Date.now();
      const ms = Math.min(left, perAttempt);
      // One controller per attempt, when something can end it: the caller's abort, or the
      // attempt's time limit. (A signal costs Node 20's fetch some 10 to 30 µs; a call without
      // either goes without one. setTimeout takes at most 2^31 - 1 ms: a longer limit is as good as none.)
      const limited = ms < 2 ** 31;
      // Stryker disable next-line ConditionalExpression: a controller on every attempt behaves the same, only slower (the reason there is none without a limit or a signal).
      const controller = limited || signal ? new AbortController() : undefined;
      const timer = limited ? setTimeout(() => controller!.abort(timeoutError()), ms) : undefined;
      const onAbort = () => controller!.abort(signal!.reason);
      signal?.addEventListener("abort", onAbort);
      init.signal = controller?.signal ?? null;
      const custom = customFetch || middleware.length;
      // Middleware and a custom fetch may not watch the signal: what they are awaited for ends
      // with the attempt all the same. (The global fetch does watch it.)
      const stop =
        custom && controller
          ? new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason)))
          : undefined;
      stop?.catch(() => {});
      const within = <T>(step: T | Promise<T>) => (stop === undefined ? step : Promise.race([step, stop]));
      let request: Request | undefined;
      let sending = false;
      try {
        if (custom) {
          // A Request of its own for each attempt, so that middleware signs each one afresh.
          request = new Request(url, init);
          for (const step of middleware) request = (await within(step.onRequest({ request, attempt: n }))) ?? request;
        }
        sending = true;
        // Without middleware or a custom fetch no Request is built here: fetch builds its own,
        // and building one more would cost about 15% of a local round trip (apps/bench, `--only calls`).
        const response = await (request ? within(send(request)) : globalThis.fetch(url, init));
        // Read once, as text, whatever the status: ContractViolationError keeps it exactly.
        const { status } = response;
        const text = await within(response.text());
        return { status, text, retryAfter: retriedStatuses.includes(status) ? response.headers.get("retry-after") : null };
      } catch (error) {
        if (controller?.signal.aborted) {
          // The caller's abort, and the call's own time limit, end the call; the attempt's is retried.
          // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; retried instead, the call ends the same way (the deadline refuses the retry; the wait or the next attempt rejects with the signal's reason).
          if (signal?.aborted || left <= perAttempt) throw controller.signal.reason;
          return { error: controller.signal.reason, retry: true };
        }
        // A Request that cannot be built (a malformed URL or header value), or a middleware's own
        // failure (no credentials, say), is final.
        if (!sending) throw error;
        // fetch rejects with a TypeError for a request it cannot build as for a network failure;
        // building the Request again, on failure only, throws for the former.
        // Stryker disable next-line ConditionalExpression,LogicalOperator: building again a Request that was built once succeeds again: no effect.
        if (!request && error instanceof TypeError) new Request(url, init);
        // A network failure, or a body that broke off (undici's `TypeError: terminated`), is
        // retried: the token makes that safe.
        return { error, retry: error instanceof TypeError };
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
    }

    for (let n = 1; ; n++) {
      const outcome = await attempt(n);
      const answered = !("error" in outcome);
      if (answered ? retriedStatuses.includes(outcome.status) : outcome.retry) {
        const asked = answered ? retryAfterDelay(outcome.retryAfter) : undefined;
        const wait = asked === undefined ? backoffDelay(n - 1, retry) : Math.min(asked, retry.maxDelayMs);
        // A wait that would pass the call's time limit is not taken: the call ends as this attempt did.
        if (n < retry.maxAttempts && Date.now() + wait < deadline) {
          if (wait > 0) await sleep(wait, signal);
          continue;
        }
      }
      if (!answered) throw outcome.error;
      return interpretResponse(outcome.status, outcome.text, validateResponses);
    }
  }

  return { updateFlow, raw };
}

/** A time-out's rejection, as `AbortSignal.timeout()` gives it. */
function timeoutError(): DOMException {
  return new DOMException("The operation was aborted due to timeout", "TimeoutError");
}

/** A time limit option in milliseconds; `undefined`, `0` and `Infinity` mean none. */
function timeLimit(ms = 0): number {
  if (!(ms >= 0)) throw new RangeError(`a time limit must be >= 0 ms, got ${ms}`);
  return ms || Infinity;
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
