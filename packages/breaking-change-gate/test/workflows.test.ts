// The workflows' own rules, beyond what actionlint checks (scripts/lint-workflows.mjs, the `lint`
// task): every job has a timeout, CI restores the pnpm store and the turbo cache, and the docs
// are deployed only from a push to this repository's main that passed CI.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const run = promisify(execFile);
const folder = fileURLToPath(new URL("../../../.github/workflows/", import.meta.url));
const lintWorkflows = fileURLToPath(new URL("../scripts/lint-workflows.mjs", import.meta.url));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  if?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { "timeout-minutes"?: number; if?: string; steps?: Step[] }>;
}
const workflow = async (name: string) => parseYaml(await readFile(join(folder, name), "utf8")) as Workflow;
const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name));

describe("the workflows", () => {
  it.each(names)("every job of %s has timeout-minutes", async (name) => {
    const jobs = Object.entries((await workflow(name)).jobs);
    expect(jobs.filter(([, job]) => typeof job["timeout-minutes"] !== "number").map(([id]) => id)).toEqual([]);
  });

  it.each(["ci.yml", "contract-governance.yml", "pages.yml"])("%s restores the pnpm store and the turbo cache", async (name) => {
    const steps = Object.values((await workflow(name)).jobs).flatMap((job) => job.steps ?? []);
    const cached = steps.filter((s) => s.uses?.startsWith("actions/cache@")).map((s) => s.with?.path ?? "");
    expect(cached).toEqual(expect.arrayContaining([`\${{ steps.pnpm-store.outputs.path }}`, ".turbo/cache"]));
    expect(steps.some((s) => s.run?.includes("store path"))).toBe(true);
  });

  it("pages.yml deploys only a push to this repository's main that passed ci, or main by hand", async () => {
    const pages = await workflow("pages.yml");
    const condition = (pages.jobs.build?.if ?? "").replace(/\s+/g, " ");
    for (const part of [
      "github.event.workflow_run.conclusion == 'success'",
      "github.event.workflow_run.event == 'push'",
      "github.event.workflow_run.head_repository.full_name == github.repository",
      "github.event.workflow_run.head_branch == 'main'",
      "github.event_name == 'workflow_dispatch' && github.ref == 'refs/heads/main'",
    ]) {
      expect(condition).toContain(part);
    }
    expect(pages.jobs.deploy).toMatchObject({ needs: "build" });
    // By hand, the commit must have passed ci too.
    expect(pages.jobs.build?.steps?.[0]).toMatchObject({ if: "github.event_name == 'workflow_dispatch'" });
  });

  it("the governance job runs the gate (which decides about changesets) and the drift check", async () => {
    const steps = (await workflow("contract-governance.yml")).jobs.governance?.steps ?? [];
    const commands = steps.map((s) => s.run ?? "").join("\n");
    expect(commands).toMatch(/breaking-change-gate gate --base "origin\/\$BASE_REF"/);
    expect(commands).toMatch(/turbo run check/);
    expect(commands).not.toMatch(/changeset status/);
  });
});

describe("scripts/lint-workflows.mjs (actionlint, wasm)", () => {
  it("reports each problem on one line and exits 1; an empty folder exits 2", async () => {
    const scratch = await mkdtemp(join(tmpdir(), "appflow-workflows-"));
    try {
      await writeFile(
        join(scratch, "bad.yml"),
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n",
      );
      const failed = (await run(process.execPath, [lintWorkflows, scratch]).catch((e: unknown) => e)) as { code: number; stderr: string };
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/bad\.yml:8:11: input "fetch-dept" is not defined in action "actions\/checkout@v4".* \[action\]\n/);
      await rm(join(scratch, "bad.yml"));
      const empty = (await run(process.execPath, [lintWorkflows, scratch]).catch((e: unknown) => e)) as { code: number };
      expect(empty.code).toBe(2);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
