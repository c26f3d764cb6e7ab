import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Path of the bundled OpenAPI document. */
export const specPath: string = require.resolve("@appflow-contract/spec/openapi.json");

interface Example {
  value?: unknown;
  $ref?: string;
}

/** The named request examples of `POST /update-flow`, resolved from the bundled spec. */
export function requestExamples(): Map<string, Record<string, unknown>> {
  const spec = JSON.parse(readFileSync(specPath, "utf8"));
  const examples: Record<string, Example> =
    spec.paths["/update-flow"].post.requestBody.content["application/json"].examples;
  const resolved = new Map<string, Record<string, unknown>>();
  for (const [name, example] of Object.entries(examples)) {
    const target: Example = example.$ref
      ? spec.components.examples[example.$ref.split("/").pop()!]
      : example;
    resolved.set(name, target.value as Record<string, unknown>);
  }
  return resolved;
}
