import { spawnSync } from "node:child_process";
import { validateUpdateFlowRequest, type UpdateFlowRequest } from "@appflow-contract/client";
import { median } from "./stats.js";

/** Throughput of the compiled request validator on one request. */
export interface ValidationRate {
  example: string;
  bytes: number;
  medianPerSecond: number;
}

/**
 * Validations per second of the client's compiled request validator on each request, median
 * of `rounds` timed batches of `n` validations.
 */
export async function benchValidation(
  requests: Map<string, UpdateFlowRequest>,
  options: { rounds: number; n: number },
): Promise<ValidationRate[]> {
  const rates: ValidationRate[] = [];
  for (const [example, request] of requests) {
    const violations = await validateUpdateFlowRequest(request);
    if (violations.length > 0) throw new Error(`${example} is invalid: ${JSON.stringify(violations)}`);
    const samples: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const start = performance.now();
      for (let i = 0; i < options.n; i++) await validateUpdateFlowRequest(request);
      samples.push(options.n / ((performance.now() - start) / 1000));
    }
    rates.push({ example, bytes: JSON.stringify(request).length, medianPerSecond: median(samples) });
  }
  return rates;
}

const coldScript = `
const t0 = performance.now();
const { validateUpdateFlowRequest } = await import("@appflow-contract/client");
const request = JSON.parse(process.argv[1]);
const violations = await validateUpdateFlowRequest(request);
if (violations.length) throw new Error("invalid");
process.stdout.write(String(performance.now() - t0));
`;

/**
 * Milliseconds from a fresh Node process importing the client to its first validation result
 * (module load + validator chunk load + one validation), median of `runs` processes.
 */
export function benchColdValidation(request: UpdateFlowRequest, cwd: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", coldScript, JSON.stringify(request)], {
      cwd,
      encoding: "utf8",
    });
    if (child.status !== 0) throw new Error(`cold validation failed: ${child.stderr}`);
    samples.push(Number(child.stdout));
  }
  return median(samples);
}
