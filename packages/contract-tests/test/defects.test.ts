import { describe, expect, it } from "vitest";
import { describeProblem, formatFindings, type CheckName, type Finding } from "../src/checks.js";
import { loadContract } from "../src/contract.js";
import { defects, hasOnlyFlow, noDefect, startBrokenProvider, type Defect } from "./fixtures/broken-providers.js";
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
  "ignores clientToken": "idempotency",
  "a repeated update answered with other data": "idempotency",
  "knows no missing flow (answers 200)": "missing flow",
  "accepts a space in flowName": "invalid requests",
  "accepts a leading underscore in flowName": "invalid requests",
  "accepts a non-ASCII letter in flowName": "invalid requests",
};

/**
 * The budget for a defect: the evenly spread sample of invalid requests, except for the lax
 * flowName validators, which get every invalid flowName (the sample could miss the one
 * character class each accepts, and catching that is the point).
 */
const budgetFor = (name: string): Budget => (name.includes("in flowName") ? { ...budget, members: ["/flowName"] } : budget);

/** Starts a provider in front of the mock with `defect`, runs every check against it and stops it. */
async function findingsWith(defect: Defect, within: Budget = budget): Promise<Finding[]> {
  const provider = await startBrokenProvider(mockUrl(), defect);
  try {
    return await runChecks(contract, { baseUrl: provider.baseUrl }, within);
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
    const outcomes = await mapLimit(names, 2, async (name) => ({ name, findings: await findingsWith(defects[name]!, budgetFor(name)) }));
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

  it("names what each behavioural defect breaks: the clientToken's promise and the missing flow's 404", async () => {
    const [ignores = [], differs = [], noMissing = []] = await Promise.all(
      ["ignores clientToken", "a repeated update answered with other data", "knows no missing flow (answers 200)"].map((name) =>
        findingsWith(defects[name]!, { ...budget, only: ["idempotency", "missing flow"] }),
      ),
    );
    expect(ignores).toEqual([
      expect.objectContaining({ check: "idempotency", member: "/description", expected: "status 409 CONFLICT", got: "status 200" }),
    ]);
    expect(differs).toEqual([expect.objectContaining({ check: "idempotency", label: "the same clientToken and body twice: 200 both times, the same data" })]);
    expect(differs[0]!.expected).toMatch(/^the data of the first answer/);
    expect(noMissing).toEqual([expect.objectContaining({ check: "missing flow", expected: "status 404 RESOURCE_NOT_FOUND", got: "status 200" })]);
  });

  it("skips the missing-flow check when no flow is named as missing, and runs it against the mock", async () => {
    const unnamed = await runChecks(contract, { baseUrl: mockUrl() }, { ...budget, only: ["missing flow"], missingFlow: null });
    expect(unnamed).toEqual([]);
    // A flow the mock has (any other valid name) answered 200: the check fails, so it did run.
    const wrong = await runChecks(contract, { baseUrl: mockUrl() }, { ...budget, only: ["missing flow"], missingFlow: "flow-the-mock-has" });
    expect(wrong.map(describeProblem)).toEqual(["status 200, expected status 404 RESOURCE_NOT_FOUND"]);
  });

  it("passes against a provider that has one flow only, when --flow names it (and blames it, when not)", async () => {
    const provider = await startBrokenProvider(mockUrl(), hasOnlyFlow("the-one-flow"));
    try {
      const within = { ...budget, missingFlow: "another-flow" };
      const named = await runChecks(contract, { baseUrl: provider.baseUrl }, { ...within, existingFlow: "the-one-flow" });
      expect(named, `\n${formatFindings(named)}`).toEqual([]);
      const unnamed = await runChecks(contract, { baseUrl: provider.baseUrl }, within);
      expect(unnamed.filter((f) => f.check === "request examples").map(describeProblem)).toContain("status 404 RESOURCE_NOT_FOUND, expected status 200");
    } finally {
      await provider.close();
    }
  });

  it("names a code of another status, and the other code of the right status, as what is wrong", async () => {
    const [otherStatus, otherCode] = await Promise.all([
      findingsWith(defects["a 404 with the code of a 403"]!),
      findingsWith(defects["the other code of 400 for an invalid request"]!),
    ]);
    expect(otherStatus).toContainEqual(
      expect.objectContaining({
        check: "protocol errors",
        label: "unknown path",
        got: "error code ACCESS_DENIED",
        expected: "a code documented for 404 (RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
      }),
    );
    // CONNECTOR_SERVER_ERROR is a 400's code: the answer conforms, the case's expectation does not hold.
    expect(otherCode).toContainEqual(
      expect.objectContaining({ check: "protocol errors", label: "malformed JSON", got: "error code CONNECTOR_SERVER_ERROR", expected: "error code VALIDATION_ERROR" }),
    );
    expect(otherCode.filter((f) => f.check === "invalid requests").map(describeProblem)).toEqual(
      Array(budget.mutations).fill("error code CONNECTOR_SERVER_ERROR, expected error code VALIDATION_ERROR"),
    );
  });
});
