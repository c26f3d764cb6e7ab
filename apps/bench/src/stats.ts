/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (`p` in 0..100) of a non-empty list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** One contestant in a side-by-side measurement. */
export interface Contestant {
  name: string;
  /** Performs `n` operations and resolves when all are done. */
  run(n: number): Promise<void>;
}

/** Throughput of each contestant: ops/s per round and their median. */
export interface RoundsResult {
  name: string;
  opsPerSecond: number[];
  medianOpsPerSecond: number;
}

/**
 * Runs every contestant for `n` operations per round, `rounds` times, interleaved (A B C, B C A,
 * C A B, ...) so that a noisy neighbour on this shared machine slows every contestant alike
 * instead of whichever happened to run at that moment.
 */
export async function interleavedRounds(
  contestants: readonly Contestant[],
  options: { rounds: number; n: number; warmup: number },
): Promise<RoundsResult[]> {
  for (const c of contestants) await c.run(options.warmup);
  const samples = contestants.map(() => [] as number[]);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < contestants.length; k++) {
      const i = (round + k) % contestants.length;
      const start = performance.now();
      await contestants[i]!.run(options.n);
      const seconds = (performance.now() - start) / 1000;
      samples[i]!.push(options.n / seconds);
    }
  }
  return contestants.map((c, i) => ({
    name: c.name,
    opsPerSecond: samples[i]!,
    medianOpsPerSecond: median(samples[i]!),
  }));
}

/** Runs `task` `n` times with at most `concurrency` calls in flight. */
export async function withConcurrency(
  n: number,
  concurrency: number,
  task: () => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
}
