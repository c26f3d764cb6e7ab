import { loadBundledSpec, requestExamples, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, toAjvSchema } from "@appflow-contract/spec/ajv";
import { errorCodesByStatus } from "@appflow-contract/spec/contract";

/** A JSON Schema node of the document (OpenAPI 3.1 = draft 2020-12). */
export type Schema = { [keyword: string]: unknown };

/** The parts of an ajv error that the checks read. */
export interface ValidationError {
  instancePath: string;
  keyword: string;
  message?: string;
}

/**
 * The parts of an ajv validator that the checks use, spelt out here: ajv is the spec package's
 * dependency (`createContractAjv`), not this one's.
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: readonly ValidationError[] | null;
}

/** A named example of the spec. */
export interface NamedExample {
  name: string;
  value: unknown;
}

/** What the spec documents for one response status. */
export interface DocumentedResponse {
  status: string;
  /** Validators by media type. */
  validators: Map<string, Validator>;
  /**
   * The error codes the contract pairs with this status (`errorCodesByStatus` of
   * `@appflow-contract/spec/contract`), whatever the named examples show; empty for a success.
   */
  codes: ReadonlySet<string>;
  examples: NamedExample[];
}

/** The operation under test, read from an OpenAPI document, with validators for it. */
export interface Contract {
  method: string;
  path: string;
  requestMediaType: string;
  /** The request body schema, `$ref`s not followed (see {@link Contract.resolve}). */
  requestSchema: Schema;
  requestExamples: NamedExample[];
  validateRequest: Validator;
  responses: Map<string, DocumentedResponse>;
  /** Follows `$ref`s (local to the document), keeping the referring node's siblings: the spec's `resolveRef`. */
  resolve(schema: Schema): Schema;
}

/** What the spec package derives or reads from the bundled document, used as it is rather than read here again. */
export interface ContractFacts {
  /** The codes of each error status (by status, as a string). */
  codesByStatus?: Readonly<Record<string, readonly string[]>>;
  /** The named request examples, when the spec package reads them (its `requestExamples`). */
  requestExamples?: NamedExample[];
}

/**
 * The contract under test: POST /update-flow of the bundled spec, with the spec package's reader
 * of its request examples (the one the mock uses) and its facts of which codes go with which status.
 */
export function loadContract(): Contract {
  const doc = loadBundledSpec();
  return compileContract(doc, "/update-flow", "post", {
    codesByStatus: errorCodesByStatus,
    requestExamples: Object.entries(requestExamples(doc)).map(([name, example]) => ({ name, value: example.value })),
  });
}

/**
 * Reads one operation of `doc` and compiles validators for its request and for every documented
 * response with the spec package's ajv (`createContractAjv`: draft 2020-12, strict, formats).
 * Without `facts.codesByStatus` no error code is checked beyond what the response schemas say.
 */
export function compileContract(doc: Schema, path: string, method: string, facts: ContractFacts = {}): Contract {
  const resolve = <T>(node: unknown): T => resolveRef<T>(doc, node);
  const ajv = createContractAjv(doc);
  const compile = (schema: unknown): Validator => ajv.compile(toAjvSchema(schema) as Schema);

  const operation = resolve<Schema | undefined>((doc.paths as Schema | undefined)?.[path])?.[method] as Schema | undefined;
  if (!operation) throw new Error(`the spec has no ${method.toUpperCase()} ${path}`);
  const body = resolve<Schema>(operation.requestBody);
  const [requestMediaType, media] = Object.entries(body.content as Record<string, Schema>)[0]!;
  const examplesOf = (m: Schema | undefined): NamedExample[] =>
    Object.entries((m?.examples as Record<string, Schema> | undefined) ?? {}).map(([name, example]) => ({
      name,
      value: resolve<Schema>(example).value,
    }));

  const responses = new Map<string, DocumentedResponse>();
  for (const [status, raw] of Object.entries(operation.responses as Record<string, Schema>)) {
    const response = resolve<Schema>(raw);
    const validators = new Map<string, Validator>();
    const examples: NamedExample[] = [];
    for (const [type, m] of Object.entries((response.content as Record<string, Schema> | undefined) ?? {})) {
      validators.set(type, compile(m.schema ?? {}));
      examples.push(...examplesOf(m));
    }
    const codes = facts.codesByStatus?.[status];
    if (facts.codesByStatus && Number(status) >= 400 && !codes) {
      throw new Error(`the spec's facts name no codes for ${status}: spec/dist/facts.js is older than spec/dist/openapi.json (pnpm --filter @appflow-contract/spec bundle)`);
    }
    responses.set(status, { status, validators, codes: new Set(codes ?? []), examples });
  }

  return {
    method: method.toUpperCase(),
    path,
    requestMediaType,
    requestSchema: media.schema as Schema,
    requestExamples: facts.requestExamples ?? examplesOf(media),
    validateRequest: compile(media.schema),
    responses,
    resolve,
  };
}

/** ajv's errors as short strings, for messages. */
export function describeErrors(errors: readonly ValidationError[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "(body)"} ${e.message ?? e.keyword}`).join("; ");
}
