import type { operations, Violation } from "./generated/openapi.js";

export type { Violation };

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
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

// The validators are compiled at build time (scripts/build-validators.mjs) and imported
// dynamically, so a bundler puts them in chunks of their own that load on first use only.
let requestValidator: Promise<CompiledValidator> | undefined;
let responseValidators: Promise<Record<ResponseStatus, CompiledValidator>> | undefined;

/** The statuses the contract documents a response for (`DocumentedStatus` in contract.ts). */
type ResponseStatus = keyof operations["updateFlow"]["responses"];

function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  // A chunk that failed to load (offline, say) is tried again on the next call.
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/**
 * Checks a request against the contract's `UpdateFlowRequest` schema with the validator compiled
 * at build time (loaded on first use); resolves to every violation, empty when the request is valid.
 * Exported as `validateUpdateFlowRequest`.
 */
export async function validateRequest(request: unknown): Promise<Violation[]> {
  requestValidator ??= retryable(
    async () => (await import("./generated/validators/request.js")).validateUpdateFlowRequest as CompiledValidator,
    () => (requestValidator = undefined),
  );
  return run(await requestValidator, request);
}

/**
 * Checks a response body against the schema that the contract documents for `status`; resolves
 * to every violation, empty when the body matches.
 */
export async function validateResponse(status: ResponseStatus, body: unknown): Promise<Violation[]> {
  responseValidators ??= retryable(
    async () =>
      (await import("./generated/validators/responses.js")).responseValidators as Record<ResponseStatus, CompiledValidator>,
    () => (responseValidators = undefined),
  );
  return run((await responseValidators)[status], body);
}

function run(validate: CompiledValidator, data: unknown): Violation[] {
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
