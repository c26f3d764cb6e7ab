// What the gate reads with git, on a small repository of its own (git only: no redocly, no
// oasdiff), and how it words redocly's failures. run.test.ts bundles and compares end to end.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingChangesetsAtRef } from "../src/changesets.js";
import { firstLine, GateInputError } from "../src/errors.js";
import { bundleSpecAtRef, commitOf, fileAtRef, filesAtRef, git, redoclyProblem } from "../src/spec-at-ref.js";
import { runGate } from "../src/run.js";

const run = promisify(execFile);
let repo: string;
const write = async (file: string, text: string) => {
  await mkdir(dirname(join(repo, file)), { recursive: true });
  await writeFile(join(repo, file), text);
};
const gitHere = (...args: string[]) => run("git", ["-c", "user.name=gate", "-c", "user.email=gate@example.invalid", ...args], { cwd: repo });

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "appflow-gate-git-"));
  await gitHere("init", "-q", "-b", "main");
  await write("spec/openapi.yaml", "openapi: 3.1.0\n");
  await write("spec/paths/update-flow.yaml", "post: {}\n");
  await write(".changeset/README.md", "# Changesets\n");
  await write(".changeset/config.json", "{}\n");
  await write(".changeset/remove-402.md", '---\n"@appflow-contract/spec": major\n---\n\nRemoved the 402.\n');
  await write(".changeset/nested/not-one.md", "---\n---\n\nIn a subfolder.\n");
  await gitHere("add", "-A");
  await gitHere("commit", "-q", "-m", "base");
  await gitHere("checkout", "-q", "-b", "broken");
  await write(".changeset/bad.md", "---\nnot: [yaml\n---\n");
  await gitHere("add", "-A");
  await gitHere("commit", "-q", "-m", "a changeset that does not parse");
  await gitHere("checkout", "-q", "main");
  // Not committed: what git at a ref must not see.
  await write("spec/uncommitted.yaml", "{}\n");
});

afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe("git at a ref", () => {
  it("lists the files committed under a folder, and reads one as committed", async () => {
    expect(await filesAtRef(repo, "main", "spec")).toEqual(["spec/openapi.yaml", "spec/paths/update-flow.yaml"]);
    expect((await fileAtRef(repo, "main", "spec/paths/update-flow.yaml")).toString("utf8")).toBe("post: {}\n");
    expect(await filesAtRef(repo, "main", "nothing-here")).toEqual([]);
  });

  it("names the commit of a ref, and refuses one git does not know in one line", async () => {
    const head = (await gitHere("rev-parse", "HEAD")).stdout.trim();
    expect(await commitOf(repo, "main")).toBe(head);
    await expect(commitOf(repo, "origin/nope")).rejects.toThrow(
      new GateInputError("unknown base origin/nope: git has no such commit here (fetch it first, e.g. git fetch origin main)"),
    );
  });

  it("turns a git failure into one line that says what was being done", async () => {
    const error = await fileAtRef(repo, "main", "spec/absent.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/^cannot read spec\/absent\.yaml at main: fatal: path 'spec\/absent\.yaml' does not exist in 'main'$/);
    await expect(git(repo, ["no-such-command"], "running git")).rejects.toThrow(/^running git: git: 'no-such-command' is not a git command/);
  });

  it("reads the changesets pending at a ref: .changeset/*.md, README.md and subfolders aside", async () => {
    expect(await pendingChangesetsAtRef(repo, "main")).toEqual([
      { id: "remove-402", summary: "Removed the 402.", releases: [{ name: "@appflow-contract/spec", type: "major" }] },
    ]);
    await expect(pendingChangesetsAtRef(repo, "broken")).rejects.toThrow(/^cannot parse \.changeset\/bad\.md at broken: [^\n]+$/);
  });

  it("refuses to bundle a spec folder that has no files at the ref, naming the ref as given", async () => {
    await expect(bundleSpecAtRef({ repoRoot: repo, ref: "main", specDir: "contract" })).rejects.toThrow(
      new GateInputError("git finds no files under contract/ at main"),
    );
  });

  it("runGate refuses a folder outside any git work tree", async () => {
    const outside = await mkdtemp(join(tmpdir(), "appflow-gate-nogit-"));
    try {
      await expect(runGate({ cwd: outside, base: "main" })).rejects.toThrow(new GateInputError(`${outside} is not inside a git work tree`));
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it("runGate takes --base-file and --revision-file together only", async () => {
    await expect(runGate({ cwd: repo, base: "main", baseFile: "a.yaml" })).rejects.toThrow(new GateInputError("--base-file and --revision-file go together"));
    await expect(runGate({ cwd: repo, base: "main", revisionFile: "b.yaml" })).rejects.toThrow(new GateInputError("--base-file and --revision-file go together"));
  });
});

describe("redoclyProblem", () => {
  it("keeps the first problem on one line: where, then what", () => {
    const output = [
      "bundling openapi.yaml...",
      "",
      "[1] paths/update-flow.yaml:49:7 at #/post/responses/402",
      "",
      "Can't resolve $ref",
      "",
      "47 |   400:",
      "Error was generated by the bundle rule.",
    ].join("\n");
    expect(redoclyProblem(output)).toBe("paths/update-flow.yaml:49:7 at #/post/responses/402: Can't resolve $ref");
  });

  it("counts the problems after the first", () => {
    const problem = (n: number) => `[${n}] openapi.yaml:${n}:1 at #/paths\n\nCan't resolve $ref\n`;
    expect(redoclyProblem([1, 2].map(problem).join("\n"))).toBe("openapi.yaml:1:1 at #/paths: Can't resolve $ref (and 1 more problem)");
    expect(redoclyProblem([1, 2, 3].map(problem).join("\n"))).toBe("openapi.yaml:1:1 at #/paths: Can't resolve $ref (and 2 more problems)");
  });

  it("without a located problem: the first line that says it failed, else a fallback", () => {
    expect(redoclyProblem("bundling...\n  ENOENT: cannot open openapi.yaml  \nFailed to bundle\n")).toBe("ENOENT: cannot open openapi.yaml");
    expect(redoclyProblem("bundling...\nsomething odd\n")).toBe("redocly bundle failed");
    expect(redoclyProblem("[1] openapi.yaml:3:1 at #/info\n")).toBe("openapi.yaml:3:1 at #/info: bundle failed");
  });
});

describe("firstLine", () => {
  it("is the first line that is not blank, trimmed", () => {
    expect(firstLine("\n   \n  fatal: no such ref  \nmore\n")).toBe("fatal: no such ref");
    expect(firstLine(" \n\n")).toBe("");
  });
});
