export { escapePointerToken, pointerTokens, resolveRef, toPointer } from "./document.js";

/** A named example of the bundled spec. */
export interface NamedExample {
  summary?: string;
  description?: string;
  value: Record<string, unknown>;
}

/** The parts of the bundled OpenAPI document that this package reads; the rest passes through. */
export interface BundledDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>>; examples?: Record<string, NamedExample>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Absolute path of the bundled document, `spec/dist/openapi.json` (written by `pnpm bundle`). */
export declare const bundledSpecPath: string;

/** Reads and parses the bundled document. */
export declare function loadBundledSpec(): BundledDocument;

/**
 * The named request examples of `POST /update-flow` by the names the operation gives them
 * (`onDemandSalesforceToS3`, ...), in the spec's order, `$ref`s resolved; from `doc`, or from
 * the bundled document when omitted.
 */
export declare function requestExamples(doc?: BundledDocument): Record<string, NamedExample>;
