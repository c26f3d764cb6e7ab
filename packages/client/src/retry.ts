/** How {@link createUpdateFlowClient} retries a call that failed on the network or with a 500. */
export interface RetryOptions {
  /** Attempts in all, the first one included; `1` turns retries off. Default `3`. */
  maxAttempts?: number;
  /** Upper bound of the first backoff, in milliseconds; it doubles on each retry. Default `100`. */
  baseDelayMs?: number;
  /** No backoff is longer than this, in milliseconds. Default `20000`. */
  maxDelayMs?: number;
}

/** The retry settings with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Fills in the defaults (those of AWS's SDKs) and refuses settings that cannot work. */
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
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
