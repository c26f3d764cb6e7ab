import { loadBundledSpec } from "@appflow-contract/spec";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, MAX_VIOLATIONS, translate, type Exchange, type PrismViolation } from "../src/envelope.js";

const spec = loadBundledSpec();
const schemas = spec.components.schemas as Record<string, Schema>;

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  [keyword: string]: unknown;
}

const HANDLED = new Set([
  "$ref", "type", "required", "properties", "additionalProperties", "items", "maxLength", "minLength", "maxItems",
  "enum", "const", "title", "description", "example", "examples",
]);

/**
 * The ways `value` breaks `schema` of the bundled spec. A small validator for the keywords the
 * envelope's schemas use; it refuses any other keyword, so it never passes what it cannot check.
 */
function schemaErrors(schema: Schema, value: unknown, at = ""): string[] {
  const unknown = Object.keys(schema).filter((keyword) => !HANDLED.has(keyword));
  if (unknown.length > 0) throw new Error(`schemaErrors cannot check ${unknown.join(", ")} at ${at}`);
  if (schema.$ref) return schemaErrors(schemas[schema.$ref.replace("#/components/schemas/", "")]!, value, at);
  const errors: string[] = [];
  if (schema.const !== undefined && value !== schema.const) errors.push(`${at} is not ${String(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at} is not one of the enum`);
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return [...errors, `${at} is not an object`];
      const record = value as Record<string, unknown>;
      for (const name of schema.required ?? []) if (!(name in record)) errors.push(`${at}/${name} is missing`);
      for (const [name, member] of Object.entries(record)) {
        const property = schema.properties?.[name];
        if (property) errors.push(...schemaErrors(property, member, `${at}/${name}`));
        else if (schema.additionalProperties === false) errors.push(`${at}/${name} is not allowed`);
      }
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [...errors, `${at} is not an array`];
      if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at} has more than ${schema.maxItems} items`);
      value.forEach((item, index) => schema.items && errors.push(...schemaErrors(schema.items, item, `${at}/${index}`)));
      break;
    case "string": {
      if (typeof value !== "string") return [...errors, `${at} is not a string`];
      const length = Array.from(value).length;
      if (schema.maxLength !== undefined && length > schema.maxLength) errors.push(`${at} is ${length} > ${schema.maxLength} characters`);
      if (schema.minLength !== undefined && length < schema.minLength) errors.push(`${at} is shorter than ${schema.minLength}`);
      break;
    }
    case "boolean":
      if (typeof value !== "boolean") errors.push(`${at} is not a boolean`);
      break;
    default:
      throw new Error(`schemaErrors cannot check type ${String(schema.type)} at ${at}`);
  }
  return errors;
}

const envelopeErrors = (body: unknown) => schemaErrors({ $ref: "#/components/schemas/ErrorEnvelope" }, body);

const exchange = (overrides: Partial<Exchange>): Exchange => ({
  method: "POST",
  path: "/update-flow",
  contentType: "application/json",
  prefer: undefined,
  requestBody: Buffer.from("{}"),
  allowedMethods: ["POST"],
  operations: ["POST /update-flow"],
  documentedStatuses: ["200", "400", "401", "402", "403", "404", "405", "409", "415", "500"],
  status: 400,
  responseType: "application/json",
  violationsHeader: undefined,
  responseBody: Buffer.from(""),
  ...overrides,
});

describe("ErrorCode", () => {
  it("lists exactly the spec's codes, in its order", () => {
    expect(ERROR_CODES).toEqual(schemas.ErrorCode!.enum);
  });
});

describe("the schema check of these tests", () => {
  it("catches what the spec forbids", () => {
    expect(envelopeErrors({ success: false, error: { code: "VALIDATION_ERROR", message: "ok" } })).toEqual([]);
    expect(
      envelopeErrors({
        success: false,
        error: { code: "TEAPOT", message: "x".repeat(2049), violations: [{ path: "", rule: "r".repeat(65), message: "" }] },
      }),
    ).toEqual(["/error/code is not one of the enum", "/error/message is 2049 > 2048 characters", "/error/violations/0/rule is 65 > 64 characters"]);
  });
});

describe("translate keeps its answers within the spec", () => {
  it("clips every field of a violation and caps their number", () => {
    const long = "m".repeat(3000);
    const prism: PrismViolation[] = Array.from({ length: 250 }, (_, index) => ({
      location: ["request", "body"],
      severity: "Error",
      code: index === 0 ? "k".repeat(100) : "additionalProperties",
      message: index === 0 ? `Request body ${"w".repeat(3000)}` : `Request body must NOT have additional properties; found '${long}${index}'`,
    }));
    const answer = translate(exchange({ violationsHeader: JSON.stringify(prism) }))!;
    expect(answer.status).toBe(400);
    expect(envelopeErrors(answer.body)).toEqual([]);
    const { message, violations } = answer.body.error;
    expect(violations).toHaveLength(MAX_VIOLATIONS);
    expect(violations![1]!.path).toMatch(/^\/m+…$/);
    // The count survives the clipping of the long names.
    expect(message).toMatch(/; and 247 more \(error\.violations lists the first 100 of 250\)$/);
  });

  it("clips by characters as JSON Schema counts them, never splitting one", () => {
    const prism: PrismViolation[] = [
      { location: ["request", "body", "😀".repeat(3000)], code: "type", message: "Request body property x must be string" },
    ];
    const answer = translate(exchange({ violationsHeader: JSON.stringify(prism) }))!;
    expect(envelopeErrors(answer.body)).toEqual([]);
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
    const answer = translate(exchange({ violationsHeader: header }))!;
    expect(answer.status).toBe(400);
    expect(envelopeErrors(answer.body)).toEqual([]);
    const { message, violations } = answer.body.error;
    expect(violations!.length).toBeGreaterThan(40);
    expect(violations!.length).toBeLessThan(80);
    expect(violations!.at(-1)!.path).toBe(`/a},{"location":${violations!.length - 1}`);
    expect(message).toMatch(/and more that the mock's engine did not report$/);
  });

  it("answers a Prefer the operation cannot honour with 400, naming it, not with UNKNOWN_OPERATION", () => {
    const answer = translate(
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
    const answer = translate(
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
