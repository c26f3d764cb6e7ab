import { sigv4 } from "@appflow-contract/client/sigv4";
import { missingFlowName } from "@appflow-contract/spec/contract";
import { describe, expect, inject, it, type TestContext } from "vitest";
import { buildCases, checkGeneratedRequests, runCase, validateRequestExamples, type CheckName, type Finding } from "../checks.js";
import { loadContract } from "../contract.js";
import type { Target } from "../http.js";
import { ContractBroken } from "../report.js";
import { readSuiteSettings } from "../settings.js";

const contract = loadContract();
const usingMock = inject("usingMock");
const settings = readSuiteSettings();
const target: Target = {
  baseUrl: inject("baseUrl"),
  headers: settings.headers,
  ...(settings.sigv4 ? { sign: sigv4(settings.sigv4), signingRegion: settings.sigv4.region } : {}),
};
// The mock treats the flow name the contract documents as missing (`x-missing-flow-name`) as missing.
const missingFlow = settings.missingFlow ?? (usingMock ? missingFlowName : undefined);

/**
 * Records the findings on the test (the CLI's reporter groups them into its report) and fails
 * it with one line per finding, without an assertion's diff.
 */
function record(context: TestContext, check: CheckName, findings: Finding[]): void {
  context.task.meta.check = check;
  context.task.meta.findings = findings;
  if (findings.length > 0) throw new ContractBroken(findings);
}

const flows = { ...(missingFlow === undefined ? {} : { missingFlow }), ...(settings.existingFlow === undefined ? {} : { existingFlow: settings.existingFlow }) };
const groups = buildCases(contract, flows);
for (const group of groups) {
  if (group.notes.length > 0) console.log(`${group.check}: ${group.notes.join("\n")}`);
}

// No base URL in any name: a case is the same JUnit test case against every server.
describe("POST /update-flow", () => {
  it("the spec's named request examples are valid for its request schema", (context) =>
    record(context, "request examples", validateRequestExamples(contract)),
  );

  for (const group of groups) {
    const skip = group.skip ?? (group.mockOnly && !usingMock ? "asked for with Prism's `Prefer: code=N`; a real server cannot be asked for a status" : undefined);
    if (skip !== undefined) {
      // Listed as skipped, with the reason, so that the report shows what was not checked.
      it(`${group.title}: skipped`, (context) => {
        context.task.meta.check = group.check;
        context.skip(skip);
      });
      continue;
    }
    describe(group.title, () => {
      // A check with nothing to send is the suite's own defect, reported as an error.
      if (group.cases.length === 0) it("has requests to send", () => expect(group.cases).not.toHaveLength(0));
      for (const c of group.cases) {
        it.concurrent(c.label, async (context) => record(context, c.check, await runCase(contract, target, c)));
      }
    });
  }

  it("requests fast-check generates from the request schema: 200 and the success envelope", async (context) => {
    const result = await checkGeneratedRequests(contract, target, settings.generatedRuns, flows);
    console.log(`generated requests: ran ${result.ran} of ${settings.generatedRuns}`);
    // Findings first: a failure carries the shrunk counterexample and its seed; the run count only
    // says that fast-check stopped early, which a failure explains.
    record(context, "generated requests", result.findings);
    expect(result.ran).toBe(settings.generatedRuns);
  });
});
