import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startMock, type RunningMock } from "@appflow-contract/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defects, startBrokenProvider, type BrokenProvider } from "./fixtures/broken-providers.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
let mock: RunningMock;
let broken: BrokenProvider;

beforeAll(async () => {
  mock = await startMock();
  broken = await startBrokenProvider(mock.baseUrl, defects["created_at missing"]!);
});
afterAll(async () => {
  await broken?.close();
  await mock?.stop();
});

/** Runs the built CLI and returns its exit code, output and JUnit report. */
async function run(baseUrl: string) {
  const junit = join(mkdtempSync(join(tmpdir(), "contract-cli-")), "junit.xml");
  const { CONTRACT_BASE_URL: _, ...env } = process.env;
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, "--base-url", baseUrl, "--junit", junit, "--runs", "5"], { env });
    return { code: 0, stdout, junit: readFileSync(junit, "utf8") };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout, junit: readFileSync(junit, "utf8") };
  }
}

describe("appflow-contract-tests", () => {
  it("exits 0 and writes a clean JUnit report for a server that honours the contract", async () => {
    const { code, junit } = await run(mock.baseUrl);
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
});
