// The shipped validators are the spec's ajv factory's code made lean (scripts/build-validators.mjs:
// schemas without annotations, errors without schemaPath and message). Here they are held to the
// factory's own validators of the untouched spec, error by error, on the spec's examples and
// thousands of broken variants of them; and the messages the client words (ajvMessage) to ajv's.
import { readFileSync } from "node:fs";
import { type BundledDocument, loadBundledSpec, requestExamples, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, schemaRef, toAjvSchema } from "@appflow-contract/spec/ajv";
import { type DocumentedStatus, documentedStatuses } from "@appflow-contract/spec/contract";
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateUpdateFlowRequest } from "../src/generated/validators/request.js";
import { responseValidators } from "../src/generated/validators/responses.js";
import { ajvMessage, type CompiledValidator } from "../src/violations.js";

const spec = loadBundledSpec();
const reference = createContractAjv(spec);
const referenceRequest = reference.getSchema(schemaRef("UpdateFlowRequest"))!;

interface MediaType {
  schema?: unknown;
  examples?: Record<string, unknown>;
}
const operation = (spec.paths["/update-flow"] as { post: { responses: Record<string, unknown> } }).post;
const responseContent = (status: number) =>
  resolveRef<{ content?: Record<string, MediaType> }>(spec as BundledDocument, operation.responses[status]).content?.["application/json"];
const referenceResponses = Object.fromEntries(
  documentedStatuses.map((status) => [status, reference.compile(toAjvSchema(responseContent(status)!.schema as object))]),
) as Record<DocumentedStatus, ValidateFunction>;

/** Everything about an error but `schemaPath` and `message`, which the shipped code leaves out. */
const finding = ({ instancePath, keyword, params }: Pick<ErrorObject, "instancePath" | "keyword" | "params">) => ({ instancePath, keyword, params });

/** Values that break the rules of a member of each kind: its type, its lengths, patterns, ranges and enums. */
function breakers(value: unknown): unknown[] {
  const any = [null, 12345, "x", true, [], {}];
  if (typeof value === "string") return [...any, "", " has space\n", "x".repeat(3000), "😀".repeat(40), `${value}!`];
  if (typeof value === "number") return [...any, -1, 0, 1.5, 1e12];
  if (Array.isArray(value)) return [...any, [null], [...value, ...value], Array(1_000).fill(value[0] ?? null)];
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value);
    return [
      ...any,
      { ...value, notAMember: 1 },
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`member${i}`, "value"])),
      ...entries.map((key) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))),
    ];
  }
  return any;
}

/** `doc` with the member at `path` replaced by each breaker, for every member at every depth. */
function* variants(doc: unknown, path: Array<string | number> = []): Generator<unknown> {
  const at = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc);
  for (const broken of breakers(at)) {
    if (!path.length) {
      yield broken;
      continue;
    }
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    parent[path.at(-1)!] = broken;
    yield copy;
  }
  if (at !== null && typeof at === "object") {
    for (const key of Array.isArray(at) ? at.keys() : Object.keys(at)) yield* variants(doc, [...path, key]);
  }
}

/** Runs both validators on each document; returns ajv's errors seen, for the message check. */
function compare(shipped: CompiledValidator, referenceValidate: ValidateFunction, documents: Iterable<unknown>) {
  const seen: ErrorObject[] = [];
  let invalid = 0;
  for (const doc of documents) {
    const verdict = referenceValidate(doc);
    const errors = referenceValidate.errors ?? [];
    expect(shipped(doc)).toBe(verdict);
    expect((shipped.errors ?? []).map(finding)).toEqual(errors.map(finding));
    if (!verdict) invalid++;
    seen.push(...errors);
  }
  return { seen, invalid };
}

/** The keywords that the shipped code can report (`keyword: "..."` in its error objects). */
function keywordsIn(file: string): Set<string> {
  const code = readFileSync(new URL(`../src/generated/validators/${file}`, import.meta.url), "utf8");
  return new Set([...code.matchAll(/keyword: "([^"]+)"/g)].map((m) => m[1]!));
}

const seenErrors: ErrorObject[] = [];

describe("the shipped request validator", () => {
  it.each(Object.entries(requestExamples(spec)))("finds exactly what the factory's finds, on %s and its broken variants", (_, example) => {
    const { seen, invalid } = compare(validateUpdateFlowRequest as CompiledValidator, referenceRequest, variants(example.value));
    expect(invalid).toBeGreaterThan(100);
    seenErrors.push(...seen);
  });
});

describe("the shipped response validators", () => {
  it.each(documentedStatuses)("for %i find exactly what the factory's find, on the spec's examples and their broken variants", (status) => {
    const examples = Object.values(responseContent(status)?.examples ?? {}).map((e) => resolveRef<{ value: unknown }>(spec as BundledDocument, e).value);
    expect(examples.length).toBeGreaterThan(0);
    const { seen, invalid } = compare(
      (responseValidators as Record<DocumentedStatus, CompiledValidator>)[status],
      referenceResponses[status],
      examples.flatMap((example) => [...variants(example)]),
    );
    expect(invalid).toBeGreaterThan(10);
    seenErrors.push(...seen);
  });
});

describe("ajvMessage", () => {
  it("words every error as ajv does, for every keyword the shipped validators can report", () => {
    // (A violation words these two its own way: "is required", "is not a member of this object".)
    const worded = seenErrors.filter((e) => e.keyword !== "required" && e.keyword !== "additionalProperties");
    for (const error of worded) expect(ajvMessage(error)).toBe(error.message);
    const reported = new Set([...keywordsIn("request.ts"), ...keywordsIn("responses.ts")]);
    expect([...reported].filter((keyword) => !seenErrors.some((e) => e.keyword === keyword))).toEqual([]);
  });

  it("words the keywords the contract does not use yet as ajv does", () => {
    // Plain ajv (not strict, which refuses a union type), with the formats.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const cases: Array<[object, unknown]> = [
      [{ type: ["string", "number"] }, true],
      [{ multipleOf: 5 }, 7],
      [{ exclusiveMinimum: 3 }, 3],
      [{ exclusiveMaximum: 3 }, 3],
      [{ minItems: 2 }, [1]],
      [{ maxProperties: 1 }, { a: 1, b: 2 }],
      [{ anyOf: [{ type: "string" }, { type: "number" }] }, true],
      [{ oneOf: [{ type: "number" }, { type: "integer" }] }, 1],
      [{ not: { type: "string" } }, "x"],
      [{ const: 1 }, 2],
      [{ type: "string", format: "uri" }, "not a uri"],
    ];
    for (const [schema, data] of cases) {
      const validate = ajv.compile(schema);
      expect(validate(data)).toBe(false);
      for (const error of validate.errors!) expect(ajvMessage(error)).toBe(error.message);
    }
  });
});
