import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Wall-clock seconds of one turbo run in each cache state. */
export interface PipelineTimes {
  cold: number;
  cached: number;
  specTouched: number;
  tasks: string;
}

function timeTurbo(root: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync("pnpm", ["exec", "turbo", "run", ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (run.status !== 0) {
    throw new Error(`turbo ${args.join(" ")} failed:\n${run.stderr.toString().slice(-4000)}`);
  }
  return (performance.now() - start) / 1000;
}

/**
 * Times `turbo run build test` cold (`--force`), fully cached, and after a change to the spec
 * alone (a comment appended to spec/openapi.yaml, restored afterwards), so every task that reads
 * the spec reruns and the rest replay.
 */
export function benchPipeline(root: string): PipelineTimes {
  const tasks = ["build", "test"];
  const cold = timeTurbo(root, [...tasks, "--force"]);
  const cached = timeTurbo(root, tasks);
  const specFile = join(root, "spec", "openapi.yaml");
  const original = readFileSync(specFile);
  let specTouched: number;
  try {
    appendFileSync(specFile, `\n# benchmark touch ${Date.now()}\n`);
    specTouched = timeTurbo(root, tasks);
  } finally {
    writeFileSync(specFile, original);
  }
  return { cold, cached, specTouched, tasks: tasks.join(" ") };
}
