import { codeSampleLanguages, codeSamplesFor } from "./code-samples.js";
import { errorCatalogue, errorCatalogueMarkdown } from "./error-catalogue.js";
import { operations, type CodeSample, type OpenApiDocument } from "./openapi.js";

/**
 * Returns a copy of the bundled spec prepared for the reference page: the generated error
 * catalogue is appended to `info.description` and every operation with request examples gets
 * `x-codeSamples`; `languages` is the matching Redoc `codeSamples.languages` option. The input is
 * not modified; the spec's own files never carry these.
 */
export function decorateForDocs(bundled: OpenApiDocument): { doc: OpenApiDocument; languages: Array<{ lang: string; label: string }> } {
  const doc = structuredClone(bundled);
  const catalogue = errorCatalogueMarkdown(errorCatalogue(doc));
  doc.info.description = `${(doc.info.description ?? "").trimEnd()}\n\n${catalogue}`;
  const all: CodeSample[] = [];
  for (const { path, operation } of operations(doc)) {
    const samples = codeSamplesFor(doc, path, operation);
    if (samples.length > 0) operation["x-codeSamples"] = samples;
    all.push(...samples);
  }
  return { doc, languages: codeSampleLanguages(all) };
}
