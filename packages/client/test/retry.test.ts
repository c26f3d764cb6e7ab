import { describe, expect, it } from "vitest";
import { backoffDelay, resolveRetryOptions, sleep } from "../src/retry.js";

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
