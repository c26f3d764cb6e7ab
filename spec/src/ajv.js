// The one way this project turns the contract's schemas into validators: the provider suite's
// validators, the client's compiled ones and the spec's own tests all come from here, so they
// cannot disagree about a schema.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The `$id` under which the document's component schemas are registered, as `$defs`. */
const SCHEMAS_ID = "urn:appflow-contract:schemas";
const COMPONENT_REF = "#/components/schemas/";
/** OpenAPI's annotation keywords, which JSON Schema does not define. */
const OPENAPI_KEYWORDS = ["discriminator", "example", "externalDocs", "xml"];
/** OpenAPI's numeric formats, unknown to ajv-formats; the spec states ranges with minimum/maximum. */
const NUMERIC_FORMATS = ["int32", "int64", "float", "double"];

export function schemaRef(name) {
  return `${SCHEMAS_ID}#/$defs/${name}`;
}

/** `schema` with its component `$ref`s pointing at `prefix` + the component's name. */
function rewriteRefs(schema, prefix) {
  if (Array.isArray(schema)) return schema.map((item) => rewriteRefs(item, prefix));
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_REF)
        ? [key, `${prefix}${value.slice(COMPONENT_REF.length)}`]
        : [key, rewriteRefs(value, prefix)],
    ),
  );
}

export function toAjvSchema(schema) {
  return rewriteRefs(schema, `${SCHEMAS_ID}#/$defs/`);
}

function extensionKeywords(node, found = new Set()) {
  if (Array.isArray(node)) for (const item of node) extensionKeywords(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) found.add(key);
      extensionKeywords(value, found);
    }
  }
  return found;
}

export function createContractAjv(doc, options = {}) {
  const schemas = doc?.components?.schemas ?? {};
  const ajv = new Ajv2020({
    allErrors: true, // every broken rule, not only the first
    strict: true, // a misspelt keyword or a type-less constraint in the spec is an error
    ...(options.standalone ? { code: { source: true, esm: true } } : {}),
  });
  // Any other unknown keyword is a mistake in the spec and fails here.
  ajv.addVocabulary([...OPENAPI_KEYWORDS, ...extensionKeywords(schemas)]);
  addFormats.default(ajv);
  for (const format of NUMERIC_FORMATS) ajv.addFormat(format, true);
  // Relative inside the document of components: ajv writes every `$ref` into the `schemaPath` of
  // the code it generates, so short ones keep the client's compiled validators small.
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(schemas, "#/$defs/") });
  return ajv;
}
