import type { PreflightValidationFailure } from "./client.js";
import type { Violation } from "./generated/openapi.js";

// Loaded with the validators (request-check.ts, response-check.ts), never up front.

/**
 * The spec's `maxLength` of the strings the client writes into an error envelope of its own
 * (`Error.message`, `Violation.path`, `.rule`, `.message`), so that what it reports fits the
 * schema it reports with. A test checks them against the bundled spec.
 */
export const limits = { message: 2048, violationPath: 2048, violationRule: 64, violationMessage: 2048 } as const;

/**
 * `text` cut to at most `max` characters, counted as JSON Schema's `maxLength` counts them (code
 * points), with "…" as the last one when it was cut.
 */
export function clip(text: string, max: number): string {
  // UTF-16 length >= code point count, so the common short string returns at once.
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}

/** The part of an ajv error that the client reads. */
interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
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
  const pointer = typeof child === "string" ? `${error.instancePath}/${child.replaceAll("~", "~0").replaceAll("/", "~1")}` : error.instancePath;
  const message =
    error.keyword === "required"
      ? "is required"
      : error.keyword === "additionalProperties"
        ? "is not a member of this object"
        : (error.message ?? "is invalid");
  return {
    path: clip(pointer, limits.violationPath),
    rule: clip(error.keyword, limits.violationRule),
    message: clip(message, limits.violationMessage),
  };
}

/** The error envelope of a request refused before sending. */
export function preflightFailure(violations: Violation[]): PreflightValidationFailure {
  const [first] = violations as [Violation, ...Violation[]];
  const more = violations.length - 1;
  const message = clip(
    `Invalid UpdateFlow request: ${describeViolation(first)}${more ? `, and ${more} more violation${more > 1 ? "s" : ""}` : ""}.`,
    limits.message,
  );
  return { success: false, error: { code: "VALIDATION_ERROR", message, violations } };
}

/** `/tasks/0/sourceFields` -> `tasks[0].sourceFields` */
function memberPath(pointer: string): string {
  let path = "";
  for (const token of pointer.split("/").slice(1)) {
    const segment = token.replaceAll("~1", "/").replaceAll("~0", "~");
    path += /^\d+$/.test(segment) ? `[${segment}]` : path ? `.${segment}` : segment;
  }
  return path;
}

/** One line naming the member and the rule, e.g. `flowName must match pattern "..." (pattern)`. */
export function describeViolation(violation: Violation): string {
  return `${memberPath(violation.path) || "the document"} ${violation.message} (${violation.rule})`;
}
