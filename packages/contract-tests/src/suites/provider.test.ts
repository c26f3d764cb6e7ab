import { describe, expect, inject, it } from "vitest";
import { buildCases, checkGeneratedRequests, formatFindings, runCase, validateRequestExamples, type Case, type Finding } from "../checks.js";
import { loadContract } from "../contract.js";
import { readSuiteSettings } from "../settings.js";

const contract = loadContract();
const baseUrl = inject("baseUrl");
const usingMock = inject("usingMock");
const settings = readSuiteSettings();
const target = { baseUrl, headers: settings.headers };

function expectNoFindings(findings: Finding[]): void {
  expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
}

/** One test case per request, so a provider's JUnit report names each broken rule. */
function eachCase(cases: Case[]): void {
  it("has requests to send", () => expect(cases.length).toBeGreaterThan(0));
  for (const c of cases) {
    it.concurrent(c.label, async () => expectNoFindings(await runCase(contract, target, c)));
  }
}

const groups = buildCases(contract);
for (const group of groups) {
  if (group.notes.length > 0) console.log(`${group.check}: ${group.notes.join("\n")}`);
}

describe(`POST /update-flow on ${usingMock ? "the mock" : baseUrl}`, () => {
  it("the spec's named request examples are valid for its request schema", () => expectNoFindings(validateRequestExamples(contract)));

  for (const group of groups) {
    if (group.mockOnly && !usingMock) {
      console.log(
        `NOTE: ${group.check} are asked for with Prism's \`Prefer: code=N\`; a real server cannot be asked ` +
          `for a status, so that check is skipped against ${baseUrl}.`,
      );
      // Listed as skipped in the JUnit report, so that the report shows what was not checked.
      it.skip(`${group.title}: only on the mock`);
      continue;
    }
    describe(group.title, () => eachCase(group.cases));
  }

  it("accepts requests that fast-check generates from the request schema", async () => {
    const result = await checkGeneratedRequests(contract, target, settings.generatedRuns);
    console.log(`generated requests: ran ${result.ran}`);
    // Findings first: a failure carries the shrunk counterexample and its seed; the run count only
    // says that fast-check stopped early, which a failure explains.
    expectNoFindings(result.findings);
    expect(result.ran).toBe(settings.generatedRuns);
  });
});
