import { validateUpdateFlowRequest } from "./generated/validators/request.js";
import { type CompiledValidator, checkWith } from "./violations.js";

export { preflightFailure } from "./violations.js";

/** Checks a request against the contract's `UpdateFlowRequest` schema. */
export function checkRequest(request: unknown) {
  return checkWith(validateUpdateFlowRequest as CompiledValidator, request);
}
