/** A named example of the bundled spec. */
export interface NamedExample {
  summary?: string;
  description?: string;
  value: Record<string, unknown>;
}

/** The parts of the bundled OpenAPI document that {@link requestExamples} reads. */
export interface BundledDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { examples?: Record<string, NamedExample>; [key: string]: unknown };
  [key: string]: unknown;
}

/** Absolute path of the bundled document, `spec/dist/openapi.json` (written by `pnpm bundle`). */
export declare const bundledSpecPath: string;

/** Reads and parses the bundled document. */
export declare function loadBundledSpec(): BundledDocument;

/**
 * The named request examples of `POST /update-flow`, in the spec's order, with `$ref`s to
 * `components.examples` resolved; from `doc`, or from the bundled document when omitted.
 */
export declare function requestExamples(doc?: BundledDocument): Record<string, NamedExample>;
