// The bundled contract for code that reads it: where it is, parsed, and its named request
// examples. Plain JavaScript (typed by index.d.ts) so that the spec package needs no build.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const bundledSpecPath = fileURLToPath(new URL("./dist/openapi.json", import.meta.url));

export function loadBundledSpec() {
  return JSON.parse(readFileSync(bundledSpecPath, "utf8"));
}

export function requestExamples(doc = loadBundledSpec()) {
  const examples = doc.paths["/update-flow"].post.requestBody.content["application/json"].examples ?? {};
  const out = {};
  for (const [name, example] of Object.entries(examples)) {
    if (typeof example.$ref === "string") {
      // redocly bundle hoists every example file to components.examples.
      const resolved = doc.components.examples?.[example.$ref.replace("#/components/examples/", "")];
      if (!resolved) throw new Error(`example ${name} refers to ${example.$ref}, which the bundle lacks`);
      out[name] = resolved;
    } else {
      out[name] = example;
    }
  }
  return out;
}
