// The bundled contract for code that runs in Node: where it is, parsed, and its named request
// examples. Plain JavaScript (typed by index.d.ts), so that the spec package needs no build.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveRef } from "./document.js";

export { escapePointerToken, pointerTokens, resolveRef, toPointer } from "./document.js";

export const bundledSpecPath = fileURLToPath(new URL("../dist/openapi.json", import.meta.url));

export function loadBundledSpec() {
  return JSON.parse(readFileSync(bundledSpecPath, "utf8"));
}

export function requestExamples(doc = loadBundledSpec()) {
  const examples = doc.paths["/update-flow"].post.requestBody.content["application/json"].examples ?? {};
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, resolveRef(doc, example)]));
}
