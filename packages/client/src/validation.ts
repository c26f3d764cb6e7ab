import type { Violation } from "./generated/openapi.js";

export type { Violation };

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
let responseValidators: Promise<Record<string, CompiledValidator>> | undefined;

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
 * Checks a response body against the schema that the contract documents for `status`;
 * `undefined` when the contract documents no response for that status.
 */
export async function validateResponse(status: number, body: unknown): Promise<Violation[] | undefined> {
  responseValidators ??= retryable(
    async () =>
      (await import("./generated/validators/responses.js")).responseValidators as Record<string, CompiledValidator>,
    () => (responseValidators = undefined),
  );
  const validate = (await responseValidators)[String(status)];
  return validate && run(validate, body);
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
  return { path: pointer, rule: error.keyword, message };
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
