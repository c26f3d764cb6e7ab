import { readFileSync } from "node:fs";
import type { BundledSpec, Schema } from "./fidelity.js";

/** The bundled document (`pnpm bundle` writes it; turbo runs `bundle` before `test`). */
export interface OpenApiDocument extends BundledSpec {
  paths: Record<string, Record<string, Schema>>;
  components: BundledSpec["components"] & { examples?: Record<string, NamedExample> };
}

export interface NamedExample {
  summary?: string;
  description?: string;
  value: Record<string, unknown>;
}

export function loadBundledSpec(): OpenApiDocument {
  const url = new URL("../dist/openapi.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as OpenApiDocument;
}

/** The named request examples of `POST /update-flow`, with `$ref`s to components resolved. */
export function requestExamples(doc: OpenApiDocument): Record<string, NamedExample> {
  const operation = doc.paths["/update-flow"]?.["post"] as Schema;
  const body = operation["requestBody"] as { content: Record<string, { examples?: Record<string, Schema> }> };
  const examples = body.content["application/json"]?.examples ?? {};
  const out: Record<string, NamedExample> = {};
  for (const [name, example] of Object.entries(examples)) {
    const ref = example["$ref"];
    if (typeof ref === "string") {
      const resolved = doc.components.examples?.[ref.replace("#/components/examples/", "")];
      if (!resolved) throw new Error(`example ${name} refers to ${ref}, which the bundle lacks`);
      out[name] = resolved;
    } else {
      out[name] = example as unknown as NamedExample;
    }
  }
  return out;
}
