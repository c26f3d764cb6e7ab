import { documentedStatuses, envelopeLimits, errorCodesByStatus } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/engine.js";
import { contractError, envelope, toViolations, validationAnswer } from "../src/envelope.js";
import { schemaErrors } from "./contract.js";

const body = (path: string[], code: string, message: string): Diagnostic => ({ path: ["body", ...path], code, message, severity: 0 });

describe("the schema check of these tests", () => {
  it("catches what the spec forbids, a code of another status included", () => {
    const ok = { success: false as const, error: { code: "VALIDATION_ERROR" as const, message: "ok" } };
    expect(schemaErrors(400, ok)).toEqual([]);
    expect(schemaErrors(404, ok)).toEqual(["/error/code must be equal to one of the allowed values"]);
    expect(schemaErrors(
      400,
      { success: false, error: { code: "VALIDATION_ERROR", message: "x".repeat(2049), violations: [{ path: "", rule: "r".repeat(65), message: "" }] } },
    )).toEqual(["/error/message must NOT have more than 2048 characters", "/error/violations/0/rule must NOT have more than 64 characters"]);
  });
});

describe("toViolations", () => {
  it("points at the missing or extra member, unescapes Prism's pointer tokens, drops Prism's prefix and other findings", () => {
    expect(
      toViolations([
        body(["triggerConfig"], "required", "Request body property triggerConfig must have required property 'triggerType'"),
        // ajv's instancePath, split at "/": tokens still escaped.
        body(["a~1b", "c~0d"], "maxLength", "Request body property a~1b.c~0d must NOT have more than 2 characters"),
        body([], "additionalProperties", "Request body must NOT have additional properties; found 'x/y'"),
        // The body itself: Prism's prefix has no "property x" part.
        body([], "type", "Request body must be object"),
        { code: 401, message: "Invalid security scheme used", severity: 0 },
        { path: ["body", "w"], code: "format", message: "a warning", severity: 1 },
      ]),
    ).toEqual([
      { path: "/triggerConfig/triggerType", rule: "required", message: "is required" },
      { path: "/a~1b/c~0d", rule: "maxLength", message: "must NOT have more than 2 characters" },
      { path: "/x~1y", rule: "additionalProperties", message: "is not a member of this object (additionalProperties: false)" },
      { path: "", rule: "type", message: "must be object" },
    ]);
  });
});

describe("validationAnswer keeps its answers within the spec", () => {
  it("clips every field of a violation and caps their number, keeping the count in the message", () => {
    const long = "m".repeat(3000);
    const diagnostics = Array.from({ length: 250 }, (_, index) =>
      index === 0
        ? body([], "k".repeat(100), `Request body ${"w".repeat(3000)}`)
        : body([], "additionalProperties", `Request body must NOT have additional properties; found '${long}${index}'`),
    );
    const answer = validationAnswer(diagnostics);
    expect(answer.status).toBe(400);
    expect(schemaErrors(answer.status, answer.body)).toEqual([]);
    const { message, violations } = answer.body.error;
    expect(violations).toHaveLength(envelopeLimits.violations);
    expect(violations![1]!.path).toMatch(/^\/m+…$/);
    expect(message).toMatch(/; and 247 more \(error\.violations lists the first 100 of 250\)$/);
  });

  it("clips by characters as JSON Schema counts them, never splitting one", () => {
    const answer = validationAnswer([body(["😀".repeat(3000)], "type", "Request body property x must be string")]);
    expect(schemaErrors(answer.status, answer.body)).toEqual([]);
    expect(answer.body.error.violations![0]!.path).toBe(`/${"😀".repeat(2046)}…`);
  });

  it("words findings outside the body without violations", () => {
    const answer = validationAnswer([{ path: ["query", "x"], code: "type", message: "Request query parameter x must be integer", severity: 0 }]);
    expect(answer.body).toEqual({ success: false, error: { code: "VALIDATION_ERROR", message: "Invalid request: Request query parameter x must be integer" } });
  });
});

describe("contractError", () => {
  it("answers every documented error status with one of its codes, whatever Prism invented", () => {
    const invented = { success: "yes", error: { code: "VALIDATION_ERROR", message: 42, violations: [{ path: 1 }, { path: "p", rule: "r".repeat(80), message: "m" }] }, extra: 1 };
    for (const status of documentedStatuses.filter((s) => s >= 400)) {
      const answer = contractError(status, invented, "Prefer: dynamic=true")!;
      expect(answer.status).toBe(status);
      expect(errorCodesByStatus[String(status) as keyof typeof errorCodesByStatus]).toContain(answer.body.error.code);
      expect(schemaErrors(status, answer.body)).toEqual([]);
    }
    expect(contractError(500, invented, "Prefer: code=500, dynamic=true")!.body).toEqual({
      success: false,
      error: {
        code: "INTERNAL_SERVER_ERROR",
        message: "The mock answers 500 INTERNAL_SERVER_ERROR as asked (Prefer: code=500, dynamic=true).",
        violations: [{ path: "p", rule: `${"r".repeat(63)}…`, message: "m" }],
      },
    });
  });

  it("keeps only the violations that have a path, a rule and a message, all strings", () => {
    const violations = [null, "p", 3, [], { path: "p", rule: "r" }, { path: "p", rule: 1, message: "m" }, { path: "/ok", rule: "type", message: "must be string" }];
    const answer = contractError(400, { success: false, error: { code: "VALIDATION_ERROR", message: "Bad.", violations } }, "Prefer: code=400")!;
    expect(answer.body.error).toEqual({ code: "VALIDATION_ERROR", message: "Bad.", violations: [{ path: "/ok", rule: "type", message: "must be string" }] });
  });

  it("keeps a documented example as it is", () => {
    const example = { success: false, error: { code: "CONNECTOR_SERVER_ERROR", message: "Salesforce answered with an error." } };
    expect(contractError(400, example, "Prefer: code=400")!.body).toEqual(example);
  });

  it("has nothing for a status the spec does not document", () => {
    expect(contractError(418, {}, "")).toBeUndefined();
    expect(contractError(200, {}, "")).toBeUndefined();
  });
});

describe("envelope", () => {
  it("answers each code with the status the spec gives it, its message clipped", () => {
    expect(envelope("PAYLOAD_TOO_LARGE", "big").status).toBe(413);
    expect(envelope("REQUEST_HEADER_FIELDS_TOO_LARGE", "big").status).toBe(431);
    expect(envelope("REQUEST_TIMEOUT", "slow").status).toBe(408);
    expect(Array.from(envelope("VALIDATION_ERROR", "x".repeat(5000)).body.error.message)).toHaveLength(2048);
  });
});
