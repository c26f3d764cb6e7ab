import { describe, expect, it } from "vitest";
import {
  documentedStatuses,
  envelopeLimits,
  errorCodes,
  errorCodesByStatus,
  exceptionOfErrorCode,
  missingFlowName,
  statusOfErrorCode,
} from "@appflow-contract/spec/contract";
import { resolveRef } from "../src/document.js";
import { clip, escapePointerToken, pointerTokens, toPointer } from "../src/strings.js";
import { loadBundledSpec } from "../src/index.js";

const doc = loadBundledSpec();

describe("the facts derived from the bundled document (dist/facts/, the ./contract entry)", () => {
  it("lists ErrorCode's values, in the spec's order", () => {
    expect(errorCodes).toEqual((doc.components.schemas.ErrorCode as { enum: string[] }).enum);
  });

  it("lists the statuses POST /update-flow documents", () => {
    const responses = (doc.paths["/update-flow"]!.post as { responses: Record<string, unknown> }).responses;
    expect(documentedStatuses.map(String)).toEqual(Object.keys(responses));
  });

  it("pairs every code with exactly one error status, as the responses narrow error.code", () => {
    expect(Object.keys(errorCodesByStatus).map(Number)).toEqual(documentedStatuses.filter((s) => s >= 400));
    expect(Object.values(errorCodesByStatus).flat().sort()).toEqual([...errorCodes].sort());
    for (const [status, codes] of Object.entries(errorCodesByStatus)) {
      for (const code of codes) expect(statusOfErrorCode[code]).toBe(Number(status));
    }
    // Two codes share 403 and 404: the status alone never tells them apart.
    expect(errorCodesByStatus[403]).toEqual(["ACCESS_DENIED", "MISSING_AUTHENTICATION_TOKEN"]);
    expect(statusOfErrorCode.UNKNOWN_OPERATION).toBe(404);
  });

  it("names one AWS exception per code, UpdateFlow's own errors by the service's names", () => {
    expect(Object.keys(exceptionOfErrorCode).sort()).toEqual([...errorCodes].sort());
    expect(new Set(Object.values(exceptionOfErrorCode)).size).toBe(errorCodes.length);
    expect(exceptionOfErrorCode.VALIDATION_ERROR).toBe("ValidationException");
    expect(exceptionOfErrorCode.CONFLICT).toBe("ConflictException");
  });

  it("names the flow the mock does not have, a valid flowName", () => {
    const pattern = (doc.components.schemas.FlowName as { pattern: string }).pattern;
    expect(missingFlowName).toMatch(new RegExp(pattern, "u"));
  });

  it("carries the envelope's limits from the Error and Violation schemas", () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, Record<string, number>> }>;
    expect(envelopeLimits).toEqual({
      message: schemas.Error!.properties.message!.maxLength,
      violations: schemas.Error!.properties.violations!.maxItems,
      violationPath: schemas.Violation!.properties.path!.maxLength,
      violationRule: schemas.Violation!.properties.rule!.maxLength,
      violationMessage: schemas.Violation!.properties.message!.maxLength,
    });
  });
});

describe("clip", () => {
  it("keeps a text within the limit as it is", () => {
    expect(clip("abc", 3)).toBe("abc");
  });

  it("counts code points, as maxLength does: 3 astral characters are 6 UTF-16 units but fit 3", () => {
    expect(clip("😀😀😀", 3)).toBe("😀😀😀");
    expect(clip("😀😀😀😀", 3)).toBe("😀😀…");
    expect(Array.from(clip("😀😀😀😀", 3))).toHaveLength(3);
  });
});

describe("JSON Pointers and $refs", () => {
  it("escapes ~ before / (RFC 6901), and reads its own output back", () => {
    expect(escapePointerToken("a~/b")).toBe("a~0~1b");
    expect(toPointer(["tasks", 0, "a/b~c"])).toBe("/tasks/0/a~1b~0c");
    expect(pointerTokens("/tasks/0/a~1b~0c")).toEqual(["tasks", "0", "a/b~c"]);
    expect(pointerTokens("/~01")).toEqual(["~1"]);
    expect(toPointer([])).toBe("");
  });

  it("follows a chain of local $refs, keeping the referrer's siblings", () => {
    const d = { a: { $ref: "#/b", description: "mine" }, b: { $ref: "#/c~1d" }, "c/d": { type: "string", description: "theirs" } };
    expect(resolveRef(d, d.a)).toEqual({ type: "string", description: "mine" });
  });

  it("refuses a loop, a dangling and a remote $ref, naming it", () => {
    const d = { a: { $ref: "#/b" }, b: { $ref: "#/a" } };
    expect(() => resolveRef(d, d.a)).toThrow("$ref loop at #/b");
    expect(() => resolveRef(d, { $ref: "#/nope" })).toThrow("unresolved $ref #/nope");
    expect(() => resolveRef(d, { $ref: "other.yaml#/x" })).toThrow("other.yaml#/x");
  });
});
