import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Wall-clock seconds of one turbo run in each cache state. */
export interface PipelineTimes {
  cold: number;
  cached: number;
  specTouched: number;
  tasks: string;
}

function run(cwd: string, command: string, args: string[]): number {
  const start = performance.now();
  const child = spawnSync(command, args, {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
  if (child.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${child.stderr.toString().slice(-4000)}`);
  }
  return (performance.now() - start) / 1000;
}

/**
 * Times `turbo run build test` in a fresh clone of the repository's HEAD: cold (no cache yet),
 * fully cached, and after a change to the spec alone (a comment appended to spec/openapi.yaml),
 * so every task that reads the spec reruns and the rest replay. The clone keeps the working
 * tree, its spec and its turbo cache untouched, even if the benchmark is interrupted.
 */
export function benchPipeline(root: string): PipelineTimes {
  const clone = mkdtempSync(join(tmpdir(), "appflow-pipeline-"));
  try {
    run(root, "git", ["clone", "--quiet", "--no-hardlinks", root, clone]);
    run(clone, "pnpm", ["install", "--frozen-lockfile", "--prefer-offline"]);
    const tasks = ["build", "test"];
    const turbo = ["exec", "turbo", "run", ...tasks];
    const cold = run(clone, "pnpm", turbo);
    const cached = run(clone, "pnpm", turbo);
    appendFileSync(join(clone, "spec", "openapi.yaml"), `\n# benchmark touch ${Date.now()}\n`);
    const specTouched = run(clone, "pnpm", turbo);
    return { cold, cached, specTouched, tasks: tasks.join(" ") };
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}
