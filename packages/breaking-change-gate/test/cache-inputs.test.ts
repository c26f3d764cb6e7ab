// The turbo cache inputs are honest and no wider than each task: on a scratch copy of this
// repository (HEAD plus the work tree's changes, in a fresh git repository under the OS's
// temporary directory, removed after), `turbo run … --dry=json` gives every task's hash before
// and after touching one file. A task whose hash is unchanged replays from the cache; one whose
// hash moved runs again. Dry runs only: nothing is built or run.
import { execFile } from "node:child_process";
import { appendFile, copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const turbo = join(dirname(require.resolve("turbo/package.json")), "bin", "turbo");
const TASKS = ["build", "test", "typecheck", "check", "lint"];

interface DryTask {
  taskId: string;
  hash: string;
  command: string;
  dependencies: string[];
}

let scratch: string;
let baseline: Map<string, DryTask>;
let graph: DryTask[];
const table: string[] = [];

const git = (cwd: string, ...args: string[]) =>
  run("git", ["-c", "user.name=cache", "-c", "user.email=cache@example.invalid", ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });

async function dryRun(): Promise<{ tasks: Map<string, DryTask>; all: DryTask[] }> {
  const { stdout } = await run(turbo, ["run", ...TASKS, "--dry=json"], {
    cwd: scratch,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_PRINT_VERSION_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { tasks } = JSON.parse(stdout) as { tasks: DryTask[] };
  // Tasks a package has no script for are in the graph (they pass hashes on) but never run.
  return { tasks: new Map(tasks.filter((t) => t.command !== "<NONEXISTENT>").map((t) => [t.taskId, t])), all: tasks };
}

/** Touches `file` in the scratch copy, dry-runs, restores the file; the tasks whose hash moved. */
async function touch(file: string, line: string): Promise<{ rerun: string[]; cached: string[] }> {
  await appendFile(join(scratch, file), line);
  try {
    const after = (await dryRun()).tasks;
    const rerun = [...baseline.keys()].filter((id) => after.get(id)?.hash !== baseline.get(id)?.hash).sort();
    const cached = [...baseline.keys()].filter((id) => !rerun.includes(id)).sort();
    const short = (ids: string[]) => ids.map((id) => id.replace("@appflow-contract/", "")).join(", ") || "none";
    const kept = ["@appflow-contract/client#build", "@appflow-contract/client#check", "@appflow-contract/docs#typecheck"].filter((id) => cached.includes(id));
    table.push(`| \`${file}\` | ${short(rerun)} | ${cached.length} of ${baseline.size}${kept.length > 0 ? `, among them ${short(kept)}` : ""} |`);
    return { rerun, cached };
  } finally {
    await git(scratch, "checkout", "--", file);
  }
}

/** Every task that depends, directly or through others, on `root`. */
function dependentsOf(root: string): string[] {
  const byId = new Map(graph.map((t) => [t.taskId, t]));
  const reaches = (id: string, seen = new Set<string>()): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    return (byId.get(id)?.dependencies ?? []).some((d) => d === root || reaches(d, seen));
  };
  return [...baseline.keys()].filter((id) => id === root || reaches(id)).sort();
}

beforeAll(async () => {
  const repoRoot = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: fileURLToPath(new URL(".", import.meta.url)) })).stdout.trim();
  scratch = await mkdtemp(join(tmpdir(), "appflow-cache-inputs-"));
  // The files git would hash in the real repository: tracked ones and new ones it does not ignore.
  const listed = (await git(repoRoot, "ls-files", "-z", "--cached", "--others", "--exclude-standard")).stdout.split("\0").filter(Boolean);
  for (const file of listed) {
    await mkdir(dirname(join(scratch, file)), { recursive: true });
    // A file deleted in the work tree but still tracked is skipped.
    await copyFile(join(repoRoot, file), join(scratch, file)).catch(() => undefined);
  }
  await git(scratch, "init", "-q", "-b", "main");
  await git(scratch, "add", "-A");
  await git(scratch, "commit", "-q", "-m", "scratch copy");
  ({ tasks: baseline, all: graph } = await dryRun());
}, 120_000);

