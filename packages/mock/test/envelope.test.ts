import { loadBundledSpec, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, toAjvSchema } from "@appflow-contract/spec/ajv";
import { documentedStatuses, envelopeLimits } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { type ErrorAnswer, errorEnvelopeFor, type PrismExchange, type PrismViolation } from "../src/envelope.js";

const spec = loadBundledSpec();
const ajv = createContractAjv(spec);
const responses = (spec.paths["/update-flow"]!.post as { responses: Record<string, unknown> }).responses;

/**
 * The ways `answer` breaks the schema the spec documents for its status (the project's one ajv
 * factory, so the error code must be one of that status's codes too).
 */
function envelopeErrors(answer: ErrorAnswer): string[] {
  const response = responses[answer.status];
  if (!response) return [`status ${answer.status} is not documented`];
  const { content } = resolveRef<{ content: Record<string, { schema: unknown }> }>(spec, response);
  const validate = ajv.compile(toAjvSchema(content["application/json"]!.schema) as object);
  return validate(answer.body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const exchange = (overrides: Partial<PrismExchange>): PrismExchange => ({
  method: "POST",
  path: "/update-flow",
  contentType: "application/json",
  prefer: undefined,
  requestBody: Buffer.from("{}"),
  allowedMethods: ["POST"],
  operations: ["POST /update-flow"],
  documentedStatuses: documentedStatuses.map(String),
  status: 400,
  responseType: "application/json",
  violationsHeader: undefined,
  responseBody: Buffer.from(""),
  ...overrides,
});

describe("the schema check of these tests", () => {
  it("catches what the spec forbids, a code of another status included", () => {
    const ok = { success: false as const, error: { code: "VALIDATION_ERROR" as const, message: "ok" } };
    expect(envelopeErrors({ status: 400, body: ok })).toEqual([]);
    expect(envelopeErrors({ status: 404, body: ok })).toEqual(["/error/code must be equal to one of the allowed values"]);
    const errors = envelopeErrors({
      status: 400,
      body: {
        success: false,
        error: { code: "VALIDATION_ERROR", message: "x".repeat(2049), violations: [{ path: "", rule: "r".repeat(65), message: "" }] },
      },
    });
    expect(errors).toEqual(["/error/message must NOT have more than 2048 characters", "/error/violations/0/rule must NOT have more than 64 characters"]);
  });
});

describe("errorEnvelopeFor keeps its answers within the spec", () => {
  it("clips every field of a violation and caps their number", () => {
    const long = "m".repeat(3000);
    const prism: PrismViolation[] = Array.from({ length: 250 }, (_, index) => ({
      location: ["request", "body"],
      severity: "Error",
      code: index === 0 ? "k".repeat(100) : "additionalProperties",
      message: index === 0 ? `Request body ${"w".repeat(3000)}` : `Request body must NOT have additional properties; found '${long}${index}'`,
    }));
    const answer = errorEnvelopeFor(exchange({ violationsHeader: JSON.stringify(prism) }))!;
    expect(answer.status).toBe(400);
    expect(envelopeErrors(answer)).toEqual([]);
    const { message, violations } = answer.body.error;
    expect(violations).toHaveLength(envelopeLimits.violations);
    expect(violations![1]!.path).toMatch(/^\/m+…$/);
    // The count survives the clipping of the long names.
    expect(message).toMatch(/; and 247 more \(error\.violations lists the first 100 of 250\)$/);
  });

  it("clips by characters as JSON Schema counts them, never splitting one", () => {
    const prism: PrismViolation[] = [
      { location: ["request", "body", "😀".repeat(3000)], code: "type", message: "Request body property x must be string" },
    ];
    const answer = errorEnvelopeFor(exchange({ violationsHeader: JSON.stringify(prism) }))!;
    expect(envelopeErrors(answer)).toEqual([]);
    expect(answer.body.error.violations![0]!.path).toBe(`/${"😀".repeat(2046)}…`);
  });

  it("keeps the whole violations of a header Prism cut short, and says that there were more", () => {
    const prism: PrismViolation[] = Array.from({ length: 80 }, (_, index) => ({
      location: ["request", "body"],
      severity: "Error",
      code: "additionalProperties",
      message: `Request body must NOT have additional properties; found 'a},{"location":${index}'`,
    }));
    // What Prism sends when the JSON is longer than 8 KB - 100 characters.
    const header = `Too many violations! ${JSON.stringify(prism).slice(0, 8 * 1024 - 100)}`;
    const answer = errorEnvelopeFor(exchange({ violationsHeader: header }))!;
    expect(answer.status).toBe(400);
    expect(envelopeErrors(answer)).toEqual([]);
    const { message, violations } = answer.body.error;
    expect(violations!.length).toBeGreaterThan(40);
    expect(violations!.length).toBeLessThan(80);
    expect(violations!.at(-1)!.path).toBe(`/a},{"location":${violations!.length - 1}`);
    expect(message).toMatch(/and more that the mock's engine did not report$/);
  });

  it("answers a Prefer the operation cannot honour with 400, naming it, not with UNKNOWN_OPERATION", () => {
    const answer = errorEnvelopeFor(
      exchange({
        prefer: "code=418",
        status: 404,
        responseType: "application/problem+json",
        responseBody: Buffer.from(
          JSON.stringify({
            type: "https://stoplight.io/prism/errors#NOT_FOUND",
            title: "The server cannot find the requested content",
            status: 404,
            detail: "Requested status code 418 is not defined in the document.",
          }),
        ),
      }),
    )!;
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("VALIDATION_ERROR");
    expect(answer.body.error.message).toBe(
      "The mock cannot answer Prefer: code=418 (Requested status code 418 is not defined in the document); POST /update-flow documents 200, 400, 401, 402, 403, 404, 405, 409, 415, 500. Ask for a documented status and an example it names, or send no Prefer header.",
    );
  });

  it("still answers a path the spec lacks with UNKNOWN_OPERATION", () => {
    const answer = errorEnvelopeFor(
      exchange({
        path: "/nope",
        prefer: "code=418",
        allowedMethods: [],
        documentedStatuses: [],
        status: 404,
        responseType: "application/problem+json",
        responseBody: Buffer.from(JSON.stringify({ type: "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR", status: 404 })),
      }),
    )!;
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe("UNKNOWN_OPERATION");
  });
});
