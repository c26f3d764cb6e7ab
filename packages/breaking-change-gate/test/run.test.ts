import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../src/run.js";

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

// A throwaway repository: main holds the base fixture as a split spec, the work tree changes it.
let repo: string;
const git = (...args: string[]) => run("git", ["-c", "user.name=gate", "-c", "user.email=gate@example.invalid", ...args], { cwd: repo });

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), "appflow-gate-repo-"));
  await git("init", "-q", "-b", "main");
  await mkdir(join(repo, "spec"), { recursive: true });
  await mkdir(join(repo, "packages", "client"), { recursive: true });
  await copyFile(fixture("base.yaml"), join(repo, "spec", "openapi.yaml"));
  await writeFile(join(repo, "spec", "redocly.yaml"), "telemetry: off\n");
  await copyFile(fixture("client/matching.package.json"), join(repo, "packages", "client", "package.json"));
  await git("add", "-A");
  await git("commit", "-q", "-m", "base contract");
});

afterAll(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe("runGate against a git base", () => {
  it("passes an unchanged work tree", async () => {
    const report = await runGate({ cwd: repo, base: "main" });
    expect(report.result.changes).toEqual([]);
    expect(report.clientVersion?.ok).toBe(true);
    expect(report.passed).toBe(true);
  });

  it("fails a removed member in the work tree and lists it in the changelog", async () => {
    await copyFile(fixture("removed-member.yaml"), join(repo, "spec", "openapi.yaml"));
    const report = await runGate({ cwd: repo, base: "main" });
    expect(report.passed).toBe(false);
    expect(report.changelog).toMatch(/\*\*breaking\*\*.*removed the request property `description`/);
  });

  it("fails a major bump of the spec that the client package does not follow", async () => {
    await copyFile(fixture("removed-member-major.yaml"), join(repo, "spec", "openapi.yaml"));
    const report = await runGate({ cwd: repo, base: "main" });
    expect(report.result.passed).toBe(true);
    expect(report.clientVersion?.ok).toBe(false);
    expect(report.passed).toBe(false);
  });
});
