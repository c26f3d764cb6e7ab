import { describe, expect, inject, it } from "vitest";
import {
  checkGeneratedRequests,
  documentedErrorCases,
  exampleCases,
  exampleSchemaFindings,
  formatFindings,
  mutationCases,
  protocolCases,
  runCase,
  type Case,
  type Finding,
} from "../checks.js";
import { loadContract } from "../contract.js";

const contract = loadContract();
const baseUrl = inject("baseUrl");
const usingMock = inject("usingMock");
// Extra headers (e.g. a real SigV4 Authorization) and the number of generated requests, from the CLI.
const target = { baseUrl, headers: JSON.parse(process.env.CONTRACT_HEADERS ?? "{}") as Record<string, string> };
const propertyRuns = Number(process.env.CONTRACT_PROPERTY_RUNS ?? 40);

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

const mutations = mutationCases(contract);
console.log(`invalid requests: ${mutations.cases.length} mutations generated from the request schema\n${mutations.notes.join("\n")}`);

describe(`POST /update-flow on ${usingMock ? "the mock" : baseUrl}`, () => {
  describe("named request examples: valid, and accepted with 200 and the success envelope", () => {
    it("are valid for the request schema", () => expectNoFindings(exampleSchemaFindings(contract)));
    eachCase(exampleCases(contract));
  });

  describe(`generated invalid requests (${mutations.cases.length}): 400 and VALIDATION_ERROR`, () => {
    eachCase(mutations.cases);
  });

  it("accepts requests that fast-check generates from the request schema", async () => {
    const result = await checkGeneratedRequests(contract, target, propertyRuns);
    console.log(`generated requests: ran ${result.ran}`);
    // Findings first: a failure carries the shrunk counterexample and its seed; the run count only
    // says that fast-check stopped early, which a failure explains.
    expectNoFindings(result.findings);
    expect(result.ran).toBe(propertyRuns);
  });

  describe("malformed, unsigned and misrouted requests: their documented error", () => {
    eachCase(protocolCases(contract));
  });

  if (usingMock) {
    describe("documented error statuses (Prefer: code=N): that status's error envelope", () => {
      eachCase(documentedErrorCases(contract));
    });
  } else {
    console.log(
      "NOTE: documented error statuses are asked for with Prism's `Prefer: code=N`; a real server " +
        `cannot be asked for a status, so that check is skipped against ${baseUrl}.`,
    );
    it.skip("documented error statuses (Prefer: code=N): only on the mock");
  }
});
