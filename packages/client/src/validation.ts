import type { DocumentedStatus } from "@appflow-contract/spec/contract";
import type { Violation } from "./generated/openapi.js";

// The validators are compiled at build time (scripts/build-validators.mjs) and imported
// dynamically with the code that turns their errors into violations, so a bundler puts all of
// it in chunks that load on first use only; the main chunk keeps just these loaders.
let requestCheck: Promise<typeof import("./request-check.js")> | undefined;
let responseCheck: Promise<typeof import("./response-check.js")> | undefined;

function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  // A chunk that failed to load (offline, say) is tried again on the next call.
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

/**
 * Checks a request against the contract's `UpdateFlowRequest` schema with the validator compiled
 * at build time, loaded on first use. Exported as `validateUpdateFlowRequest`.
 *
 * @returns every rule the request breaks; empty when it is valid.
 */
export async function validateRequest(request: unknown): Promise<Violation[]> {
  return (await loadRequestCheck()).checkRequest(request);
}

/** The request-side lazy chunk: the compiled validator and the code that reports its findings. */
export function loadRequestCheck(): Promise<typeof import("./request-check.js")> {
  requestCheck ??= retryable(
    () => import("./request-check.js"),
    () => {
      requestCheck = undefined;
    },
  );
  return requestCheck;
}

/**
 * Checks a response body against the schema that the contract documents for `status`.
 *
 * @returns every rule the body breaks; empty when it matches.
 */
export async function validateResponse(status: DocumentedStatus, body: unknown): Promise<Violation[]> {
  responseCheck ??= retryable(
    () => import("./response-check.js"),
    () => {
      responseCheck = undefined;
    },
  );
  return (await responseCheck).checkResponse(status, body);
}
