import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GENERATED_RUNS } from "../src/settings.js";
import { defects, startBrokenProvider, type BrokenProvider, type Seen } from "./fixtures/broken-providers.js";
import { closedPort } from "./fixtures/ports.js";
import { useMockUpstream } from "./fixtures/upstream.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const mockUrl = useMockUpstream();
let broken: BrokenProvider;
const work = mkdtempSync(join(tmpdir(), "contract-cli-"));

beforeAll(async () => {
  broken = await startBrokenProvider(mockUrl(), defects["created_at missing"]!);
});
afterAll(async () => {
  await broken?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the built CLI in `cwd` with `args` and returns its exit code, output and how long it took. */
async function cliRun(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const { CONTRACT_BASE_URL: _, GITHUB_STEP_SUMMARY: _summary, ...inherited } = process.env;
  const started = Date.now();
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      env: { ...inherited, ...options.env },
      cwd: options.cwd ?? work,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr, ms: Date.now() - started };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, ms: Date.now() - started };
  }
}
const read = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

describe("appflow-contract-tests", () => {
  it("exits 0 and writes a clean JUnit report, named without the base URL, for a server that honours the contract", async () => {
    const junit = join(work, "clean.xml");
    const { code, stdout } = await cliRun(["--base-url", mockUrl(), "--runs", "5", "--junit", junit]);
    expect(code, stdout).toBe(0);
    const report = read(junit)!;
    // One test case per request: hundreds of them, none failed.
    expect(report).toMatch(/<testsuites [^>]*tests="\d{3,}" failures="0" errors="0"/);
    expect(report).toContain("/flowName breaks pattern");
    expect(report).not.toContain(new URL(mockUrl()).host);
    expect(stdout).toMatch(/^PASS: \d+ cases, no problems\.$/m);
  });

  it("exits 1 with a short report, one line per distinct problem with a request that reproduces it", async () => {
    const markdown = join(work, "broken.md");
    const junit = join(work, "broken.xml");
    const { code, stdout } = await cliRun(["--base-url", broken.baseUrl, "--runs", "5", "--junit", junit, "--markdown", markdown]);
    expect(code).toBe(1);
    expect(stdout).toContain("FAIL  request examples");
    expect(stdout).toMatch(/must have required property 'created_at', expected a body valid for the 200 schema \(\d+ requests\)/);
    expect(stdout).toMatch(/reproduce the first: curl -sS -i -X POST '[^']+\/update-flow' /);
    expect(stdout).not.toMatch(/AssertionError|toHaveLength|❯/);
    expect(stdout.split("\n").length).toBeLessThan(60);
    expect(read(junit)).toMatch(/<testsuites [^>]*failures="[1-9]/);
    expect(read(junit)).toContain("must have required property &apos;created_at&apos;");
    expect(read(markdown)).toMatch(/^## UpdateFlow contract: failed/);
  });

  it("appends the Markdown report to $GITHUB_STEP_SUMMARY, and resolves report paths against the caller's directory", async () => {
    const summary = join(work, "summary.md");
    const { code } = await cliRun(["--base-url", broken.baseUrl, "--runs", "2", "--junit", "reports/junit.xml"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(code).toBe(1);
    expect(read(join(work, "reports", "junit.xml"))).toContain("<testsuites");
    expect(read(summary)).toMatch(/^## UpdateFlow contract: failed[\s\S]*\| request examples \|/);
  });

  it("exits 2 with one line, within seconds, for a server that is not there", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const junit = join(work, "unreachable.xml");
    const { code, stdout, stderr, ms } = await cliRun(["--base-url", url, "--junit", junit]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`appflow-contract-tests: cannot reach ${url}: ECONNREFUSED`);
    expect(stdout).toBe("");
    expect(ms).toBeLessThan(15_000);
    expect(read(junit)).toBeUndefined();
  });

  it.each(["localhost:4010", "127.0.0.1:4010", "ftp://example.com", "not a url"])("exits 2 with the usage for --base-url %j", async (url) => {
    const { code, stderr } = await cliRun(["--base-url", url]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--base-url ${url} is not an http:// or https:// URL`);
    expect(stderr).toContain("Usage: appflow-contract-tests");
  });

  it("records a suite that cannot start as an error in JUnit, not as 0 tests, and exits 2", async () => {
    const junit = join(work, "setup.xml");
    const { code, stdout } = await cliRun(["--base-url", mockUrl(), "--junit", junit], { env: { CONTRACT_HEADERS: "[1]" } });
    expect(code).toBe(2);
    expect(stdout).toContain("ERROR setup: Error: CONTRACT_HEADERS=[1] is not a JSON object of strings");
    expect(read(junit)).toMatch(/<testsuites [^>]*errors="1"/);
    expect(read(junit)).toContain('<error message="Error: CONTRACT_HEADERS=[1] is not a JSON object of strings">');
  });

  it.each(["abc", "0", "-3", "1.5", "", "40x"])("exits 2 with the usage for --runs %j, before running anything", async (runs) => {
    const junit = join(work, `runs-${runs}.xml`);
    const { code, stdout, stderr } = await cliRun(["--base-url", mockUrl(), `--runs=${runs}`, "--junit", junit]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--runs ${runs} is not a positive integer`);
    expect(stderr).toContain("Usage: appflow-contract-tests");
    expect(stdout).toBe("");
    expect(read(junit)).toBeUndefined();
  });

  it("exits 2 for --sigv4 with no credentials in the environment, or with a name that is not a Region", async () => {
    const noCredentials = await cliRun(["--base-url", mockUrl(), "--sigv4", "us-east-1"], { env: { AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "" } });
    expect(noCredentials.code).toBe(2);
    expect(noCredentials.stderr.trim()).toBe("appflow-contract-tests: SigV4 signing needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment");
    const notRegion = await cliRun(["--base-url", mockUrl(), "--sigv4", "useast1"]);
    expect(notRegion.code).toBe(2);
    expect(notRegion.stderr).toContain("--sigv4 useast1 is not an AWS Region");
  });

  it("prints the usage, with the suite's default number of generated requests, for --help", async () => {
    const { code, stdout } = await cliRun(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`--runs N              fast-check runs of generated valid requests (default ${DEFAULT_GENERATED_RUNS})`);
  });

  it("exits 2 with the usage for an unknown option", async () => {
    const { code, stderr } = await cliRun(["--base-url", mockUrl(), "--rusn", "5"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: appflow-contract-tests");
  });
});

describe("--sigv4 REGION", () => {
  /** A provider that records each request and answers from the mock (a gateway that checks nothing). */
  let gateway: BrokenProvider;
  const seen: Seen[] = [];
  beforeAll(async () => {
    gateway = await startBrokenProvider(mockUrl(), (answer, request) => {
      seen.push(request);
      return answer;
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it("signs every request for service appflow with the environment's credentials, except the one meant to arrive unsigned", async () => {
    const env = { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", AWS_SESSION_TOKEN: "session-token-example" };
    const markdown = join(work, "signed.md");
    const { code, stdout } = await cliRun(["--base-url", gateway.baseUrl, "--sigv4", "eu-west-1", "--runs", "2", "--markdown", markdown], { env });
    expect(code, stdout).toBe(0);
    const posts = seen.filter((r) => r.method === "POST" && r.url === "/update-flow");
    expect(posts.length).toBeGreaterThan(100);
    // The "no Authorization" probe only, beside the CLI's bodiless reachability probe before the run.
    const unsigned = posts.filter((r) => !r.headers["x-amz-date"] && r.bytes.length > 0);
    expect(unsigned).toHaveLength(1);
    expect(unsigned[0]!.headers.authorization).toBeUndefined();
    for (const r of posts.filter((p) => p.headers["x-amz-date"])) {
      expect(r.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/appflow\/aws4_request, SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
      );
      expect(r.headers["x-amz-security-token"]).toBe("session-token-example");
      expect(r.headers["x-amz-content-sha256"]).toBe(createHash("sha256").update(r.bytes).digest("hex"));
    }
    // Secrets stay out of the reports.
    expect(read(markdown)).not.toContain("wJalrXUtnFEMI");
    expect(read(markdown)).not.toContain("session-token-example");
  });
});