afterAll(async () => {
  if (table.length > 0) {
    console.info(["| file touched | tasks rerun | tasks cached |", "| --- | --- | --- |", ...table].join("\n"));
  }
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("turbo cache inputs (dry runs on a scratch copy)", () => {
  it("the client's README reruns none of its build, typecheck, drift check or test, nor anything behind the build", async () => {
    const { rerun } = await touch("packages/client/README.md", "\nTouched.\n");
    expect(rerun).not.toContain("@appflow-contract/client#build");
    expect(rerun).not.toContain("@appflow-contract/client#typecheck");
    expect(rerun).not.toContain("@appflow-contract/client#check");
    expect(rerun).not.toContain("@appflow-contract/client#test");
    // publint and attw lint the packed package, which carries the README: the only task that reruns.
    expect(rerun).toEqual(["@appflow-contract/client#lint"]);
  });

  it("a client test file reruns the client's tests, typecheck and lint, not its build or drift check", async () => {
    const { rerun } = await touch("packages/client/test/retry.test.ts", "\n// touched\n");
    expect(rerun).not.toContain("@appflow-contract/client#build");
    expect(rerun).not.toContain("@appflow-contract/client#check");
    expect(rerun).toEqual(expect.arrayContaining(["@appflow-contract/client#test", "@appflow-contract/client#typecheck", "@appflow-contract/client#lint"]));
    expect(rerun.filter((id) => !id.startsWith("@appflow-contract/client#"))).toEqual([]);
  });

  it("a client source file or build script reruns the client's build and every task behind it", async () => {
    for (const file of ["packages/client/src/index.ts", "packages/client/scripts/build-validators.mjs"]) {
      const { rerun } = await touch(file, "\n// touched\n");
      const behind = dependentsOf("@appflow-contract/client#build");
      expect(behind).toEqual(expect.arrayContaining(["@appflow-contract/example-consumer#build", "@appflow-contract/bench#test"]));
      expect(rerun).toEqual(expect.arrayContaining(behind));
    }
  });

  it("the docs' README reruns nothing; its page template the build and what follows it, not typecheck", async () => {
    const readme = await touch("apps/docs/README.md", "\nTouched.\n");
    expect(readme.rerun).toEqual([]);
    const template = await touch("apps/docs/template.hbs", "\n{{!-- touched --}}\n");
    expect(template.rerun).toContain("@appflow-contract/docs#build");
    expect(template.rerun).not.toContain("@appflow-contract/docs#typecheck");
  });

  it.each(["apps/bench/README.md", "packages/mock/README.md", "packages/breaking-change-gate/README.md"])(
    "%s reruns nothing",
    async (file) => {
      expect((await touch(file, "\nTouched.\n")).rerun).toEqual([]);
    },
  );

  it("a spec file reruns every task that depends on the bundle, and only those and the spec's own", async () => {
    const { rerun } = await touch("spec/schemas/envelopes.yaml", "\n# touched\n");
    const dependents = dependentsOf("@appflow-contract/spec#bundle");
    expect(dependents).toEqual(expect.arrayContaining(["@appflow-contract/client#build", "@appflow-contract/client#check", "@appflow-contract/docs#build", "@appflow-contract/mock#test"]));
    expect(rerun).toEqual(expect.arrayContaining(dependents));
    expect(rerun.filter((id) => !dependents.includes(id) && !id.startsWith("@appflow-contract/spec#"))).toEqual([]);
    // The gate compares specs from git, not the bundle: it stays cached.
    expect(rerun.filter((id) => id.startsWith("@appflow-contract/breaking-change-gate#"))).toEqual([]);
  });
});
