import { errorCodes } from "@appflow-contract/spec/contract";
import type { Violation } from "./generated/openapi.js";

// Loaded by contract.ts for a response of the wrong shape only, never up front.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * What keeps a body from being the envelope of its status: the members the result's TypeScript
 * type promises (`success`, `data.id`, `data.created_at`, `error.code` among the documented
 * codes, `error.message`). contract.ts checks the same members on every response and loads
 * this to word them only when one is wrong.
 */
export function envelopeViolations(status: number, body: unknown): Violation[] {
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
