import { describe, expect, inject, it } from "vitest";
import {
  checkDocumentedErrors,
  checkGeneratedRequests,
  checkMutations,
  checkProtocolErrors,
  checkRequestExamples,
  formatFindings,
  type CheckResult,
} from "../checks.js";
import { loadContract } from "../contract.js";

const contract = loadContract();
const baseUrl = inject("baseUrl");
const usingMock = inject("usingMock");
// Extra headers (e.g. a real SigV4 Authorization) and the number of generated requests, from the CLI.
const target = { baseUrl, headers: JSON.parse(process.env.CONTRACT_HEADERS ?? "{}") as Record<string, string> };
const propertyRuns = Number(process.env.CONTRACT_PROPERTY_RUNS ?? 40);

function expectNoFindings(result: CheckResult): void {
  expect(result.ran).toBeGreaterThan(0);
  expect(result.findings, `\n${formatFindings(result.findings)}`).toHaveLength(0);
}

describe(`POST /update-flow at ${baseUrl}${usingMock ? " (the mock)" : ""}`, () => {
  it("accepts every named request example with 200 and the success envelope", async () => {
    expectNoFindings(await checkRequestExamples(contract, target));
  });

  it("answers every generated invalid request with 400 and VALIDATION_ERROR", async () => {
    const result = await checkMutations(contract, target);
    console.log(`invalid requests: ran ${result.ran} mutations generated from the request schema\n${result.notes?.join("\n")}`);
    expectNoFindings(result);
  });

  it("accepts requests that fast-check generates from the request schema", async () => {
    const result = await checkGeneratedRequests(contract, target, propertyRuns);
    console.log(`generated requests: ran ${result.ran}`);
    expectNoFindings(result);
  });

  it("answers malformed, unsigned and misrouted requests with their documented error", async () => {
    expectNoFindings(await checkProtocolErrors(contract, target));
  });

  if (!usingMock) {
    console.log(
      "NOTE: documented error statuses are asked for with Prism's `Prefer: code=N`; a real server " +
        `cannot be asked for a status, so that check is skipped against ${baseUrl}.`,
    );
  }
  it.skipIf(!usingMock)("answers each documented error status with that status's error envelope", async () => {
    expectNoFindings(await checkDocumentedErrors(contract, target));
  });
});
