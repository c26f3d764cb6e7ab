import { describe, expect, it } from "vitest";
import { interleavedRounds, median, percentile, withConcurrency } from "../src/stats.js";

describe("median and percentile", () => {
  it("take the middle and the nearest rank", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe(1);
  });
  it("refuse an empty list", () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("interleavedRounds", () => {
  it("rotates the order each round and counts every operation", async () => {
    const order: string[] = [];
    const calls = { a: 0, b: 0 };
    const make = (name: "a" | "b") => ({
      name,
      run: async (n: number) => {
        order.push(name);
        calls[name] += n;
      },
    });
    const results = await interleavedRounds([make("a"), make("b")], { rounds: 3, n: 10, warmup: 1 });
    expect(order).toEqual(["a", "b", "a", "b", "b", "a", "a", "b"]);
    expect(calls).toEqual({ a: 31, b: 31 });
    expect(results.map((r) => r.opsPerSecond.length)).toEqual([3, 3]);
  });
});

describe("withConcurrency", () => {
  it("never exceeds the limit and runs exactly n tasks", async () => {
    let inFlight = 0;
    let peak = 0;
    let done = 0;
    await withConcurrency(50, 16, async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      done++;
    });
    expect(done).toBe(50);
    expect(peak).toBe(16);
  });
});
