import { loadBundledSpec } from "@appflow-contract/spec";
import { errorCodesByStatus } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { checkConformance } from "../src/checks.js";
import { compileContract, loadContract, type Contract } from "../src/contract.js";
import type { Exchange } from "../src/http.js";

/** An answer as `send` returns it, without a server. */
const answer = (status: number, body: unknown): Exchange => ({
  probe: {},
  status,
  contentType: "application/json",
  headers: new Headers({ "content-type": "application/json" }),
  text: JSON.stringify(body),
  json: body,
});
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
    expect(checkConformance(contract, answer(404, error("ACCESS_DENIED")))).toEqual([
      "error code ACCESS_DENIED is not documented for 404 (documented: RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    ]);
    for (const [status, codes] of Object.entries(errorCodesByStatus)) {
      for (const code of codes) expect(checkConformance(contract, answer(Number(status), error(code))), `${status} ${code}`).toEqual([]);
    }
  });

  it("holds when the response examples are incomplete", () => {
    const bare: Contract = compileContract(withoutResponseExamples(), "/update-flow", "post", { codesByStatus: errorCodesByStatus });
    expect([...bare.responses.values()].flatMap((r) => r.examples)).toEqual([]);
    expect(checkConformance(bare, answer(404, error("ACCESS_DENIED")))).toEqual([
      "error code ACCESS_DENIED is not documented for 404 (documented: RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    ]);
  });

  it("is still enforced by the status's response schema when no facts are given", () => {
    const schemaOnly = compileContract(loadBundledSpec(), "/update-flow", "post");
    expect(checkConformance(schemaOnly, answer(404, error("ACCESS_DENIED")))).toEqual([
      "the 404 body does not match its schema: /error/code must be equal to one of the allowed values",
    ]);
    expect(checkConformance(schemaOnly, answer(404, error("UNKNOWN_OPERATION")))).toEqual([]);
  });

  it("reports a code that ErrorCode does not define once, as not documented for the status", () => {
    expect(checkConformance(contract, answer(400, error("BAD_REQUEST")))).toEqual([
      "error code BAD_REQUEST is not documented for 400 (documented: VALIDATION_ERROR, CONNECTOR_SERVER_ERROR)",
    ]);
  });
});
