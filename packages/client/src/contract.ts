import { type DocumentedStatus, documentedStatuses, errorCodes } from "@appflow-contract/spec/contract";
import type { ErrorEnvelope, UpdateFlowSuccess, Violation } from "./generated/openapi.js";
import { loadEnvelopeViolations, validateResponse } from "./validation.js";

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

/** Whether the contract documents `status`. */
function isDocumented(status: number): status is DocumentedStatus {
  return (documentedStatuses as readonly number[]).includes(status);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Whether the body has the members the result's TypeScript type promises, checked on every
 * response so that a caller who narrows on `success` can rely on them (the full schema is
 * checked on request). What is wrong with one that has not is worded by `envelopeViolations`,
 * loaded only then.
 */
function isEnvelope(status: DocumentedStatus, body: unknown): boolean {
  if (!isObject(body)) return false;
  const { data, error } = body;
  return status === 200
    ? body.success === true && isObject(data) && typeof data.id === "string" && typeof data.created_at === "string"
    : body.success === false && isObject(error) && (errorCodes as readonly unknown[]).includes(error.code) && typeof error.message === "string";
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
  if (!isEnvelope(status, body)) {
    // Worded by a chunk loaded on this path only; the error is thrown all the same if it fails to load.
    const found = await loadEnvelopeViolations().then(
      (words) => words.envelopeViolations(status, body),
      // Stryker disable next-line ArrowFunction: `undefined` falls back to the constructor's default, the same `[]`.
      () => [],
    );
    throw new ContractViolationError("unexpected-shape", status, text, found);
  }
  const violations = fullValidation ? await validateResponse(status, body) : [];
  if (violations.length) throw new ContractViolationError("unexpected-shape", status, text, violations);
  return body as UpdateFlowSuccess | ErrorEnvelope;
}
