// Writes src/generated/openapi.ts from the bundled spec with openapi-typescript, or, with
// --check, fails when the committed file differs from what it would write.
//
// This calls openapi-typescript's API rather than its CLI because the CLI's own header cannot
// say where the file comes from; `--check` below is the CLI's check (exact comparison) kept.
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { bundledSpecPath } from "@appflow-contract/spec";

const outFile = new URL("../src/generated/openapi.ts", import.meta.url);
// rootTypes: every components.schemas entry becomes a named export under its model name, so a
// schema added to the spec is exported by the package without a code change.
// emptyObjectsUnknown: an object schema that lists no members accepts any (JSON Schema's
// reading), so its type is Record<string, unknown>, not openapi-typescript's default
// Record<string, never>.
// defaultNonNullable: false: a member with a `default` (e.g. the optional booleans that default
// to false) stays optional in requests; the server fills the default in, the caller need not.
const options = {
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  enumValues: true,
  emptyObjectsUnknown: true,
  defaultNonNullable: false,
  silent: true,
};

const header = `/**
 * GENERATED FILE: do not edit by hand.
 * From: the bundled contract @appflow-contract/spec/openapi.json (spec/dist/openapi.json).
 * By:   pnpm --filter @appflow-contract/client generate
 *       (scripts/generate-types.mjs: openapi-typescript with rootTypes, rootTypesNoSchemaPrefix,
 *       enumValues, emptyObjectsUnknown, defaultNonNullable false).
 * Check: pnpm --filter @appflow-contract/client check (fails when this file is stale).
 */

`;

// enumValues also writes an array for each enum inlined in a response (each error status narrows
// `error.code`), under names like componentsResponsesBadRequestContentApplicationJsonErrorCodeValues.
// Only the component schemas' enums are kept: the codes of each status have their one home in
// @appflow-contract/spec/contract (`errorCodesByStatus`).
const isResponseEnumValues = (node) =>
  ts.isVariableStatement(node) &&
  node.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text.startsWith("componentsResponses"));

const ast = await openapiTS(pathToFileURL(bundledSpecPath), options);
const generated = header + astToString(ast.filter((node) => !isResponseEnumValues(node)));

if (process.argv.includes("--check")) {
  const committed = await readFile(outFile, "utf8").catch(() => "");
  if (committed !== generated) {
    console.error("src/generated/openapi.ts is stale: run `pnpm --filter @appflow-contract/client generate` and commit it.");
    process.exit(1);
  }
  console.log("src/generated/openapi.ts is up to date with the bundled spec.");
} else {
  await writeFile(outFile, generated);
  console.log(`wrote ${outFile.pathname}`);
}
