import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGeneratedRequests, formatFindings } from "../src/checks.js";
import { loadContract } from "../src/contract.js";
import { urlFor, type Target } from "../src/http.js";
import { defects, noDefect, startBrokenProvider, type BrokenProvider } from "./fixtures/broken-providers.js";
import { runChecks } from "./fixtures/run-checks.js";
import { useMockUpstream } from "./fixtures/upstream.js";

const contract = loadContract();
const mockUrl = useMockUpstream();

describe("urlFor", () => {
  it("appends the path to the base URL, keeping the base URL's own path", () => {
    expect(urlFor("https://api.example/prod", "/update-flow")).toBe("https://api.example/prod/update-flow");
    expect(urlFor("https://api.example/prod/", "/update-flow")).toBe("https://api.example/prod/update-flow");
    expect(urlFor("https://api.example/a/b//", "/update-flow-unknown")).toBe("https://api.example/a/b/update-flow-unknown");
    expect(urlFor("http://127.0.0.1:4010", "/update-flow")).toBe("http://127.0.0.1:4010/update-flow");
    expect(urlFor("http://127.0.0.1:4010/", "update-flow")).toBe("http://127.0.0.1:4010/update-flow");
  });
});

describe("a provider under a base path (an API gateway stage)", () => {
  let staged: BrokenProvider;
  beforeAll(async () => {
    staged = await startBrokenProvider(mockUrl(), noDefect, { basePath: "/prod" });
  });
  afterAll(async () => {
    await staged?.close();
  });

  // The named examples and the protocol errors, the unknown-path probe among them.
  const examplesAndProtocol = (target: Target) =>
    runChecks(contract, target, { only: ["request examples", "protocol errors"], generatedRuns: 1, seed: 42, concurrency: 2 });

  it("is asked under that path, the unknown-path probe too", async () => {
    const findings = await examplesAndProtocol({ baseUrl: `${staged.baseUrl}/prod` });
    expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
  });

  it("answers outside the base path with a plain 404, so a dropped base path would be found", async () => {
    const findings = await examplesAndProtocol({ baseUrl: staged.baseUrl });
    expect(findings.filter((f) => f.check === "request examples").length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ got: "status 404", expected: "status 200" });
  });
});

describe("checkGeneratedRequests", () => {
  let broken: BrokenProvider;
  beforeAll(async () => {
    broken = await startBrokenProvider(mockUrl(), defects["created_at missing"]!);
  });
  afterAll(async () => {
    await broken?.close();
  });

  it("counts fast-check's runs, not its shrinking, and reports the counterexample with its seed", async () => {
    const result = await checkGeneratedRequests(contract, { baseUrl: broken.baseUrl }, 20, { seed: 42 });
    // Every request fails: fast-check stops at the first run, then shrinks (more requests, not runs).
    expect(result.ran).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.detail).toMatch(/seed 42, path [\d:]+, failed at run 1 of 20/);
    expect(result.findings[0]!.got).toContain("created_at");
    // The request that reproduces it is the shrunk counterexample, as sent.
    const sent = JSON.parse(result.findings[0]!.request!.body!) as Record<string, unknown>;
    expect(contract.validateRequest(sent)).toBe(true);
  });

  it("counts every run when all pass", async () => {
    const result = await checkGeneratedRequests(contract, { baseUrl: mockUrl() }, 7, { seed: 42 });
    expect(result.findings, `\n${formatFindings(result.findings)}`).toHaveLength(0);
    expect(result.ran).toBe(7);
  });
});
