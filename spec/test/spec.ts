import { loadBundledSpec as loadDocument, requestExamples as examplesOf, type BundledDocument, type NamedExample } from "../src/index.js";
import type { BundledSpec, Schema } from "./fidelity.js";

/** The bundled document (`pnpm bundle` writes it; turbo runs `bundle` before `test`). */
export interface OpenApiDocument extends BundledSpec {
  paths: Record<string, Record<string, Schema>>;
  components: BundledSpec["components"] & { examples?: Record<string, NamedExample> };
}

export type { NamedExample };

/** The bundled document, typed for the fidelity walk. */
export function loadBundledSpec(): OpenApiDocument {
  return loadDocument() as unknown as OpenApiDocument;
}

/** The named request examples of `POST /update-flow`, with `$ref`s to components resolved. */
export function requestExamples(doc: OpenApiDocument): Record<string, NamedExample> {
  return examplesOf(doc as unknown as BundledDocument);
}
