/**
 * How {@link createUpdateFlowClient} retries a call: network failures, a per-attempt time-out, a
 * body cut short, and the 429, 500 and 503 answers.
 */
export interface RetryOptions {
  /** Attempts in all, the first one included; `1` turns retries off. Default `3`. */
  maxAttempts?: number;
  /** Upper bound of the first backoff, in milliseconds; it doubles on each retry. Default `100`. */
  baseDelayMs?: number;
  /** No wait between attempts is longer than this, in milliseconds: neither a backoff nor a `Retry-After`. Default `20000`. */
  maxDelayMs?: number;
}

/** The retry settings with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/**
 * Fills in the defaults (those of AWS's SDKs) and refuses settings that cannot work.
 *
 * @throws RangeError for a `maxAttempts` that is not an integer >= 1, or a negative delay.
 */
export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  // Field by field, so that an explicit `undefined` (a spread config, say) means the default too.
  const resolved = {
    maxAttempts: options.maxAttempts ?? 3,
    baseDelayMs: options.baseDelayMs ?? 100,
    maxDelayMs: options.maxDelayMs ?? 20_000,
  };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be an integer >= 1, got ${resolved.maxAttempts}`);
  }
  if (!(resolved.baseDelayMs >= 0) || !(resolved.maxDelayMs >= 0)) {
    throw new RangeError("retry.baseDelayMs and retry.maxDelayMs must be >= 0");
  }
  return resolved;
}

/**
 * Exponential backoff with full jitter: a uniformly random wait in
 * `[0, min(maxDelayMs, baseDelayMs * 2 ** retry))`, so that clients which failed together do not
 * retry together. `retry` counts from 0 for the first retry.
 */
export function backoffDelay(
  retry: number,
  { baseDelayMs, maxDelayMs }: Pick<ResolvedRetryOptions, "baseDelayMs" | "maxDelayMs">,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** retry));
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: delay-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`, 0 once it has passed).
 *
 * @returns `undefined` when there is no header or it is neither form (a fraction, say), so that
 *   the backoff applies.
 */
export function retryAfterDelay(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  value = value.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP-date starts with the day's name (RFC 9110: IMF-fixdate, or the obsolete RFC 850 and
  // asctime forms; Date.parse alone would read "1.5" as a date), and is in GMT, which asctime
  // does not say (Date.parse would take it as local time).
  const date = /^[a-z]{3}/i.test(value) ? Date.parse(/GMT$/.test(value) ? value : `${value} GMT`) : Number.NaN;
  return date >= 0 ? Math.max(0, date - now) : undefined;
}

/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once, so the listener runs once either way.
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
