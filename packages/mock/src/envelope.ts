/**
 * Turns what Prism says about a bad request into the contract's error envelope. Pure functions:
 * the proxy in `server.ts` feeds them Prism's status, headers and body. The codes, the status
 * of each and the envelope's limits are the spec's (`@appflow-contract/spec/contract`).
 */
import { envelopeLimits, type ErrorCode, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { clip, toPointer } from "@appflow-contract/spec/strings";
import type { ErrorEnvelope, Violation } from "@appflow-contract/spec/types";

/** The answer the proxy sends instead of Prism's. */
export interface ErrorAnswer {
  /** HTTP status: the one the spec documents for the envelope's code. */
  status: number;
  /** The JSON body. */
  body: ErrorEnvelope;
  /** Extra response headers, e.g. `allow` for a 405. */
  headers?: Record<string, string>;
}

/** A violation as Prism reports it in the `sl-violations` response header. */
export interface PrismViolation {
  /** Where: `["request", "body", ...member path]`, `["request", "header"]`, `["request"]`, ... */
  location: (string | number)[];
  /** `Error` or `Warning`. */
  severity?: string;
  /** The JSON Schema keyword, or an HTTP status (`401`, `415`) for a protocol check. */
  code: string | number;
  /** Prism's sentence, e.g. "Request body property flowName must match pattern ...". */
  message: string;
}

/** What the proxy knows about a request and Prism's error answer to it. */
export interface PrismExchange {
  /** The request's method, e.g. `POST`. */
  method: string;
  /** The request's path, without the query. */
  path: string;
  /** The request's Content-Type header, if any. */
  contentType: string | undefined;
  /** The request's `Prefer` header (Prism's way to ask for a status or an example), if any. */
  prefer: string | undefined;
  /** The raw request body. */
  requestBody: Buffer;
  /** Methods the spec declares for the request's path (empty when the path is unknown). */
  allowedMethods: string[];
  /** Every operation the spec declares, e.g. `POST /update-flow`, to name in a 404. */
  operations: string[];
  /** The statuses the requested operation documents, e.g. `["200", "400", ...]` (empty when it is unknown). */
  documentedStatuses: string[];
  /** Prism's status. */
  status: number;
  /** Prism's Content-Type. */
  responseType: string | undefined;
  /** Prism's `sl-violations` header. */
  violationsHeader: string | undefined;
  /** Prism's body. */
  responseBody: Buffer;
}

/**
 * Converts Prism's body violations to the envelope's form: a JSON Pointer to the member
 * (for `required`, the pointer of the missing member), the keyword, and the rule in words
 * without Prism's "Request body property x.y" prefix. Every field is clipped to the spec's
 * `maxLength` (a clipped pointer ends with `…`).
 */
export function toViolations(prism: PrismViolation[]): Violation[] {
  return prism
    .filter((v) => v.location[0] === "request" && v.location[1] === "body")
    .map((v) => {
      const tokens = v.location.slice(2);
      const rule = String(v.code);
      let message = String(v.message).replace(/^Request body (property \S+ )?/, "");
      // Point at the member itself: the one that is missing, or the one that is not allowed.
      const missing = rule === "required" ? /required property '(.+)'$/.exec(message)?.[1] : undefined;
      const extra = rule === "additionalProperties" ? /found '(.+)'$/.exec(message)?.[1] : undefined;
      if (missing !== undefined) {
        tokens.push(missing);
        message = "is required";
      }
      if (extra !== undefined) {
        tokens.push(extra);
        message = "is not a member of this object (additionalProperties: false)";
      }
      return {
        path: clip(toPointer(tokens), envelopeLimits.violationPath),
        rule: clip(rule, envelopeLimits.violationRule),
        message: clip(message, envelopeLimits.violationMessage),
      };
    });
}

/**
 * One sentence that names every broken rule (the first few, then how many more), at most
 * 2048 characters. `listed` is how many of them the envelope's `violations` carries; `suffix`
 * is said after the count (e.g. that there were more than Prism reported).
 */
export function summarize(violations: Violation[], listed = violations.length, suffix = ""): string {
  const shown = violations.slice(0, 3).map((v) => `${v.path || "(body)"} ${v.message} (${v.rule})`);
  const more = violations.length > 3 ? `; and ${violations.length - 3} more` : "";
  const cap = listed < violations.length ? ` (error.violations lists the first ${listed} of ${violations.length})` : "";
  // Clip the named rules, never the count: a long member name must not hide how many there are.
  const tail = `${more}${cap}${suffix}`;
  return `${clip(`Invalid request: ${shown.join("; ")}`, envelopeLimits.message - tail.length)}${tail}`;
}

/** The envelope of `code`, answered with the status the spec gives that code. */
function envelope(code: ErrorCode, message: string, extra: Partial<ErrorEnvelope["error"]> = {}): ErrorAnswer {
  return {
    status: statusOfErrorCode[code],
    body: { success: false, error: { code, message: clip(message, envelopeLimits.message), ...extra } },
  };
}

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

/** Prism's prefix when its `sl-violations` JSON was longer than a header may be (it cuts it at about 8 KB). */
const TRUNCATED = "Too many violations! ";

/**
 * Reads Prism's `sl-violations` header. When Prism cut it short, keeps every violation that
 * arrived whole, and says that there were more.
 */
function parseViolations(header: string | undefined): { violations: PrismViolation[]; truncated: boolean } {
  if (!header) return { violations: [], truncated: false };
  const truncated = header.startsWith(TRUNCATED);
  const json = truncated ? header.slice(TRUNCATED.length) : header;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = truncated ? wholeViolations(json) : [];
  }
  const violations = Array.isArray(parsed)
    ? (parsed as PrismViolation[]).filter((v) => v !== null && typeof v === "object" && Array.isArray(v.location))
    : [];
  return { violations, truncated };
}

