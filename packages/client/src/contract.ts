import { type DocumentedStatus, documentedStatuses, errorCodes } from "@appflow-contract/spec/contract";
import type { ErrorEnvelope, UpdateFlowSuccess, Violation } from "./generated/openapi.js";
import { validateResponse } from "./validation.js";

/** Why a response falls outside the contract. */
export type ContractViolationReason =
  /** The status is not one the contract documents (e.g. 418, 502 from a proxy). */
  | "undocumented-status"
  /** The body is empty or is not JSON. */
  | "not-json"
  /** The body is JSON but not the envelope the contract documents for the status. */
  | "unexpected-shape";

/**
 * Thrown (as a rejection of `updateFlow`) when the server answers in a way the contract does not
 * describe. Documented failures never throw: they resolve as an {@link ErrorEnvelope}. A
 * violation means the server, a proxy in front of it or the contract is wrong, which no caller
 * can handle case by case, so it is an exception rather than a result variant.
 */
export class ContractViolationError extends Error {
  override readonly name = "ContractViolationError";
  /** Why the response falls outside the contract. */
  readonly reason: ContractViolationReason;
  /** The HTTP status of the response. */
  readonly status: number;
  /** The response body exactly as received, as text (`""` when empty). */
  readonly body: string;
  /** The rules the body breaks, when `reason` is `unexpected-shape`. */
  readonly violations: readonly Violation[];

  constructor(reason: ContractViolationReason, status: number, body: string, violations: readonly Violation[] = []) {
    // Pointer paths: this message is for the developer reading a stack trace.
    const detail = violations.length ? `: ${violations.map((v) => `${v.path || "(body)"} ${v.message} (${v.rule})`).join("; ")}` : "";
    super(`UpdateFlow answered ${status} outside the contract (${reason})${detail}`);
    this.reason = reason;
    this.status = status;
    this.body = body;
    this.violations = violations;
  }
}

function isDocumented(status: number): status is DocumentedStatus {
  return (documentedStatuses as readonly number[]).includes(status);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The members the result's TypeScript type promises, checked on every response so that a
 * caller who narrows on `success` can rely on them. The full schema is checked on request.
 */
function envelopeViolations(status: DocumentedStatus, body: unknown): Violation[] {
  // `path`: the member's JSON Pointer (none of these names needs escaping).
  const expect = (ok: boolean, path: string, rule: string, message: string): Violation[] => (ok ? [] : [{ path, rule, message }]);
  if (!isObject(body)) return expect(false, "", "type", "must be an object");
  if (status === 200) {
    const data = body.data;
    return [
      ...expect(body.success === true, "/success", "const", "must be true"),
      ...expect(isObject(data), "/data", "type", "must be an object"),
      ...expect(typeof (isObject(data) && data.id) === "string", "/data/id", "type", "must be a string"),
      ...expect(typeof (isObject(data) && data.created_at) === "string", "/data/created_at", "type", "must be a string"),
    ];
  }
  const error = body.error;
  return [
    ...expect(body.success === false, "/success", "const", "must be false"),
    ...expect(isObject(error), "/error", "type", "must be an object"),
    ...expect(
      isObject(error) && (errorCodes as readonly unknown[]).includes(error.code),
      "/error/code",
      "enum",
      `must be one of ${errorCodes.join(", ")}`,
    ),
    ...expect(typeof (isObject(error) && error.message) === "string", "/error/message", "type", "must be a string"),
  ];
}

/**
 * Turns a response, its body read as text, into the envelope the contract documents for its
 * status.
 *
 * @param fullValidation - check the body against the status's full response schema too
 * @throws ContractViolationError when the status, the body or its shape is not the contract's.
 */
export async function interpretResponse(
  status: number,
  text: string,
  fullValidation: boolean,
): Promise<UpdateFlowSuccess | ErrorEnvelope> {
  if (!isDocumented(status)) throw new ContractViolationError("undocumented-status", status, text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ContractViolationError("not-json", status, text);
  }
  const violations = envelopeViolations(status, body);
  if (!violations.length && fullValidation) violations.push(...(await validateResponse(status, body)));
  if (violations.length) throw new ContractViolationError("unexpected-shape", status, text, violations);
  return body as UpdateFlowSuccess | ErrorEnvelope;
}
