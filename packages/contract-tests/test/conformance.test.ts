import { loadBundledSpec } from "@appflow-contract/spec";
import { errorCodesByStatus } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { checkConformance, describeProblem } from "../src/checks.js";
import { compileContract, loadContract, type Contract } from "../src/contract.js";
import type { Exchange } from "../src/http.js";

/** An answer as `send` returns it, without a server. */
const answer = (status: number, body: unknown): Pick<Exchange, "status" | "contentType" | "text" | "json"> => ({
  status,
  contentType: "application/json",
  text: JSON.stringify(body),
  json: body,
});
/** What is wrong with an answer, as sentences. */
const problems = (contract: Contract, status: number, body: unknown) => checkConformance(contract, answer(status, body)).map(describeProblem);
const error = (code: string) => ({ success: false, error: { code, message: "Something is wrong." } });

/** The bundled document with every named example of every response removed. */
function withoutResponseExamples(): Record<string, unknown> {
  const doc = loadBundledSpec();
  const strip = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const content = (node as { content?: Record<string, { examples?: unknown }> }).content;
    for (const media of Object.values(content ?? {})) delete media.examples;
    for (const value of Object.values(node)) strip(value);
  };
  strip(doc.components.responses);
  strip((doc.paths["/update-flow"]?.post as { responses?: unknown } | undefined)?.responses);
  return doc;
}

describe("which codes go with which status", () => {
  const contract = loadContract();

  it("comes from the contract's facts, for every documented error status", () => {
    const codes = Object.fromEntries([...contract.responses].filter(([status]) => Number(status) >= 400).map(([status, r]) => [status, [...r.codes]]));
    expect(codes).toEqual(errorCodesByStatus);
  });

  it("makes a code of another status a finding, and lets each code of the status pass", () => {
    expect(problems(contract, 404, error("ACCESS_DENIED"))).toEqual([
      "error code ACCESS_DENIED, expected a code documented for 404 (RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    ]);
    for (const [status, codes] of Object.entries(errorCodesByStatus)) {
      for (const code of codes) expect(problems(contract, Number(status), error(code)), `${status} ${code}`).toEqual([]);
    }
  });

  it("holds when the response examples are incomplete", () => {
    const bare: Contract = compileContract(withoutResponseExamples(), "/update-flow", "post", { codesByStatus: errorCodesByStatus });
    expect([...bare.responses.values()].flatMap((r) => r.examples)).toEqual([]);
    expect(problems(bare, 404, error("ACCESS_DENIED"))).toEqual([
      "error code ACCESS_DENIED, expected a code documented for 404 (RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    ]);
  });

  it("is still enforced by the status's response schema when no facts are given", () => {
    const schemaOnly = compileContract(loadBundledSpec(), "/update-flow", "post");
    expect(problems(schemaOnly, 404, error("ACCESS_DENIED"))).toEqual([
      "/error/code must be equal to one of the allowed values, expected a body valid for the 404 schema",
    ]);
    expect(problems(schemaOnly, 404, error("UNKNOWN_OPERATION"))).toEqual([]);
  });

  it("reports a code that ErrorCode does not define once, as not documented for the status", () => {
    expect(problems(contract, 400, error("BAD_REQUEST"))).toEqual([
      "error code BAD_REQUEST, expected a code documented for 400 (VALIDATION_ERROR, CONNECTOR_SERVER_ERROR)",
    ]);
  });
});
