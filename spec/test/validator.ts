import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "./spec.js";

const SPEC_ID = "urn:appflow-contract:openapi";

/**
 * Compiles the bundled spec's `UpdateFlowRequest` schema with ajv (draft 2020-12, which OpenAPI
 * 3.1 uses). Patterns compile with the `u` flag, which two Glue patterns need.
 */
export function requestValidator(doc: OpenApiDocument): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  // The bundle keeps schemas under `components`, so refs read `#/components/schemas/...`.
  ajv.addKeyword("components");
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: doc.components.schemas } });
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/UpdateFlowRequest`);
  if (!validate) throw new Error("UpdateFlowRequest is not in the bundled spec");
  return validate;
}
