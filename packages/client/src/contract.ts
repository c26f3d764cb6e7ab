import { errorCodeValues, type ErrorEnvelope, type operations, type UpdateFlowSuccess } from "./generated/openapi.js";
import { validateResponse, type Violation } from "./validation.js";

/** The statuses for which the contract documents a response. */
export type DocumentedStatus = keyof operations["updateFlow"]["responses"];

// `satisfies` makes the compiler fail when the spec documents a status missing here, or drops
// one listed here.
const documentedStatuses = {
  200: true,
  400: true,
  401: true,
  402: true,
  403: true,
  404: true,
  405: true,
  409: true,
  415: true,
  500: true,
} as const satisfies Record<DocumentedStatus, true>;

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
  /**
   * The response body exactly as received, as text (`""` when empty). Only when a middleware
   * replaced the response of a non-2xx status is it the body as openapi-fetch decoded it: its
   * text when it is not JSON, else the JSON serialized again.
   */
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
  return Object.hasOwn(documentedStatuses, status);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The members the result's TypeScript type promises, checked on every response so that a
 * caller who narrows on `success` can rely on them. The full schema is checked on request.
 */
function envelopeViolations(status: DocumentedStatus, body: unknown): Violation[] {
  const expect = (ok: boolean, member: string, rule: string, message: string): Violation[] =>
    ok ? [] : [{ path: member ? `/${member.replaceAll(".", "/")}` : "", rule, message }];
  if (!isObject(body)) return expect(false, "", "type", "must be an object");
  if (status === 200) {
    const data = body.data;
    return [
      ...expect(body.success === true, "success", "const", "must be true"),
      ...expect(isObject(data), "data", "type", "must be an object"),
      ...expect(typeof (isObject(data) && data.id) === "string", "data.id", "type", "must be a string"),
      ...expect(typeof (isObject(data) && data.created_at) === "string", "data.created_at", "type", "must be a string"),
    ];
  }
  const error = body.error;
  return [
    ...expect(body.success === false, "success", "const", "must be false"),
    ...expect(isObject(error), "error", "type", "must be an object"),
    ...expect(
      isObject(error) && (errorCodeValues as readonly unknown[]).includes(error.code),
      "error.code",
      "enum",
      `must be one of ${errorCodeValues.join(", ")}`,
    ),
    ...expect(typeof (isObject(error) && error.message) === "string", "error.message", "type", "must be a string"),
  ];
}

/**
 * A response body as the client got it: `text`, exactly as received (parsed here, once); or,
 * when a middleware replaced a non-2xx response so that only openapi-fetch's reading of it is
 * left, `decoded`: the parsed JSON, or the text when it was not JSON (which cannot be told
 * apart from a JSON string, so a string is read as text and parsed).
 */
export type ReceivedBody = { text: string } | { decoded: unknown };

/**
 * Turns a response into the envelope the contract documents for its status, or throws a
 * {@link ContractViolationError}.
 */
export async function interpretResponse(
  status: number,
  received: ReceivedBody,
  fullValidation: boolean,
): Promise<UpdateFlowSuccess | ErrorEnvelope> {
  // Decoded JSON other than a string is taken as it is; everything else is text to parse once.
  const decoded =
    "decoded" in received && received.decoded !== undefined && typeof received.decoded !== "string" ? received : undefined;
  const raw = decoded ? JSON.stringify(decoded.decoded) : "text" in received ? received.text : String(received.decoded ?? "");
  if (!isDocumented(status)) throw new ContractViolationError("undocumented-status", status, raw);
  let body: unknown;
  if (decoded) body = decoded.decoded;
  else {
    try {
      body = JSON.parse(raw);
    } catch {
      throw new ContractViolationError("not-json", status, raw);
    }
  }
  const violations = envelopeViolations(status, body);
  if (!violations.length && fullValidation) violations.push(...(await validateResponse(status, body)));
  if (violations.length) throw new ContractViolationError("unexpected-shape", status, raw, violations);
  return body as UpdateFlowSuccess | ErrorEnvelope;
}
