import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GateInputError } from "../src/errors.js";
import { runGate } from "../src/run.js";
import { removeTemporaryFolders } from "../src/spec-at-ref.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const gateCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const syncCli = fileURLToPath(new URL("../dist/sync-cli.js", import.meta.url));
const changesetCli = join(dirname(require.resolve("@changesets/cli/package.json")), "bin.js");

const SPEC = "@appflow-contract/spec";
const CLIENT = "@appflow-contract/client";
const BENCH = "@appflow-contract/bench";

// A throwaway workspace shaped like this repository: the spec and the client in one `fixed`
// group, an unrelated app, the base fixture as the spec; `main` is the base, tests change the work
// tree (and reset it before each test).
let repo: string;
const git = (...args: string[]) => run("git", ["-c", "user.name=gate", "-c", "user.email=gate@example.invalid", ...args], { cwd: repo });
const write = async (file: string, text: string) => {
  await mkdir(dirname(join(repo, file)), { recursive: true });
  await writeFile(join(repo, file), text);
};
const useSpec = (name: string) => copyFile(fixture(name), join(repo, "spec", "openapi.yaml"));
const changeset = (id: string, releases: Record<string, string>, summary = `The ${id} change.`) =>
  write(
    `.changeset/${id}.md`,
    `---\n${Object.entries(releases)
      .map(([name, type]) => `"${name}": ${type}`)
      .join("\n")}\n---\n\n${summary}\n`,
  );
const manifest = (name: string, version: string, extra: object = {}) => `${JSON.stringify({ name, version, private: true, ...extra }, null, 2)}\n`;
const setVersions = async (version: string) => {
  await write("spec/package.json", manifest(SPEC, version));
  await write("packages/client/package.json", manifest(CLIENT, version, { dependencies: { [SPEC]: "workspace:*" } }));
};
const gate = () => runGate({ cwd: repo, base: "main" });
const failures = (report: Awaited<ReturnType<typeof gate>>) => report.checks.filter((c) => !c.ok).map((c) => c.message);

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "appflow-gate-repo-"));
  await git("init", "-q", "-b", "main");
  await write("package.json", manifest("gate-fixture-root", "0.0.0"));
  await write("pnpm-workspace.yaml", "packages:\n  - spec\n  - packages/*\n  - apps/*\n");
  await write(
    ".changeset/config.json",
    `${JSON.stringify(
      {
        changelog: false,
        commit: false,
        fixed: [[SPEC, CLIENT]],
        linked: [],
        access: "restricted",
        baseBranch: "main",
        updateInternalDependencies: "patch",
        ignore: [],
        privatePackages: { version: true, tag: false },
      },
      null,
      2,
    )}\n`,
  );
  await write(".changeset/README.md", "# Changesets\n");
  await write("apps/bench/package.json", manifest(BENCH, "1.0.0"));
  await write("apps/bench/README.md", "# bench\n");
  await write("spec/redocly.yaml", "telemetry: off\n");
  await setVersions("1.4.0");
  await useSpec("base.yaml");
  await git("add", "-A");
  await git("commit", "-q", "-m", "base contract");
});

beforeEach(async () => {
  await git("reset", "-q", "--hard");
  await git("clean", "-q", "-fd");
  await git("checkout", "-q", "main");
});

