import { describe, expect, it } from "vitest";
import { backoffDelay, resolveRetryOptions, retryAfterDelay, sleep } from "../src/retry.js";

const settings = { baseDelayMs: 100, maxDelayMs: 1_000 };

describe("backoffDelay", () => {
  it("is at most base * 2^retry, capped at maxDelayMs", () => {
    const almostOne = () => 0.999_999;
    expect([0, 1, 2, 3, 4, 10].map((retry) => backoffDelay(retry, settings, almostOne))).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it("is full jitter: anywhere from 0", () => {
    expect(backoffDelay(3, settings, () => 0)).toBe(0);
    const delays = Array.from({ length: 200 }, () => backoffDelay(2, settings));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(400);
    expect(new Set(delays).size).toBeGreaterThan(20);
  });
});

describe("sleep", () => {
  it("rejects with the signal's reason as soon as it aborts", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const slept = sleep(60_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(slept).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("resolveRetryOptions", () => {
  it("takes an explicit undefined as the default, field by field", () => {
    expect(resolveRetryOptions({ maxAttempts: undefined, baseDelayMs: undefined, maxDelayMs: undefined })).toEqual({
      maxAttempts: 3,
      baseDelayMs: 100,
      maxDelayMs: 20_000,
    });
    expect(resolveRetryOptions({ maxAttempts: 5, maxDelayMs: undefined })).toEqual({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 20_000 });
  });

  it("refuses settings that cannot work", () => {
    expect(() => resolveRetryOptions({ maxAttempts: 1.5 })).toThrow(RangeError);
    expect(() => resolveRetryOptions({ baseDelayMs: -1 })).toThrow(RangeError);
  });
});

describe("retryAfterDelay", () => {
  const now = Date.UTC(2015, 9, 21, 7, 28, 0); // Wed, 21 Oct 2015 07:28:00 GMT

  it("reads delay-seconds", () => {
    expect(retryAfterDelay("120", now)).toBe(120_000);
    expect(retryAfterDelay(" 3 ", now)).toBe(3_000);
    expect(retryAfterDelay("0", now)).toBe(0);
  });

  it("reads an HTTP-date in each of its three forms, as the time left until then", () => {
    expect(retryAfterDelay("Wed, 21 Oct 2015 07:28:05 GMT", now)).toBe(5_000); // IMF-fixdate
    expect(retryAfterDelay("Wednesday, 21-Oct-15 07:28:10 GMT", now)).toBe(10_000); // RFC 850
    expect(retryAfterDelay("Wed Oct 21 07:28:30 2015", now)).toBe(30_000); // asctime, in GMT whatever the local zone
  });

  it("is 0 for a date that has passed", () => {
    expect(retryAfterDelay("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
  });

  it("is undefined, so that the backoff applies, without a header or for one it cannot read", () => {
    for (const value of [null, "", "1.5", "-1", "soon", "2015-10-21", "1e3"]) expect(retryAfterDelay(value, now)).toBeUndefined();
  });
});
