// Derives from the bundled document what code reads of the contract, and writes it beside the
// bundle: the types of every schema (dist/openapi.d.ts, openapi-typescript), and the facts that
// code switches on as small browser-safe modules (dist/facts/, typed by its index.d.ts): the
// error codes, the statuses the operation documents, which codes each error status carries, and
// the envelope's limits. Run by `bundle`, after redocly has written dist/openapi.json.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { resolveRef } from "../src/document.js";

const doc = JSON.parse(await readFile(new URL("../dist/openapi.json", import.meta.url), "utf8"));
const schemas = doc.components.schemas;
const schema = (name) => {
  const found = schemas[name];
  if (!found) throw new Error(`derive-facts: components.schemas.${name} is missing`);
  return found;
};

const errorCodes = schema("ErrorCode").enum;
if (!Array.isArray(errorCodes) || errorCodes.length === 0) throw new Error("derive-facts: ErrorCode has no enum");

/**
 * The values a schema admits at `path` (member names) as far as `enum`/`const` say, following
 * `$ref` and intersecting over `allOf`; undefined when nothing restricts them.
 */
function admitted(node, path) {
  const s = resolveRef(doc, node);
  if (s === undefined || s === null || typeof s !== "object") return undefined;
  let values;
  const narrow = (more) => {
    if (more === undefined) return;
    values = values === undefined ? more : values.filter((value) => more.includes(value));
  };
  if (path.length === 0) {
    if (Array.isArray(s.enum)) narrow(s.enum);
    if ("const" in s) narrow([s.const]);
  } else if (s.properties?.[path[0]] !== undefined) {
    narrow(admitted(s.properties[path[0]], path.slice(1)));
  }
  for (const part of s.allOf ?? []) narrow(admitted(part, path));
  return values;
}

const operation = doc.paths["/update-flow"]?.post;
if (!operation) throw new Error("derive-facts: the document has no POST /update-flow");
const documentedStatuses = Object.keys(operation.responses).map(Number);
const errorCodesByStatus = {};
const statusOfErrorCode = {};
for (const status of documentedStatuses.filter((s) => s >= 400)) {
  const response = resolveRef(doc, operation.responses[status]);
  const codes = admitted(response.content?.["application/json"]?.schema, ["error", "code"]);
  if (!codes || codes.length === errorCodes.length) {
    throw new Error(`derive-facts: the ${status} response does not narrow error.code to the codes of its status`);
  }
  errorCodesByStatus[status] = codes;
  for (const code of codes) {
    if (statusOfErrorCode[code] !== undefined) {
      throw new Error(`derive-facts: ${code} is documented for both ${statusOfErrorCode[code]} and ${status}`);
    }
    statusOfErrorCode[code] = status;
  }
}
const unpaired = errorCodes.filter((code) => statusOfErrorCode[code] === undefined);
if (unpaired.length > 0) throw new Error(`derive-facts: no error response carries ${unpaired.join(", ")}`);

// The AWS exception of each code (`x-aws-exception` on ErrorCode): the `x-amzn-ErrorType` header.
const exceptionOfErrorCode = schema("ErrorCode")["x-aws-exception"] ?? {};
const unnamed = errorCodes.filter((code) => typeof exceptionOfErrorCode[code] !== "string");
const stray = Object.keys(exceptionOfErrorCode).filter((code) => !errorCodes.includes(code));
if (unnamed.length > 0 || stray.length > 0) {
  throw new Error(`derive-facts: x-aws-exception must name one exception per code (missing: ${unnamed.join(", ") || "none"}; not codes: ${stray.join(", ") || "none"})`);
}

// What each code means (`x-enumDescriptions` on ErrorCode): one sentence per code, each its own;
// the docs' error catalogue prints them beside the statuses above.
const descriptionOfErrorCode = schema("ErrorCode")["x-enumDescriptions"] ?? {};
const undescribed = errorCodes.filter((code) => typeof descriptionOfErrorCode[code] !== "string" || descriptionOfErrorCode[code].trim() === "");
const strayDescriptions = Object.keys(descriptionOfErrorCode).filter((code) => !errorCodes.includes(code));
const shared = errorCodes.filter((code, i) => errorCodes.findIndex((other) => descriptionOfErrorCode[other] === descriptionOfErrorCode[code]) !== i);
if (undescribed.length > 0 || strayDescriptions.length > 0 || shared.length > 0) {
  throw new Error(`derive-facts: x-enumDescriptions must give each code its own sentence (missing: ${undescribed.join(", ") || "none"}; not codes: ${strayDescriptions.join(", ") || "none"}; repeating another's: ${shared.join(", ") || "none"})`);
}