/**
 * The whole violations at the start of a JSON array that was cut off. Prism's violations begin
 * with `{"location":`, which cannot occur unescaped inside a JSON string, so each such
 * boundary ends the whole ones before it.
 */
function wholeViolations(json: string): unknown[] {
  for (let end = json.lastIndexOf('},{"location":'); end > 0; end = json.lastIndexOf('},{"location":', end - 1)) {
    try {
      return JSON.parse(`${json.slice(0, end + 1)}]`) as unknown[];
    } catch {
      // a boundary inside something odd: try the one before
    }
  }
  return [];
}

/** Prism's `application/problem+json` body: its `type` (e.g. `...#NO_PATH_MATCHED_ERROR`) and what it says, in one line. */
function parseProblem(body: Buffer): { type: string; detail: string } {
  try {
    const problem = JSON.parse(body.toString("utf8")) as { type?: unknown; title?: unknown; detail?: unknown };
    const text = [problem.detail, problem.title].find((t) => typeof t === "string" && t.trim() !== "");
    return {
      type: typeof problem.type === "string" ? problem.type : "",
      detail: typeof text === "string" ? text.trim().replace(/\s+/g, " ") : body.toString("utf8"),
    };
  } catch {
    return { type: "", detail: body.toString("utf8") };
  }
}

/**
 * Decides what to send for an error answer of Prism. Returns `undefined` when Prism's answer
 * already is a documented envelope that describes the request honestly (e.g. `Prefer: code=409`),
 * so the proxy passes it on unchanged.
 */
export function errorEnvelopeFor(x: PrismExchange): ErrorAnswer | undefined {
  // Prism's own answers (router, example selection): an application/problem+json body.
  if (x.responseType?.startsWith("application/problem+json")) {
    const problem = parseProblem(x.responseBody);
    // Prism's router names what it did not find; without its word, a 404 for a path the spec
    // lacks is an unknown operation too.
    const noPath = problem.type.endsWith("#NO_PATH_MATCHED_ERROR") || (problem.type === "" && x.status === 404 && x.allowedMethods.length === 0);
    const noMethod = problem.type.endsWith("#NO_METHOD_MATCHED_ERROR") || (problem.type === "" && x.status === 405);
    if (noPath) {
      return envelope("UNKNOWN_OPERATION", `No operation at ${x.method} ${x.path}; this API has ${x.operations.join(", ")}.`);
    }
    if (noMethod) {
      const allow = x.allowedMethods.join(", ");
      return {
        ...envelope("METHOD_NOT_ALLOWED", `${x.path} does not take ${x.method}; use ${allow}.`),
        headers: { allow },
      };
    }
    // The operation exists, so Prism refused what `Prefer` asked for (a status the operation
    // does not document, an example it does not have): the request is at fault, not the path.
    const prefer = x.prefer?.trim();
    if (prefer) {
      const statuses = x.documentedStatuses.length > 0 ? `; ${x.method} ${x.path} documents ${x.documentedStatuses.join(", ")}` : "";
      return envelope(
        "VALIDATION_ERROR",
        `The mock cannot answer Prefer: ${prefer} (${problem.detail.replace(/\.$/, "")})${statuses}. Ask for a documented status and an example it names, or send no Prefer header.`,
      );
    }
    return envelope("INTERNAL_SERVER_ERROR", `The mock could not answer: ${problem.detail}`);
  }
  const { violations: prism, truncated } = parseViolations(x.violationsHeader);
  // The security check: the request is unsigned. The real service answers it with 403.
  if (prism.some((v) => String(v.code) === "401")) {
    return envelope(
      "MISSING_AUTHENTICATION_TOKEN",
      "The request has no Authorization header; sign it with AWS Signature Version 4.",
    );
  }
  // Prism misses a missing Content-Type (it then reports the body as "must be object").
  if (!isJsonMediaType(x.contentType) || prism.some((v) => String(v.code) === "415")) {
    const given = x.contentType ? `Content-Type ${x.contentType} is not supported` : "The request has no Content-Type header";
    return envelope("UNSUPPORTED_MEDIA_TYPE", `${given}; send the body as application/json.`);
  }
  if (x.requestBody.length === 0 || prism.some((v) => v.location.length === 1 && v.code === "required")) {
    return envelope("VALIDATION_ERROR", "The request body is empty; send the UpdateFlow request as a JSON object.");
  }
  if (prism.length === 0 && !truncated) {
    // Prism's own `invalid_json` answer has no violations header and no envelope.
    const syntax = jsonSyntaxError(x.requestBody);
    if (syntax !== undefined) return envelope("VALIDATION_ERROR", `The request body is not valid JSON: ${syntax}`);
    return undefined;
  }
  // Prism's report cut short: the count of the rest is unknown.
  const unknownMore = truncated ? "; and more that the mock's engine did not report" : "";
  const all = toViolations(prism);
  if (all.length === 0) {
    const named = prism.length > 0 ? prism.map((v) => v.message).join("; ") : "it breaks more rules of the schema than the mock's engine reports";
    return envelope("VALIDATION_ERROR", `Invalid request: ${named}${unknownMore}`);
  }
  const violations = all.slice(0, envelopeLimits.violations);
  return envelope("VALIDATION_ERROR", summarize(all, violations.length, unknownMore), { violations });
}

function jsonSyntaxError(body: Buffer): string | undefined {
  try {
    JSON.parse(body.toString("utf8"));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
