import { responseValidators } from "./generated/validators/responses.js";
import type { ResponseStatus } from "./validation.js";
import { checkWith, type CompiledValidator } from "./violations.js";

/** Checks a response body against the schema the contract documents for `status`. */
export function checkResponse(status: ResponseStatus, body: unknown) {
  return checkWith((responseValidators as Record<ResponseStatus, CompiledValidator>)[status], body);
}
