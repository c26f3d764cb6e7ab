import { describe, expect, it } from "vitest";
import { formatFindings, runAllChecks, type Budget, type Finding } from "../src/checks.js";
import { loadContract } from "../src/contract.js";
import { mapLimit } from "../src/http.js";
import { defects, noDefect, startBrokenProvider } from "./fixtures/broken-providers.js";
import { useMockUpstream } from "./fixtures/upstream.js";

// The same checks as the provider suites, with a smaller budget: every check still runs.
const budget: Budget = { mutations: 15, generated: 5, seed: 42 };
const contract = loadContract();
const mockUrl = useMockUpstream();

/**
 * For each defect, the check (finding kind) that must catch it: the one whose requests get the
 * answers the defect breaks. Others may catch it too; this one must.
 */
const expectedCheck: Record<keyof typeof defects, string> = {
  "success as a string": "request examples",
  "created_at missing": "request examples",
  "200 for an invalid request": "invalid requests",
  "500 for an invalid request": "invalid requests",
  "error without code": "documented errors",
  "an undocumented error code": "invalid requests",
  "wrong content type": "request examples",
  "an extra envelope member": "generated requests",
  "201 instead of 200": "request examples",
  "an HTML error page": "protocol errors",
};

const allFindings = (results: Awaited<ReturnType<typeof runAllChecks>>): Finding[] =>
  Object.values(results).flatMap((r) => r.findings);

describe("the suite catches a broken provider", () => {
  it("passes against the mock", async () => {
    const findings = allFindings(await runAllChecks(contract, { baseUrl: mockUrl() }, budget));
    expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
  });

  it("passes against the proxy fixture with no defect (the control: the proxy itself breaks nothing)", async () => {
    const provider = await startBrokenProvider(mockUrl(), noDefect);
    try {
      const findings = allFindings(await runAllChecks(contract, { baseUrl: provider.baseUrl, concurrency: 2 }, budget));
      expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
    } finally {
      await provider.close();
    }
  });

  it("fails against each deliberately broken provider, in the check meant to catch it", async () => {
    const names = Object.keys(defects);
    expect(Object.keys(expectedCheck).sort()).toEqual([...names].sort());
    const outcomes = await mapLimit(names, 2, async (name) => {
      const provider = await startBrokenProvider(mockUrl(), defects[name]!);
      try {
        return { name, findings: allFindings(await runAllChecks(contract, { baseUrl: provider.baseUrl, concurrency: 2 }, budget)) };
      } finally {
        await provider.close();
      }
    });
    for (const { name, findings } of outcomes) {
      const checks = [...new Set(findings.map((f) => f.check))].join(", ");
      console.log(
        `${findings.length > 0 ? "detected" : "MISSED  "} ${name}: ${findings.length} findings${checks ? ` (${checks})` : ""}` +
          `${findings[0] ? `, e.g. ${formatFindings([findings[0]])}` : ""}`,
      );
    }
    const detected = outcomes.filter((o) => o.findings.some((f) => f.check === expectedCheck[o.name])).length;
    console.log(`detected ${detected} of ${names.length}`);
    expect(outcomes.filter((o) => o.findings.length === 0).map((o) => o.name)).toEqual([]);
    // Each defect is caught by the check that targets it, not only by some side effect elsewhere.
    expect(
      outcomes
        .filter((o) => !o.findings.some((f) => f.check === expectedCheck[o.name]))
        .map((o) => `${o.name}: expected a "${expectedCheck[o.name]}" finding, got ${[...new Set(o.findings.map((f) => f.check))].join(", ") || "none"}`),
    ).toEqual([]);
  });
});
