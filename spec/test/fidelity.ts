import { isDeepStrictEqual } from "node:util";
import { reachableShapes, type ModelShape, type ReferenceModel } from "./model.js";
import { PORTABLE_PATTERNS } from "./patterns.js";

/** A JSON Schema object as it appears in the bundled OpenAPI document. */
export type Schema = Record<string, unknown>;

/** The part of the bundled OpenAPI document that the checks read. */
export interface BundledSpec {
  components: { schemas: Record<string, Schema> };
}

export type Category = "shapes" | "members" | "enumValues" | "constraints";

/** The outcome of comparing one fact of the model with the spec. */
export interface Check {
  category: Category;
  /** Stable identifier, e.g. `Task.taskType`, `TaskType=Map_all`, `FlowName pattern`. */
  id: string;
  ok: boolean;
  /** What differs, when `ok` is false. */
  detail?: string;
}

const SMITHY_TO_JSON_TYPE: Record<ModelShape["type"], string> = {
  structure: "object",
  map: "object",
  list: "array",
  enum: "string",
  string: "string",
  integer: "integer",
  long: "integer",
  boolean: "boolean",
  // restJson1 sends body timestamps as epoch-seconds numbers.
  timestamp: "number",
};

/** Keywords through which a schema can constrain a value; none may appear without a model reason. */
const CONSTRAINT_KEYWORDS = [
  "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "minItems", "maxItems", "minProperties", "maxProperties", "default", "multipleOf", "const", "format",
] as const;

const refTo = (name: string): string => `#/components/schemas/${name}`;

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim().length > 0;
}

/** The constraint keywords that the model implies for one shape, keyword -> value. */
function expectedConstraints(shape: ModelShape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const c = shape.constraints ?? {};
  const [minKey, maxKey] =
    shape.type === "list" ? ["minItems", "maxItems"]
    : shape.type === "map" ? ["minProperties", "maxProperties"]
    : ["minLength", "maxLength"];
  if (c.length?.min !== undefined) out[minKey] = c.length.min;
  if (c.length?.max !== undefined) out[maxKey] = c.length.max;
  if (c.range?.min !== undefined) out.minimum = c.range.min;
  if (c.range?.max !== undefined) out.maximum = c.range.max;
  if (c.pattern !== undefined) out.pattern = c.pattern;
  const shapeDefault = shape.otherTraits?.["smithy.api#default"];
  if (shapeDefault !== undefined && shapeDefault !== null) out.default = shapeDefault;
  // OpenAPI formats that carry the Smithy numeric width; not constraints of the model, but allowed.
  if (shape.type === "integer") out.format = "int32";
  if (shape.type === "long") out.format = "int64";
  return out;
}

