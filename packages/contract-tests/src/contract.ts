import { readFileSync } from "node:fs";
import { bundledSpecPath, loadBundledSpec, requestExamples, type BundledDocument } from "@appflow-contract/spec";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Absolute path of the bundled OpenAPI document (the spec package's). */
export { bundledSpecPath };

/** A JSON Schema node of the bundled document (OpenAPI 3.1 = draft 2020-12). */
export type Schema = { [keyword: string]: unknown };

/** A named example of the spec. */
export interface NamedExample {
  name: string;
  value: unknown;
}

/** What the spec documents for one response status. */
export interface DocumentedResponse {
  status: string;
  /** Validators by media type. */
  validators: Map<string, ValidateFunction>;
  /** The error codes its named examples use (empty for success responses). */
  codes: Set<string>;
  examples: NamedExample[];
}

/** The operation under test, read from the bundled spec, with ajv validators for it. */
export interface Contract {
  method: string;
  path: string;
  requestMediaType: string;
  /** The request body schema, `$ref`s not followed (see {@link Contract.resolve}). */
  requestSchema: Schema;
  requestExamples: NamedExample[];
  validateRequest: ValidateFunction;
  responses: Map<string, DocumentedResponse>;
  /** Follows `$ref` (local to the bundled document), keeping the referring node's siblings. */
  resolve(schema: Schema): Schema;
}

const SCHEMAS_ID = "urn:appflow-contract:schemas";
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

/** Rewrites `#/components/schemas/X` to the id under which ajv knows the component schemas. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")
        ? [key, `${SCHEMAS_ID}#/$defs/${value.slice("#/components/schemas/".length)}`]
        : [key, rewriteRefs(value)],
    ),
  );
}

/**
 * Loads one operation of the bundled spec (POST /update-flow by default) and compiles ajv
 * (draft 2020-12, formats) validators for its request and for every documented response.
 */
export function loadContract(specPath = bundledSpecPath, path = "/update-flow", method = "post"): Contract {
  const doc = (specPath === bundledSpecPath ? loadBundledSpec() : JSON.parse(readFileSync(specPath, "utf8"))) as Schema;
  const pointer = (ref: string): unknown =>
    ref
      .slice(2)
      .split("/")
      .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (at as Schema | undefined)?.[key], doc);
  const deref = <T>(node: T): T => {
    let at: unknown = node;
    for (let hops = 0; at && typeof at === "object" && typeof (at as Schema).$ref === "string"; hops++) {
      if (hops > 32) throw new Error(`$ref loop at ${(at as Schema).$ref}`);
      const { $ref, ...siblings } = at as Schema;
      const target = pointer($ref as string);
      if (target === undefined) throw new Error(`unresolved $ref ${$ref}`);
      at = { ...(target as Schema), ...siblings };
    }
    return at as T;
  };

  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  addFormats.default(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword(keyword);
  const components = (doc.components as Schema | undefined) ?? {};
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(components.schemas ?? {}) });
  const compile = (schema: unknown) => ajv.compile(rewriteRefs(schema) as Schema);

  const operation = deref((doc.paths as Schema)[path] as Schema)[method] as Schema;
  if (!operation) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
  const body = deref(operation.requestBody as Schema);
  const [requestMediaType, media] = Object.entries(body.content as Record<string, Schema>)[0]!;
  const examplesOf = (m: Schema | undefined): NamedExample[] =>
    Object.entries((m?.examples as Record<string, Schema> | undefined) ?? {}).map(([name, example]) => ({
      name,
      value: deref(example).value,
    }));

  const responses = new Map<string, DocumentedResponse>();
  for (const [status, raw] of Object.entries(operation.responses as Record<string, Schema>)) {
    const response = deref(raw);
    const validators = new Map<string, ValidateFunction>();
    const examples: NamedExample[] = [];
    for (const [type, m] of Object.entries((response.content as Record<string, Schema> | undefined) ?? {})) {
      validators.set(type, compile(m.schema ?? {}));
      examples.push(...examplesOf(m));
    }
    const codes = new Set(
      examples.map((e) => (e.value as { error?: { code?: string } }).error?.code).filter((c): c is string => !!c),
    );
    responses.set(status, { status, validators, codes, examples });
  }

  return {
    method: method.toUpperCase(),
    path,
    requestMediaType,
    requestSchema: media.schema as Schema,
    requestExamples:
      // POST /update-flow: the spec package's reader, the one the mock uses, so both see the same examples.
      path === "/update-flow" && method === "post" && requestMediaType === "application/json"
        ? Object.entries(requestExamples(doc as unknown as BundledDocument)).map(([name, example]) => ({ name, value: example.value }))
        : examplesOf(media),
    validateRequest: compile(media.schema),
    responses,
    resolve: deref,
  };
}

/** ajv's errors as short strings, for messages. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message ?? e.keyword}`).join("; ");
}
