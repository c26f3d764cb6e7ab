// Compiles the contract's JSON Schemas ahead of time into standalone ajv validators, so the
// client ships validation code but no schema compiler. Writes two modules, each loaded lazily
// by the client in a chunk of its own:
//   src/generated/validators/request.ts   validateUpdateFlowRequest
//   src/generated/validators/responses.ts responseValidators, the validator of each documented status
// They are build products (gitignored, listed in the `build` task's outputs), never edited.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadBundledSpec, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, schemaRef, toAjvSchema } from "@appflow-contract/spec/ajv";
import { documentedStatuses } from "@appflow-contract/spec/contract";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

const outDir = new URL("../src/generated/validators/", import.meta.url);
const doc = loadBundledSpec();
const responses = doc.paths["/update-flow"].post.responses;

/** The schema of the response the contract documents for `status` (a `$ref` or inline). */
function responseSchema(status) {
  const schema = resolveRef(doc, responses[status])?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`build-validators: the ${status} response of POST /update-flow has no JSON schema`);
  return schema;
}

// Error responses are an inline `allOf` that narrows `error.code` to the codes of the status, so
// each status's schema is added under an id of its own first. One document holds them all: ajv
// compiles a referenced component once per document, so the statuses share ErrorEnvelope's code.
const RESPONSES_ID = "urn:appflow-contract:responses";
const responsesDocument = {
  $id: RESPONSES_ID,
  $defs: Object.fromEntries(documentedStatuses.map((status) => [status, responseSchema(status)])),
};
const modules = {
  request: {
    exports: { validateUpdateFlowRequest: schemaRef("UpdateFlowRequest") },
    epilogue: "",
  },
  // The status map is written next to the validators.
  responses: {
    schemas: [responsesDocument],
    exports: Object.fromEntries(documentedStatuses.map((status) => [`validateResponse${status}`, `${RESPONSES_ID}#/$defs/${status}`])),
    epilogue: `export const responseValidators = {${documentedStatuses.map((status) => `"${status}": validateResponse${status}`).join(", ")}};\n`,
  },
};

await mkdir(outDir, { recursive: true });
for (const [name, { schemas = [], exports, epilogue }] of Object.entries(modules)) {
  // The project's one ajv factory, so these validators and the provider suite's agree.
  const ajv = createContractAjv(doc, { standalone: true });
  for (const schema of schemas) ajv.addSchema(toAjvSchema(schema));
  const source = `${standaloneCode(ajv, exports)}\n${epilogue}`;
  // ajv's ESM output still `require`s its runtime helpers (string length in code points,
  // formats); esbuild inlines them so the module is plain ESM with no dependency.
  const bundled = await build({
    stdin: { contents: source, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: `${name}.js` },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    legalComments: "none",
  });
  const header = `/**
 * GENERATED FILE: do not edit by hand.
 * From: the bundled contract @appflow-contract/spec/openapi.json (spec/dist/openapi.json).
 * By:   pnpm --filter @appflow-contract/client build (scripts/build-validators.mjs: ajv
 *       standalone code from the spec's createContractAjv, draft 2020-12, inlined into one ES
 *       module by esbuild).
 * Exports: ${Object.keys(exports).join(", ")}${epilogue ? ", responseValidators (by status)" : ""}.
 */
// @ts-nocheck -- ajv's output is JavaScript; src/violations.ts gives it its type.
`;
  await writeFile(new URL(`${name}.ts`, outDir), header + bundled.outputFiles[0].text);
  console.log(`wrote src/generated/validators/${name}.ts (${bundled.outputFiles[0].text.length} B)`);
}
