/**
 * The contract's error envelope, as the mock writes it. Pure functions: the server feeds them
 * Prism's findings and the guards' verdicts. The codes, the status of each, the AWS exception of
 * each and the envelope's limits are the spec's (`@appflow-contract/spec/contract`).
 */
import { envelopeLimits, type ErrorCode, errorCodesByStatus, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { clip, pointerTokens, toPointer } from "@appflow-contract/spec/strings";
import type { ErrorEnvelope, Violation } from "@appflow-contract/spec/types";
import { type Diagnostic, ERROR_SEVERITY } from "./engine.js";

/** An error answer of the mock. */
export interface ErrorAnswer {
  /** HTTP status: the one the spec documents for the envelope's code. */
  status: number;
  /** The JSON body. */
  body: ErrorEnvelope;
  /** Extra response headers, e.g. `allow` for a 405. */
  headers?: Record<string, string>;
}

/** The envelope of `code`, answered with the status the spec gives that code; `message` clipped to the spec's limit. */
export function envelope(code: ErrorCode, message: string, extra: Partial<ErrorEnvelope["error"]> = {}): ErrorAnswer {
  return {
    status: statusOfErrorCode[code],
    body: { success: false, error: { code, message: clip(message, envelopeLimits.message), ...extra } },
  };
}

/** The codes the spec documents for `status` (empty when it documents no error answer with it). */
export function codesOfStatus(status: number): readonly ErrorCode[] {
  return (errorCodesByStatus as Record<string, readonly ErrorCode[] | undefined>)[String(status)] ?? [];
}

const isBodyViolation = (d: Diagnostic): boolean => d.severity === ERROR_SEVERITY && d.path?.[0] === "body";

/**
 * Converts Prism's body violations to the envelope's form: a JSON Pointer to the member (for
 * `required`, the pointer of the missing member; for `additionalProperties`, of the member that
 * is not allowed), the keyword, and the rule in words without Prism's "Request body property x.y"
 * prefix. Every field is clipped to the spec's `maxLength` (a clipped pointer ends with `…`).
 * Prism's path tokens are JSON Pointer tokens already (ajv's `instancePath` split at `/`).
 */
export function toViolations(diagnostics: readonly Diagnostic[]): Violation[] {
  return diagnostics.filter(isBodyViolation).map((d) => {
    const tokens = pointerTokens(d.path!.length > 1 ? `/${d.path!.slice(1).join("/")}` : "");
    const rule = String(d.code ?? "");
    let message = String(d.message).replace(/^Request body (property \S+ )?/, "");
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
 * One sentence that names the broken rules (the first few of `listed`, then how many more of
 * `total`), at most 2048 characters; `listed` are the ones the envelope's `violations` carries.
 */
export function summarize(listed: readonly Violation[], total = listed.length): string {
  const shown = listed.slice(0, 3).map((v) => `${v.path || "(body)"} ${v.message} (${v.rule})`);
  const more = total > shown.length ? `; and ${total - shown.length} more` : "";
  const cap = listed.length < total ? ` (error.violations lists the first ${listed.length} of ${total})` : "";
  // Clip the named rules, never the count: a long member name must not hide how many there are.
  const tail = `${more}${cap}`;
  return `${clip(`Invalid request: ${shown.join("; ")}`, envelopeLimits.message - tail.length)}${tail}`;
}

/**
 * The 400 `VALIDATION_ERROR` for what Prism's validator found: the body's violations (the first
 * `envelopeLimits.violations` listed, the message says how many there were; only those are
 * converted, so 800,000 violations cost no more than 100), and the others (headers, query) in words.
 */
export function validationAnswer(diagnostics: readonly Diagnostic[]): ErrorAnswer {
  const errors = diagnostics.filter((d) => d.severity === ERROR_SEVERITY);
  const body = errors.filter(isBodyViolation);
  if (body.length === 0) {
    return envelope("VALIDATION_ERROR", `Invalid request: ${errors.map((d) => d.message).join("; ")}`);
  }
  const violations = toViolations(body.slice(0, envelopeLimits.violations));
  return envelope("VALIDATION_ERROR", summarize(violations, body.length), { violations });
}

const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * The error answer for an error status the engine chose (`Prefer: code=409`, with or without
 * `dynamic=true`), valid against that status's schema whatever Prism put in the body: the code is
 * one of the status's codes (Prism's, when it is; else the status's first), the message Prism's
 * (clipped) or one that says what was asked, and only well-formed violations are kept.
 * `undefined` when the spec documents no error answer with `status`.
 */
export function contractError(status: number, body: unknown, asked: string): ErrorAnswer | undefined {
  const codes = codesOfStatus(status);
  const first = codes[0];
  if (first === undefined) return undefined;
  const error = (body as { error?: { code?: unknown; message?: unknown; violations?: unknown } } | null)?.error ?? {};
  const code = codes.find((c) => c === error.code) ?? first;
  const message = text(error.message) ? error.message : `The mock answers ${status} ${code} as asked (${asked}).`;
  const violations = Array.isArray(error.violations)
    ? error.violations
        .filter((v): v is Violation => v !== null && typeof v === "object" && [v.path, v.rule, v.message].every((s) => typeof s === "string"))
        .slice(0, envelopeLimits.violations)
        .map((v) => ({
          path: clip(v.path, envelopeLimits.violationPath),
          rule: clip(v.rule, envelopeLimits.violationRule),
          message: clip(v.message, envelopeLimits.violationMessage),
        }))
    : [];
  return envelope(code, message, violations.length > 0 ? { violations } : {});
}
