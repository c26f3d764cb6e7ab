import { describe, expect, it } from "vitest";
import { formatFindings, type CheckName, type Finding } from "../src/checks.js";
import { loadContract } from "../src/contract.js";
import { defects, noDefect, startBrokenProvider, type Defect } from "./fixtures/broken-providers.js";
import { mapLimit, runChecks, type Budget } from "./fixtures/run-checks.js";
import { useMockUpstream } from "./fixtures/upstream.js";

// The same checks as the provider suite, with a smaller budget: every check still runs.
const budget: Budget = { mutations: 15, generatedRuns: 5, seed: 42, concurrency: 2 };
const contract = loadContract();
const mockUrl = useMockUpstream();

/**
 * For each defect, the check (finding kind) that must catch it: the one whose requests get the
 * answers the defect breaks. Others may catch it too; this one must.
 */
const expectedCheck: Record<keyof typeof defects, CheckName> = {
  "success as a string": "request examples",
  "created_at missing": "request examples",
  "200 for an invalid request": "invalid requests",
  "500 for an invalid request": "invalid requests",
  "error without code": "documented errors",
  "a code that ErrorCode does not define": "invalid requests",
  "a 404 with the code of a 403": "protocol errors",
  "the other code of 400 for an invalid request": "invalid requests",
  "wrong content type": "request examples",
  "an extra envelope member": "generated requests",
  "201 instead of 200": "request examples",
  "an HTML error page": "protocol errors",
};

/** Starts a provider in front of the mock with `defect`, runs every check against it and stops it. */
async function findingsWith(defect: Defect): Promise<Finding[]> {
  const provider = await startBrokenProvider(mockUrl(), defect);
  try {
    return await runChecks(contract, { baseUrl: provider.baseUrl }, budget);
  } finally {
    await provider.close();
  }
}

describe("the suite catches a broken provider", () => {
  it("passes against the mock", async () => {
    const findings = await runChecks(contract, { baseUrl: mockUrl() }, budget);
    expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
  });

  it("passes against the proxy fixture with no defect (the control: the proxy itself breaks nothing)", async () => {
    const findings = await findingsWith(noDefect);
    expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
  });

  it("fails against each deliberately broken provider, in the check meant to catch it", async () => {
    const names = Object.keys(defects);
    expect(Object.keys(expectedCheck).sort()).toEqual([...names].sort());
    const outcomes = await mapLimit(names, 2, async (name) => ({ name, findings: await findingsWith(defects[name]!) }));
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

  it("names a code of another status, and the other code of the right status, as what is wrong", async () => {
    const [otherStatus, otherCode] = await Promise.all([
      findingsWith(defects["a 404 with the code of a 403"]!),
      findingsWith(defects["the other code of 400 for an invalid request"]!),
    ]);
    expect(otherStatus).toContainEqual({
      check: "protocol errors",
      request: "unknown path",
      problem: "error code ACCESS_DENIED is not documented for 404 (documented: RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    });
    // CONNECTOR_SERVER_ERROR is a 400's code: the answer conforms, the case's expectation does not hold.
    expect(otherCode).toContainEqual({
      check: "protocol errors",
      request: "malformed JSON",
      problem: "error code CONNECTOR_SERVER_ERROR, expected VALIDATION_ERROR",
    });
    expect(otherCode.filter((f) => f.check === "invalid requests").map((f) => f.problem)).toEqual(
      Array(budget.mutations).fill("error code CONNECTOR_SERVER_ERROR, expected VALIDATION_ERROR"),
    );
  });
});
