import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GENERATED_RUNS } from "../src/settings.js";
import { defects, startBrokenProvider, type BrokenProvider } from "./fixtures/broken-providers.js";
import { useMockUpstream } from "./fixtures/upstream.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const mockUrl = useMockUpstream();
let broken: BrokenProvider;

beforeAll(async () => {
  broken = await startBrokenProvider(mockUrl(), defects["created_at missing"]!);
});
afterAll(async () => {
  await broken?.close();
});

/** Runs the built CLI with `args` and returns its exit code, output and JUnit report (if written). */
async function cliRun(args: string[]) {
  const junit = join(mkdtempSync(join(tmpdir(), "contract-cli-")), "junit.xml");
  const { CONTRACT_BASE_URL: _, ...env } = process.env;
  const report = () => (existsSync(junit) ? readFileSync(junit, "utf8") : undefined);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, "--junit", junit, ...args], { env });
    return { code: 0, stdout, stderr, junit: report() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, junit: report() };
  }
}

const run = (baseUrl: string) => cliRun(["--base-url", baseUrl, "--runs", "5"]);

describe("appflow-contract-tests", () => {
  it("exits 0 and writes a clean JUnit report for a server that honours the contract", async () => {
    const { code, junit } = await run(mockUrl());
    expect(code).toBe(0);
    // One test case per request: dozens of them, none failed.
    expect(junit).toMatch(/<testsuites [^>]*tests="\d{2,}" failures="0" errors="0"/);
    expect(junit).toContain("/flowName breaks pattern");
  });

  it("exits 1 and reports the failures in JUnit for a server that breaks it", async () => {
    const { code, junit } = await run(broken.baseUrl);
    expect(code).toBe(1);
    expect(junit).toMatch(/<testsuites [^>]*failures="[1-9]/);
    expect(junit).toContain("must have required property &apos;created_at&apos;");
  });

  it.each(["abc", "0", "-3", "1.5", "", "40x"])("exits 2 with the usage for --runs %j, before running anything", async (runs) => {
    const { code, stdout, stderr, junit } = await cliRun(["--base-url", mockUrl(), `--runs=${runs}`]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--runs ${runs} is not a positive integer`);
    expect(stderr).toContain("Usage: appflow-contract-tests");
    expect(stdout).toBe("");
    expect(junit).toBeUndefined();
  });

  it("prints the usage, with the suite's default number of generated requests, for --help", async () => {
    const { code, stdout, junit } = await cliRun(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`--runs N         fast-check runs of generated valid requests (default ${DEFAULT_GENERATED_RUNS})`);
    expect(junit).toBeUndefined();
  });

  it("exits 2 with the usage for an unknown option", async () => {
    const { code, stderr } = await cliRun(["--base-url", mockUrl(), "--rusn", "5"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: appflow-contract-tests");
  });
});
