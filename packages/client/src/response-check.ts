import type { DocumentedStatus } from "@appflow-contract/spec/contract";
import { responseValidators } from "./generated/validators/responses.js";
import { type CompiledValidator, checkWith } from "./violations.js";

/** Checks a response body against the schema the contract documents for `status`. */
export function checkResponse(status: DocumentedStatus, body: unknown) {
  return checkWith((responseValidators as Record<DocumentedStatus, CompiledValidator>)[status], body);
}
