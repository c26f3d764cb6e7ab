import { envelopeLimits } from "@appflow-contract/spec/contract";
import { clip, escapePointerToken, pointerTokens } from "@appflow-contract/spec/strings";
import type { Violation } from "./generated/openapi.js";

// Loaded with the validators (request-check.ts, response-check.ts), never up front.

/** The result of a request that pre-flight validation refused; nothing was sent. */
export interface PreflightValidationFailure {
  success: false;
  error: {
    code: "VALIDATION_ERROR";
    /** Names the first member at fault and the rule it breaks, and how many more there are. */
    message: string;
    /** The rules the request breaks, as many as the contract allows in one envelope (100). */
    violations: Violation[];
  };
}

/** The part of an ajv error that the client reads (the shipped validators leave out `message`). */
export interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** How many of what a `min*`/`max*` keyword counts. */
const counted: Record<string, string> = { Length: "characters", Items: "items", Properties: "properties" };

/**
 * The message ajv (8, English) gives an error, from its keyword and params: the shipped
 * validators are built without messages (scripts/build-validators.mjs), so the words are here
 * once rather than in the code of every check. It knows the keywords that the contract's
 * schemas use and a few more; test/validators.test.ts holds it to ajv's own messages for every
 * keyword the contract uses, so a new one shows up there.
 */
export function ajvMessage({ keyword, params: p }: AjvError): string {
  const limit = /^(min|max)(Length|Items|Properties)$/.exec(keyword);
  if (limit) return `must NOT have ${limit[1] === "max" ? "more" : "fewer"} than ${p.limit} ${counted[limit[2]!]}`;
  // minimum, maximum, exclusiveMinimum, exclusiveMaximum
  if (p.comparison) return `must be ${p.comparison} ${p.limit}`;
  const constant: Record<string, string> = {
    enum: "must be equal to one of the allowed values",
    const: "must be equal to constant",
    propertyNames: "property name must be valid",
    anyOf: "must match a schema in anyOf",
    oneOf: "must match exactly one schema in oneOf",
    not: "must NOT be valid",
  };
  return keyword === "type"
    ? `must be ${p.type}`
    : keyword === "pattern" || keyword === "format"
      ? `must match ${keyword} "${p[keyword]}"`
      : keyword === "multipleOf"
        ? `must be multiple of ${p.multipleOf}`
        : (constant[keyword] ?? "is invalid");
}

/** The shape of a standalone ajv validation function. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** Runs a compiled validator and reports its findings as the contract's violations. */
export function checkWith(validate: CompiledValidator, data: unknown): Violation[] {
  return validate(data) ? [] : (validate.errors ?? []).map(toViolation);
}

function toViolation(error: AjvError): Violation {
  // `required` and `additionalProperties` are reported on the parent object by ajv; name the
  // member itself, which is what the caller has to add or remove.
  const { missingProperty, additionalProperty } = error.params;
  const child = error.keyword === "required" ? missingProperty : error.keyword === "additionalProperties" ? additionalProperty : undefined;
  const pointer = typeof child === "string" ? `${error.instancePath}/${escapePointerToken(child)}` : error.instancePath;
  const message =
    error.keyword === "required"
      ? "is required"
      : error.keyword === "additionalProperties"
        ? "is not a member of this object"
        : ajvMessage(error);
  // Cut to the contract's limits, so that what the client reports fits the schema it reports with.
  return {
    path: clip(pointer, envelopeLimits.violationPath),
    rule: clip(error.keyword, envelopeLimits.violationRule),
    message: clip(message, envelopeLimits.violationMessage),
  };
}

/**
 * The error envelope of a request refused before sending. It lists at most as many violations as
 * the contract allows; its message counts them all.
 */
export function preflightFailure(violations: Violation[]): PreflightValidationFailure {
  const [first] = violations as [Violation, ...Violation[]];
  const more = violations.length - 1;
  const message = clip(
    `Invalid UpdateFlow request: ${describeViolation(first)}${more ? `, and ${more} more violation${more > 1 ? "s" : ""}` : ""}.`,
    envelopeLimits.message,
  );
  return { success: false, error: { code: "VALIDATION_ERROR", message, violations: violations.slice(0, envelopeLimits.violations) } };
}

/** `/tasks/0/sourceFields` -> `tasks[0].sourceFields` */
function memberPath(pointer: string): string {
  let path = "";
  for (const segment of pointerTokens(pointer)) {
    path += /^\d+$/.test(segment) ? `[${segment}]` : path ? `.${segment}` : segment;
  }
  return path;
}

/** One line naming the member and the rule, e.g. `flowName must match pattern "..." (pattern)`. */
function describeViolation(violation: Violation): string {
  return `${memberPath(violation.path) || "the document"} ${violation.message} (${violation.rule})`;
}