function checkShape(
  name: string,
  shape: ModelShape,
  schemas: Record<string, Schema>,
  checks: Check[],
): void {
  const schema = schemas[name];
  const push = (category: Category, id: string, ok: boolean, detail?: string) =>
    checks.push(ok ? { category, id, ok } : { category, id, ok, detail: detail ?? "differs" });

  // Shape: present, right JSON type, described, closed when a structure, right item/key/value.
  const problems: string[] = [];
  if (!schema) problems.push("missing from components.schemas");
  else {
    if (schema.type !== SMITHY_TO_JSON_TYPE[shape.type]) problems.push(`type ${String(schema.type)}`);
    if (!hasText(schema.description)) problems.push("no description");
    if (shape.type === "structure" && schema.additionalProperties !== false)
      problems.push("additionalProperties is not false");
    if (shape.type === "list" && (schema.items as Schema | undefined)?.$ref !== refTo(shape.member!.target))
      problems.push(`items do not refer to ${shape.member!.target}`);
    if (shape.type === "map") {
      if ((schema.propertyNames as Schema | undefined)?.$ref !== refTo(shape.key!.target))
        problems.push(`propertyNames do not refer to ${shape.key!.target}`);
      if ((schema.additionalProperties as Schema | undefined)?.$ref !== refTo(shape.value!.target))
        problems.push(`additionalProperties do not refer to ${shape.value!.target}`);
    }
  }
  push("shapes", name, problems.length === 0, problems.join("; "));

  // Members: same names, same targets, same requiredness, each described.
  if (shape.type === "structure") {
    const props = (schema?.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema?.required ?? []) as string[]);
    for (const [memberName, member] of Object.entries(shape.members ?? {})) {
      const prop = props[memberName];
      const memberProblems: string[] = [];
      if (!prop) memberProblems.push("missing");
      else {
        if (prop.$ref !== refTo(member.target)) memberProblems.push(`refers to ${String(prop.$ref)}`);
        if (required.has(memberName) !== member.required)
          memberProblems.push(member.required ? "not required" : "required");
        if (!hasText(prop.description)) memberProblems.push("no description");
      }
      push("members", `${name}.${memberName}`, memberProblems.length === 0, memberProblems.join("; "));

      // Member-level defaults: a value must be carried; `null` means "no default", also not inherited.
      if ("default" in member) {
        const id = `${name}.${memberName} default`;
        if (member.default === null) {
          // A default on the referenced schema would reach the member too.
          const viaRef = schemas[member.target] ?? {};
          const hasDefault = "default" in (prop ?? {}) || "default" in viaRef;
          push("constraints", id, !hasDefault, "has a default (own or through its $ref); the model says none");
        } else {
          push("constraints", id, isDeepStrictEqual(prop?.default, member.default),
            `expected ${JSON.stringify(member.default)}, got ${JSON.stringify(prop?.default)}`);
        }
      }
    }
    for (const extra of Object.keys(props).filter((p) => !(p in (shape.members ?? {}))))
      push("members", `${name}.${extra}`, false, "not in the model");
    for (const extra of [...required].filter((r) => !(r in (shape.members ?? {}))))
      push("members", `${name}.${extra}`, false, "required but not in the model");
  }

  // Enum values: exactly the wire values, in the model's order.
  if (shape.type === "enum") {
    const values = (schema?.enum ?? []) as unknown[];
    for (const { value } of shape.enumValues ?? [])
      push("enumValues", `${name}=${value}`, values.includes(value), "missing");
    for (const extra of values.filter((v) => !shape.enumValues?.some((e) => e.value === v)))
      push("enumValues", `${name}=${String(extra)}`, false, "not in the model");
    if (values.length > 0 && !isDeepStrictEqual(values, shape.enumValues?.map((e) => e.value)))
      push("enumValues", `${name} order`, false, "values are not in the model's order");
  }

  // Constraints: each one the model states, and nothing it does not.
  const expected = expectedConstraints(shape);
  for (const [keyword, value] of Object.entries(expected)) {
    if (keyword === "format") continue;
    // A pattern may also be the model's in the portable form that patterns.test.ts proves equal.
    const same = isDeepStrictEqual(schema?.[keyword], value) ||
      (keyword === "pattern" && schema?.pattern === PORTABLE_PATTERNS[value as string]);
    push("constraints", `${name} ${keyword}`, same,
      `expected ${JSON.stringify(value)}, got ${JSON.stringify(schema?.[keyword])}`);
  }
  for (const keyword of CONSTRAINT_KEYWORDS) {
    if (schema && keyword in schema && !(keyword in expected))
      push("constraints", `${name} ${keyword}`, false, `${JSON.stringify(schema[keyword])} is not in the model`);
    if (keyword === "format" && schema && keyword in expected && schema[keyword] !== expected[keyword])
      push("constraints", `${name} format`, false, `expected ${String(expected[keyword])}`);
  }
}

/** Compares every shape reachable from the UpdateFlow input with the bundled spec's schemas. */
export function checkFidelity(model: ReferenceModel, spec: BundledSpec): Check[] {
  const checks: Check[] = [];
  for (const name of reachableShapes(model)) {
    checkShape(name, model.shapes[name]!, spec.components.schemas, checks);
  }
  return checks;
}

/** Per-category coverage: facts that match, facts explained by the allow-list, and the total. */
export interface Coverage {
  category: Category;
  matched: number;
  allowListed: number;
  total: number;
  percent: number;
}

export function coverage(checks: Check[], allowList: Record<string, string>): Coverage[] {
  return (["shapes", "members", "enumValues", "constraints"] as const).map((category) => {
    const inCategory = checks.filter((c) => c.category === category);
    const matched = inCategory.filter((c) => c.ok).length;
    const allowListed = inCategory.filter((c) => !c.ok && c.id in allowList).length;
    const total = inCategory.length;
    return { category, matched, allowListed, total, percent: total === 0 ? 100 : (100 * (matched + allowListed)) / total };
  });
}