afterAll(async () => {
  removeTemporaryFolders();
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe("runGate: which changes need which changeset", () => {
  it("passes an unchanged work tree without a changeset", async () => {
    const report = await gate();
    expect(report.result.changes).toEqual([]);
    expect(report.checks.map((c) => c.ok)).toEqual([true, true, true]);
    expect(report.passed).toBe(true);
  });

  it("asks no changeset for a change outside the contract (an app's README)", async () => {
    await write("apps/bench/README.md", "# bench\n\nRewritten.\n");
    await write("spec/test/notes.md", "A file under spec/ that the bundle does not include.\n");
    const report = await gate();
    expect(report.passed).toBe(true);
    expect(report.checks[0]?.message).toMatch(/no changeset needed/);
  });

  it("fails a removed error response without a changeset, naming the check and the remedy", async () => {
    await useSpec("removed-error-status.yaml");
    const report = await gate();
    expect(report.passed).toBe(false);
    expect(report.changelog).toMatch(/\*\*breaking\*\*.*removed the non-success response with the status `402`/);
    expect(failures(report)).toEqual([expect.stringMatching(/no changeset in this change releases @appflow-contract\/spec: run `pnpm changeset`.*major/)]);
  });

  it.each([
    ["a patch changeset", { [SPEC]: "patch" }, /need a major release .* make a patch release/],
    ["a minor changeset of the client", { [CLIENT]: "minor" }, /need a major release .* make a minor release/],
    ["an unrelated changeset", { [BENCH]: "major" }, /no changeset in this change releases @appflow-contract\/spec/],
  ])("fails a breaking change with %s", async (_what, releases, message) => {
    await useSpec("removed-error-status.yaml");
    await changeset("remove-402", releases);
    const report = await gate();
    expect(report.passed).toBe(false);
    expect(failures(report)).toEqual([expect.stringMatching(message)]);
  });

  it("fails a breaking change with an empty changeset", async () => {
    await useSpec("removed-error-status.yaml");
    await write(".changeset/empty.md", "---\n---\n\nNothing released.\n");
    const report = await gate();
    expect(failures(report)).toEqual([expect.stringMatching(/no changeset in this change releases/)]);
  });

  it.each([
    ["the spec", { [SPEC]: "major" }],
    ["the client (a fixed group with the spec)", { [CLIENT]: "major" }],
  ])("passes a breaking change with a major changeset of %s, and says the next version", async (_what, releases) => {
    await useSpec("removed-error-status.yaml");
    await changeset("remove-402", releases);
    const report = await gate();
    expect(failures(report)).toEqual([]);
    expect(report.checks[0]?.message).toMatch(/major release of @appflow-contract\/spec .* 1\.4\.0 → 2\.0\.0 at pnpm version-packages/);
  });

  it("an addition needs at least a minor changeset", async () => {
    await useSpec("added-error-code.yaml");
    await changeset("access-denied", { [SPEC]: "patch" });
    expect(failures(await gate())).toEqual([expect.stringMatching(/an addition to the contract needs at least a minor release/)]);
    await changeset("access-denied", { [SPEC]: "minor" });
    expect((await gate()).passed).toBe(true);
  });

  it("a rewording needs a changeset, of any bump", async () => {
    await useSpec("reworded.yaml");
    expect(failures(await gate())).toEqual([expect.stringMatching(/no changeset in this change releases/)]);
    await changeset("wording", { [SPEC]: "patch" });
    expect((await gate()).passed).toBe(true);
  });

  it("an older pending changeset does not stand in for this change's own", async () => {
    await git("checkout", "-q", "-B", "base-with-pending");
    await changeset("earlier", { [SPEC]: "major" });
    await git("add", "-A");
    await git("commit", "-q", "-m", "an earlier contract change, not yet released");
    await useSpec("removed-error-status.yaml");
    const report = await runGate({ cwd: repo, base: "base-with-pending" });
    expect(failures(report)).toEqual([expect.stringMatching(/no changeset in this change releases/)]);
  });
});

describe("runGate: one version story", () => {
  it("fails info.version raised by hand, even with the packages following", async () => {
    await useSpec("version-only.yaml");
    await setVersions("1.5.0");
    const report = await gate();
    expect(failures(report)).toEqual([expect.stringMatching(/info\.version moved from 1\.4\.0 to 1\.5\.0, but no changeset was released: do not edit versions by hand/)]);
  });

  it("fails info.version going backwards", async () => {
    await useSpec("version-backwards.yaml");
    await setVersions("1.3.0");
    expect(failures(await gate())).toEqual([expect.stringMatching(/info\.version went backwards: 1\.4\.0 at main, 1\.3\.0 here/)]);
  });

  it("fails a client whose version does not follow info.version", async () => {
    await write("packages/client/package.json", manifest(CLIENT, "1.3.9"));
    const report = await gate();
    expect(report.clientVersion?.ok).toBe(false);
    expect(failures(report)).toEqual([expect.stringMatching(/@appflow-contract\/client is 1\.3\.9 but the spec's info\.version is 1\.4\.0/)]);
  });

  it("changeset version plus the sync moves the spec, the client and info.version together, and the release passes", async () => {
    // The contract change is merged with its major changeset (branch contract-change) ...
    await git("checkout", "-q", "-B", "contract-change");
    await useSpec("removed-error-status.yaml");
    await changeset("remove-402", { [SPEC]: "major" });
    expect((await gate()).passed).toBe(true);
    await git("add", "-A");
    await git("commit", "-q", "-m", "remove the 402");
    // ... and the release is a change of its own: changeset version, then the sync.
    await git("checkout", "-q", "-B", "release");
    await run(process.execPath, [changesetCli, "version"], { cwd: repo });
    const synced = await run(process.execPath, [syncCli], { cwd: repo });
    expect(synced.stdout).toMatch(/info\.version 1\.4\.0 → 2\.0\.0/);
    const versionOf = async (file: string) => (JSON.parse(await readFile(join(repo, file), "utf8")) as { version: string }).version;
    expect([await versionOf("spec/package.json"), await versionOf("packages/client/package.json")]).toEqual(["2.0.0", "2.0.0"]);
    expect(await readFile(join(repo, "spec/openapi.yaml"), "utf8")).toMatch(/^info:\n {2}title: UpdateFlow fixture\n {2}version: 2\.0\.0\n/m);
    const release = await runGate({ cwd: repo, base: "contract-change" });
    expect(failures(release)).toEqual([]);
    expect(release.checks[0]?.message).toMatch(/release 1\.4\.0 → 2\.0\.0: the major bump of @appflow-contract\/spec from \.changeset\/remove-402\.md/);
    // A release number other than the one the changesets make fails.
    await setVersions("3.0.0");
    await writeFile(join(repo, "spec/openapi.yaml"), (await readFile(join(repo, "spec/openapi.yaml"), "utf8")).replace("version: 2.0.0", "version: 3.0.0"));
    expect(failures(await runGate({ cwd: repo, base: "contract-change" }))).toEqual([
      expect.stringMatching(/info\.version is 3\.0\.0, but the released changesets .* make 1\.4\.0 a major release, 2\.0\.0/),
    ]);
  });

  it("the sync refuses a client that left the spec's version", async () => {
    await write("packages/client/package.json", manifest(CLIENT, "1.3.9"));
    const error = await run(process.execPath, [syncCli], { cwd: repo }).catch((e: unknown) => e as { code: number; stderr: string });
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr.trim()).toMatch(/^appflow-sync-info-version: @appflow-contract\/client is 1\.3\.9 but @appflow-contract\/spec is 1\.4\.0[^\n]*$/);
  });
});

describe("input errors are one line", () => {
  it("an unknown base", async () => {
    const error = await runGate({ cwd: repo, base: "origin/nope" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toBe("unknown base origin/nope: git has no such commit here (fetch it first, e.g. git fetch origin main)");
  });

  it("a broken $ref names the file, the line and the problem", async () => {
    const text = await readFile(fixture("base.yaml"), "utf8");
    await writeFile(join(repo, "spec/openapi.yaml"), text.replace("'#/components/responses/Conflict'", "'#/components/responses/Conflikt'"));
    const error = await gate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/^the spec in the work tree does not bundle: openapi\.yaml:\d+:\d+ at #\/paths\/~1update-flow\/post\/responses\/409: Can't resolve \$ref$/);
  });

  it.each([
    ["an unknown base", ["--base", "origin/nope"], /^appflow-breaking-change-gate: unknown base origin\/nope: /],
    ["an unknown option", ["--bsae", "main"], /^appflow-breaking-change-gate: Unknown option '--bsae'/],
  ])("the CLI prints %s on one line of stderr and exits 2", async (_what, args, message) => {
    const error = (await run(process.execPath, [gateCli, ...args], { cwd: repo }).catch((e: unknown) => e)) as { code: number; stdout: string; stderr: string };
    expect(error.code).toBe(2);
    expect(error.stdout).toBe("");
    expect(error.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(error.stderr).toMatch(message);
  });

  it("the CLI exits 1 on a failed gate and 0 on a passed one", async () => {
    expect((await run(process.execPath, [gateCli, "--base", "main"], { cwd: repo })).stdout).toMatch(/Gate passed\./);
    await useSpec("removed-error-status.yaml");
    const failed = (await run(process.execPath, [gateCli, "--base", "main"], { cwd: repo }).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/- FAIL: the contract changed but no changeset/);
  });
});
