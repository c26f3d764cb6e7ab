// Compiles the contract's JSON Schemas ahead of time into standalone ajv validators, so the
// client ships validation code but no schema compiler. Writes two modules, each loaded lazily
// by the client in a chunk of its own:
//   src/generated/validators/request.ts   validateUpdateFlowRequest
//   src/generated/validators/responses.ts responseValidators, the validator of each documented status
// They are build products (gitignored, listed in the `build` task's outputs), never edited.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { build } from "esbuild";
import { specPath } from "./spec-path.mjs";

const outDir = new URL("../src/generated/validators/", import.meta.url);
const SCHEMAS_ID = "urn:appflow-contract:schemas";

const spec = JSON.parse(await readFile(specPath, "utf8"));
// Every component schema goes into one document under $defs, so `#/components/schemas/X`
// becomes `#/$defs/X` and ajv resolves every reference inside the same document.
const defs = JSON.parse(
  JSON.stringify(spec.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/'),
);

function extensionKeywords(schema, found = new Set()) {
  if (Array.isArray(schema)) schema.forEach((item) => extensionKeywords(item, found));
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

function newAjv() {
  const ajv = new Ajv2020({
    allErrors: true, // report every violation, not just the first
    strictSchema: true, // a misspelt keyword in the spec fails the build
    strictTypes: "log",
    strictTuples: "log",
    code: { source: true, esm: true },
  });
  // OpenAPI's own annotation keywords and the spec's `x-` extensions, which JSON Schema does
  // not define; any other unknown keyword is a mistake and fails the build.
  ajv.addVocabulary(["discriminator", "example", "externalDocs", "xml", ...extensionKeywords(defs)]);
  addFormats.default(ajv);
  // OpenAPI's numeric formats, which ajv-formats does not know, are annotations here: the
  // contract states ranges with minimum/maximum and integers with `type: integer`.
  for (const format of ["int32", "int64", "float", "double"]) ajv.addFormat(format, true);
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: defs });
  return ajv;
}

/** The schema name that a documented response of `status` carries. */
function responseSchemaName(status) {
  let response = spec.paths["/update-flow"].post.responses[status];
  if (response.$ref) response = spec.components.responses[response.$ref.split("/").pop()];
  const ref = response.content["application/json"].schema.$ref;
  return ref.split("/").pop();
}

const statuses = Object.keys(spec.paths["/update-flow"].post.responses);
const responseSchemas = [...new Set(statuses.map(responseSchemaName))];
const exportName = (schema) => `validate${schema}`;
const modules = {
  request: { exports: ["UpdateFlowRequest"], epilogue: "" },
  // ajv's standalone code declares a validator twice when two exports share a schema, so each
  // schema is exported once and the status map is written next to them.
  responses: {
    exports: responseSchemas,
    epilogue: `export const responseValidators = {${statuses
      .map((status) => `"${status}": ${exportName(responseSchemaName(status))}`)
      .join(", ")}};\n`,
  },
};

await mkdir(outDir, { recursive: true });
for (const [name, { exports, epilogue }] of Object.entries(modules)) {
  const refs = Object.fromEntries(exports.map((schema) => [exportName(schema), `${SCHEMAS_ID}#/$defs/${schema}`]));
  const source = `${standaloneCode(newAjv(), refs)}\n${epilogue}`;
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
 *       standalone code, draft 2020-12, inlined into one ES module by esbuild).
 * Exports: ${Object.keys(refs).join(", ")}${epilogue ? ", responseValidators (by status)" : ""}.
 */
// @ts-nocheck -- ajv's output is JavaScript; src/validation.ts gives it its type.
`;
  await writeFile(new URL(`${name}.ts`, outDir), header + bundled.outputFiles[0].text);
  console.log(`wrote src/generated/validators/${name}.ts (${bundled.outputFiles[0].text.length} B)`);
}
