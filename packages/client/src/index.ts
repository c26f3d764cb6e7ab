/**
 * Typed client of Amazon AppFlow's UpdateFlow operation, generated from the contract in
 * `@appflow-contract/spec`. AWS Signature Version 4 is middleware of its own entry,
 * `@appflow-contract/client/sigv4`.
 *
 * @packageDocumentation
 */
export {
  createUpdateFlowClient,
  type PreflightValidationFailure,
  type UpdateFlowCallOptions,
  type UpdateFlowClient,
  type UpdateFlowClientOptions,
  type UpdateFlowMiddleware,
  type UpdateFlowMiddlewareContext,
  type UpdateFlowResult,
} from "./client.js";
export { ContractViolationError, type ContractViolationReason } from "./contract.js";
export type { RetryOptions } from "./retry.js";
// `Violation` (the spec's own schema, shared by pre-flight failures and the server's answers)
// comes with the generated types below.
export { validateRequest as validateUpdateFlowRequest } from "./validation.js";

// Every schema of the contract under its model name (UpdateFlowRequest, UpdateFlowSuccess,
// ErrorEnvelope, ErrorCode, TriggerConfig, Task, SourceFlowConfig, ...), the `paths`,
// `components` and `operations` maps, and each enum's values as an array (`errorCodeValues`,
// `connectorTypeValues`, ...). Generated: a schema added to the spec appears here by itself.
export * from "./generated/openapi.js";

import type { components } from "./generated/openapi.js";
/** Every schema of the contract by name: `Schemas["TriggerConfig"]` is the `TriggerConfig` type. */
export type Schemas = components["schemas"];
