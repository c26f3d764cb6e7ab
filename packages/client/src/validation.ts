import type { DocumentedStatus } from "@appflow-contract/spec/contract";
import type { Violation } from "./generated/openapi.js";

// The validators are compiled at build time (scripts/build-validators.mjs) and imported
// dynamically with the code that turns their errors into violations, so a bundler puts all of
// it in chunks that load on first use only; the main chunk keeps just these loaders.

/** Loads a module once, on first use; one that failed to load (offline, say) is tried again next time. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

/** The request-side lazy chunk: the compiled validator and the code that reports its findings. */
export const loadRequestCheck = /* @__PURE__ */ lazy(() => import("./request-check.js"));
const loadResponseCheck = /* @__PURE__ */ lazy(() => import("./response-check.js"));
/** What words the violations of a response of the wrong shape, loaded only for one. */
export const loadEnvelopeViolations = /* @__PURE__ */ lazy(() => import("./envelope-violations.js"));

/**
 * Checks a request against the contract's `UpdateFlowRequest` schema with the validator compiled
 * at build time, loaded on first use. Exported as `validateUpdateFlowRequest`.
 *
 * @returns every rule the request breaks; empty when it is valid.
 */
export async function validateRequest(request: unknown): Promise<Violation[]> {
  return (await loadRequestCheck()).checkRequest(request);
}

/**
 * Checks a response body against the schema that the contract documents for `status`.
 *
 * @returns every rule the body breaks; empty when it matches.
 */
export async function validateResponse(status: DocumentedStatus, body: unknown): Promise<Violation[]> {
  return (await loadResponseCheck()).checkResponse(status, body);
}
