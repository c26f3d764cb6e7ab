/** The few OpenAPI 3.1 shapes the docs build reads; everything else passes through untouched. */
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  servers?: Array<{ url: string; variables?: Record<string, { default: string }> }>;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface MediaTypeObject {
  schema?: unknown;
  examples?: Record<string, ExampleObject | { $ref: string }>;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  requestBody?: { content?: Record<string, MediaTypeObject> } | { $ref: string };
  responses?: Record<string, ResponseObject | { $ref: string }>;
  "x-codeSamples"?: CodeSample[];
  [key: string]: unknown;
}

/** Redoc's `x-codeSamples` entry. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every operation of the document with its path and method. */
export function operations(doc: OpenApiDocument): Array<{ path: string; method: string; operation: OperationObject }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method] !== undefined).map((method) => ({
      path,
      method,
      operation: item[method] as OperationObject,
    })),
  );
}
