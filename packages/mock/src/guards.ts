/**
 * What the mock checks before a body reaches Prism: its media type, its encoding, that it is
 * JSON, how deep it nests and that it is an object. Pure functions; the server reads the body
 * (with the size limit) and the HTTP head (size and time limits). Internal to the package.
 */
import { isUtf8 } from "node:buffer";
import { envelope, type ErrorAnswer } from "./envelope.js";

/** The largest body the mock reads, in bytes: 10 MB, what the spec's 413 `PAYLOAD_TOO_LARGE` names. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The deepest nesting of objects and arrays the mock takes: the spec's 400 says 64 levels. */
export const DEFAULT_MAX_DEPTH = 64;

/** The largest request line and headers the mock reads, in bytes: 16 KB in all, what the spec's 431 names. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Why `contentType` is not what the operation takes, or `undefined` when it is: `application/json`
 * (any case), with parameters or none (`application/json;` too), and no charset other than
 * `utf-8`. `application/*+json` types (`application/json-patch+json`, ...) are other media types.
 */
export function mediaTypeProblem(contentType: string | undefined): string | undefined {
  if (contentType === undefined || contentType.trim() === "") {
    return "The request has no Content-Type header; send the body as application/json.";
  }
  const [type = "", ...parameters] = contentType.split(";");
  if (type.trim().toLowerCase() !== "application/json") {
    return `Content-Type ${contentType} is not supported; send the body as application/json.`;
  }
  for (const parameter of parameters) {
    const equals = parameter.indexOf("=");
    if (equals < 0) continue;
    const name = parameter.slice(0, equals).trim().toLowerCase();
    const value = parameter
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .toLowerCase();
    if (name === "charset" && value !== "utf-8") {
      return `Content-Type ${contentType} is not supported: the body must be UTF-8 (charset=utf-8, or no charset); send it as application/json.`;
    }
  }
  return undefined;
}

/**
 * Whether `value` nests objects and arrays more than `limit` levels deep (the body itself is
 * level 1). Walks with a stack of its own, never recursion: 20,000 levels cannot overflow it,
 * and it stops at the first member past the limit.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** What a JSON value is, in words: `null`, `an array`, `a number`, `a string`, `a boolean`, `an object`. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** The outcome of {@link decodeBody}: the request body as an object, or the answer that refuses it. */
export type Decoded = { ok: true; body: Record<string, unknown> } | { ok: false; answer: ErrorAnswer };

/**
 * Decodes a request body as the operation takes it, or says what is wrong with it, in this order:
 * its media type (415), then empty, not UTF-8, not JSON, nested more than `maxDepth` levels, and
 * JSON but not an object (400 `VALIDATION_ERROR`, each named for what it is).
 */
export function decodeBody(contentType: string | undefined, raw: Buffer, maxDepth: number): Decoded {
  const refuse = (answer: ErrorAnswer): Decoded => ({ ok: false, answer });
  const media = mediaTypeProblem(contentType);
  if (media !== undefined) return refuse(envelope("UNSUPPORTED_MEDIA_TYPE", media));
  if (raw.length === 0) {
    return refuse(envelope("VALIDATION_ERROR", "The request body is empty; send the UpdateFlow request as a JSON object."));
  }
  if (!isUtf8(raw)) {
    return refuse(envelope("VALIDATION_ERROR", `The request body is not valid UTF-8 (first bad byte at offset ${firstBadByte(raw)}); send it as UTF-8 JSON.`));
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString("utf8"));
  } catch (error) {
    return refuse(envelope("VALIDATION_ERROR", `The request body is not valid JSON: ${(error as Error).message}`));
  }
  if (nestsDeeperThan(value, maxDepth)) {
    return refuse(
      envelope(
        "VALIDATION_ERROR",
        `The request body nests objects and arrays more than ${maxDepth} levels deep (the limit is ${maxDepth}); send the UpdateFlow request as the spec describes it.`,
      ),
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return refuse(envelope("VALIDATION_ERROR", `The request body is ${kindOf(value)}, not an object; send the UpdateFlow request as a JSON object.`));
  }
  return { ok: true, body: value as Record<string, unknown> };
}

/** The offset of the first byte of `raw` that does not start a well-formed UTF-8 sequence (only called once `raw` is known to be invalid). */
function firstBadByte(raw: Buffer): number {
  for (let offset = 0; offset < raw.length; ) {
    const lead = raw[offset]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    // isUtf8 of the one sequence rules out truncation, overlong forms and surrogates.
    if (length === 0 || (length > 1 && !isUtf8(raw.subarray(offset, offset + length)))) return offset;
    offset += length;
  }
  return raw.length;
}
