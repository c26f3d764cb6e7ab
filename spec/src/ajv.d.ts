import type { Ajv2020 } from "ajv/dist/2020.js";

/** Options of {@link createContractAjv}. */
export interface ContractAjvOptions {
  /** Keep the generated code, for ajv's standalone (ahead-of-time) output as ES modules. */
  standalone?: boolean;
}

/**
 * An ajv (JSON Schema draft 2020-12, as OpenAPI 3.1) that knows every component schema of
 * `doc`, with the one set of options this project validates with: every error reported, strict
 * mode (unknown keywords other than OpenAPI's and the spec's `x-` extensions fail), ajv-formats,
 * and OpenAPI's numeric formats as annotations.
 */
export declare function createContractAjv(doc: unknown, options?: ContractAjvOptions): Ajv2020;

/** The id under which {@link createContractAjv} knows `components.schemas[name]`. */
export declare function schemaRef(name: string): string;

/**
 * `schema` with its `#/components/schemas/...` references rewritten to {@link schemaRef}, so
 * that a schema from anywhere in the document (a response's, a request body's) compiles.
 */
export declare function toAjvSchema<T>(schema: T): T;