// The flow the mock does not have (`x-missing-flow-name` on the 404 response).
const missingFlowName = resolveRef(doc, operation.responses["404"] ?? {})["x-missing-flow-name"];
if (typeof missingFlowName !== "string") throw new Error("derive-facts: the 404 response has no x-missing-flow-name");

const limit = (name, member, keyword) => {
  const value = resolveRef(doc, schema(name).properties[member])[keyword];
  if (typeof value !== "number") throw new Error(`derive-facts: ${name}.${member} has no ${keyword}`);
  return value;
};
const envelopeLimits = {
  message: limit("Error", "message", "maxLength"),
  violations: limit("Error", "violations", "maxItems"),
  violationPath: limit("Violation", "path", "maxLength"),
  violationRule: limit("Violation", "rule", "maxLength"),
  violationMessage: limit("Violation", "message", "maxLength"),
};

const header = `// GENERATED FILE: do not edit by hand.
// From: the bundled contract, spec/dist/openapi.json.
// By:   pnpm --filter @appflow-contract/spec bundle (scripts/derive-facts.mjs).
`;
const json = (value) => JSON.stringify(value);
// One module per fact, plain literals: a bundler keeps only the facts a chunk uses, and two
// chunks that use different facts share no module. This is the package's ./contract entry.
const facts = { errorCodes, documentedStatuses, errorCodesByStatus, statusOfErrorCode, exceptionOfErrorCode, envelopeLimits, missingFlowName };
const tuple = (values) => `readonly [${values.map(json).join(", ")}]`;
const record = (entries) => `{ ${entries.map(([key, type]) => `readonly ${json(key)}: ${type}`).join("; ")} }`;
const dts = `${header}
/** The stable error codes (\`components.schemas.ErrorCode\`), in the spec's order. */
export declare const errorCodes: ${tuple(errorCodes)};
/** One of the documented error codes. */
export type ErrorCode = (typeof errorCodes)[number];
/** The statuses for which \`POST /update-flow\` documents a response. */
export declare const documentedStatuses: ${tuple(documentedStatuses)};
/** A status for which the operation documents a response. */
export type DocumentedStatus = (typeof documentedStatuses)[number];
/** A documented status of the error envelope. */
export type ErrorStatus = Exclude<DocumentedStatus, 200>;
/** The codes that each documented error status carries (its response narrows \`error.code\`). */
export declare const errorCodesByStatus: ${record(Object.entries(errorCodesByStatus).map(([status, codes]) => [status, tuple(codes)]))};
/** The one status that each error code is answered with. */
export declare const statusOfErrorCode: ${record(Object.entries(statusOfErrorCode).map(([code, status]) => [code, String(status)]))};
/** The AWS exception each code stands for: the \`x-amzn-ErrorType\` header of its answers. */
export declare const exceptionOfErrorCode: ${record(Object.entries(exceptionOfErrorCode).map(([code, name]) => [code, json(name)]))};
/** The \`flowName\` of the one flow the mock does not have (answered 404 \`RESOURCE_NOT_FOUND\`). */
export declare const missingFlowName: ${json(missingFlowName)};
/**
 * The error envelope's limits: \`maxLength\` of \`error.message\` and of each violation's \`path\`,
 * \`rule\` and \`message\`, and \`maxItems\` of \`error.violations\`.
 */
export declare const envelopeLimits: ${record(Object.entries(envelopeLimits).map(([key, value]) => [key, String(value)]))};
`;
// rootTypes: every schema is also exported under its own name (ErrorEnvelope, Violation, ...).
// defaultNonNullable false: a member with a `default` stays optional (the server fills it in).
const types = astToString(
  await openapiTS(new URL("../dist/openapi.json", import.meta.url), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    emptyObjectsUnknown: true,
    defaultNonNullable: false,
    silent: true,
  }),
);
await writeFile(new URL("../dist/openapi.d.ts", import.meta.url), `${header}\n${types}`);
await mkdir(new URL("../dist/facts/", import.meta.url), { recursive: true });
for (const [name, value] of Object.entries(facts)) {
  await writeFile(new URL(`../dist/facts/${name}.js`, import.meta.url), `${header}\nexport const ${name} = ${json(value)};\n`);
}
await writeFile(
  new URL("../dist/facts/index.js", import.meta.url),
  `${header}\n${Object.keys(facts).map((name) => `export { ${name} } from "./${name}.js";`).join("\n")}\n`,
);
await writeFile(new URL("../dist/facts/index.d.ts", import.meta.url), dts);
console.log(`wrote dist/openapi.d.ts and dist/facts/: ${errorCodes.length} error codes, ${documentedStatuses.length} statuses`);
