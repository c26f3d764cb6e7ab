import { createContractAjv, schemaRef } from "../src/ajv.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { OpenApiDocument } from "./spec.js";

/** The bundled spec's `UpdateFlowRequest` validator, from the project's one ajv factory. */
export function requestValidator(doc: OpenApiDocument): ValidateFunction {
  const validate = createContractAjv(doc).getSchema(schemaRef("UpdateFlowRequest"));
  if (!validate) throw new Error("UpdateFlowRequest is not in the bundled spec");
  return validate;
}
