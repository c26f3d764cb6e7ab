/**
 * Turns what Prism says about a bad request into the contract's error envelope. Pure functions:
 * the proxy in `server.ts` feeds them Prism's status, headers and body.
 */

/** One entry of the envelope's optional `error.violations`. */
export interface Violation {
  /** JSON Pointer to the offending member of the request body ("" for the body itself). */
  path: string;
  /** The JSON Schema keyword that was broken. */
  rule: string;
  /** The rule in words. */
  message: string;
}

/** The error envelope, as the spec's `ErrorEnvelope` describes it. */
export interface ErrorEnvelope {
  success: false;
  error: { code: string; message: string; violations?: Violation[] };
}

/** An answer the proxy sends instead of Prism's. */
export interface Answer {
  status: number;
  body: ErrorEnvelope;
  headers?: Record<string, string>;
}

/** A violation as Prism reports it in the `sl-violations` response header. */
export interface PrismViolation {
  location: (string | number)[];
  severity?: string;
  code: string | number;
  message: string;
}

/** What the proxy knows about the request and Prism's answer to it. */
export interface Exchange {
  method: string;
  path: string;
  /** The request's Content-Type header, if any. */
  contentType: string | undefined;
  /** The raw request body. */
  requestBody: Buffer;
  /** Methods the spec declares for the request's path (empty when the path is unknown). */
  allowedMethods: string[];
  /** Every operation the spec declares, e.g. `POST /update-flow`, to name in a 404. */
  operations: string[];
  status: number;
  /** Prism's Content-Type. */
  responseType: string | undefined;
  /** Prism's `sl-violations` header. */
  violationsHeader: string | undefined;
  responseBody: Buffer;
}

const MESSAGE_MAX = 2048;

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Converts Prism's body violations to the envelope's form: a JSON Pointer to the member
 * (for `required`, the pointer of the missing member), the keyword, and the rule in words
 * without Prism's "Request body property x.y" prefix.
 */
export function toViolations(prism: PrismViolation[]): Violation[] {
  return prism
    .filter((v) => v.location[0] === "request" && v.location[1] === "body")
    .map((v) => {
      const tokens = v.location.slice(2);
      const rule = String(v.code);
      let message = v.message.replace(/^Request body (property \S+ )?/, "");
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
      return { path: tokens.map((t) => `/${pointerToken(t)}`).join(""), rule, message };
    });
}

/** One sentence that names every broken rule (the first few, then how many more). */
export function summarize(violations: Violation[]): string {
  const shown = violations.slice(0, 3).map((v) => `${v.path || "(body)"} ${v.message} (${v.rule})`);
  const more = violations.length > 3 ? `; and ${violations.length - 3} more` : "";
  return clip(`Invalid request: ${shown.join("; ")}${more}`);
}

function clip(message: string): string {
  return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message;
}

function envelope(status: number, code: string, message: string, extra: Partial<ErrorEnvelope["error"]> = {}): Answer {
  return { status, body: { success: false, error: { code, message: clip(message), ...extra } } };
}

function isJsonMediaType(contentType: string | undefined): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}

function parseViolations(header: string | undefined): PrismViolation[] {
  if (!header) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? (parsed as PrismViolation[]) : [];
  } catch {
    return [];
  }
}

/**
 * Decides what to send for an error answer of Prism. Returns `undefined` when Prism's answer
 * already is a documented envelope that describes the request honestly (e.g. `Prefer: code=409`),
 * so the proxy passes it on unchanged.
 */
export function translate(x: Exchange): Answer | undefined {
  // Prism's router: its own application/problem+json body.
  if (x.responseType?.startsWith("application/problem+json")) {
    if (x.status === 404) {
      return envelope(404, "UNKNOWN_OPERATION", `No operation at ${x.method} ${x.path}; this API has ${x.operations.join(", ")}.`);
    }
    if (x.status === 405) {
      const allow = x.allowedMethods.join(", ");
      return {
        ...envelope(405, "METHOD_NOT_ALLOWED", `${x.path} does not take ${x.method}; use ${allow}.`),
        headers: { allow },
      };
    }
    return envelope(500, "INTERNAL_SERVER_ERROR", `The mock could not answer: ${x.responseBody.toString("utf8")}`);
  }
  const prism = parseViolations(x.violationsHeader);
  // The security check: the request is unsigned. The real service answers it with 403.
  if (prism.some((v) => String(v.code) === "401")) {
    return envelope(
      403,
      "MISSING_AUTHENTICATION_TOKEN",
      "The request has no Authorization header; sign it with AWS Signature Version 4.",
    );
  }
  // Prism misses a missing Content-Type (it then reports the body as "must be object").
  if (!isJsonMediaType(x.contentType) || prism.some((v) => String(v.code) === "415")) {
    const given = x.contentType ? `Content-Type ${x.contentType} is not supported` : "The request has no Content-Type header";
    return envelope(415, "UNSUPPORTED_MEDIA_TYPE", `${given}; send the body as application/json.`);
  }
  if (x.requestBody.length === 0 || prism.some((v) => v.location.length === 1 && v.code === "required")) {
    return envelope(400, "VALIDATION_ERROR", "The request body is empty; send the UpdateFlow request as a JSON object.");
  }
  if (prism.length === 0) {
    // Prism's own `invalid_json` answer has no violations header and no envelope.
    const syntax = jsonSyntaxError(x.requestBody);
    if (syntax !== undefined) return envelope(400, "VALIDATION_ERROR", `The request body is not valid JSON: ${syntax}`);
    return undefined;
  }
  const violations = toViolations(prism);
  if (violations.length === 0) {
    return envelope(400, "VALIDATION_ERROR", `Invalid request: ${prism.map((v) => v.message).join("; ")}`);
  }
  return envelope(400, "VALIDATION_ERROR", summarize(violations), { violations });
}

function jsonSyntaxError(body: Buffer): string | undefined {
  try {
    JSON.parse(body.toString("utf8"));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
