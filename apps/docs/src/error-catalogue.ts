import { resolveRef } from "@appflow-contract/spec";
import { type ExampleObject, operations, type OpenApiDocument, type ResponseObject } from "./openapi.js";

/** One row of the catalogue: a documented error code as one response of one status. */
export interface ErrorCatalogueEntry {
  code: string;
  status: number;
  /** The named example's summary: the situation that produces the code. */
  when: string;
  /** The response's description: what went wrong and what the client should do about it. */
  action: string;
}

interface ErrorExampleValue {
  success?: unknown;
  error?: { code?: unknown };
}

/**
 * Reads the error catalogue out of the spec: every 4xx/5xx response of every operation, one row
 * per named example, checked against the `ErrorCode` enum so that a code without an example (or
 * an example with an undeclared code) fails the build instead of going missing from the page.
 */
export function errorCatalogue(doc: OpenApiDocument): ErrorCatalogueEntry[] {
  const declared = (doc.components?.schemas?.ErrorCode as { enum?: string[] } | undefined)?.enum;
  if (!declared || declared.length === 0) throw new Error("components.schemas.ErrorCode has no enum");

  const rows = new Map<string, ErrorCatalogueEntry>();
  for (const { operation } of operations(doc)) {
    for (const [status, ref] of Object.entries(operation.responses ?? {})) {
      const statusCode = Number(status);
      if (!(statusCode >= 400)) continue;
      const response = resolveRef<ResponseObject>(doc, ref);
      const examples = response.content?.["application/json"]?.examples ?? {};
      for (const [name, exampleRef] of Object.entries(examples)) {
        const example = resolveRef<ExampleObject>(doc, exampleRef);
        const code = (example.value as ErrorExampleValue | undefined)?.error?.code;
        if (typeof code !== "string") throw new Error(`Example ${name} of the ${status} response carries no error.code`);
        if (!declared.includes(code)) throw new Error(`Example ${name} uses ${code}, which ErrorCode does not declare`);
        const key = `${code} ${statusCode}`;
        if (rows.has(key)) continue;
        rows.set(key, { code, status: statusCode, when: example.summary ?? name, action: oneLine(response.description) });
      }
    }
  }
  const covered = new Set([...rows.values()].map((row) => row.code));
  const missing = declared.filter((code) => !covered.has(code));
  if (missing.length > 0) throw new Error(`No error response example shows ${missing.join(", ")}: the catalogue would be incomplete`);
  return [...rows.values()].sort((a, b) => a.status - b.status || declared.indexOf(a.code) - declared.indexOf(b.code));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The catalogue as a Markdown section for `info.description`. */
export function errorCatalogueMarkdown(entries: ErrorCatalogueEntry[]): string {
  return [
    "## Error codes",
    "",
    "Every failure below is answered with the error envelope. Branch on `error.code`; the HTTP status",
    "groups codes but two codes can share one status. This table is generated from the spec's",
    "responses, their named examples and the `ErrorCode` enum when the page is built.",
    "",
    "| Code | Status | When it happens | What it means and what to do |",
    "| --- | --- | --- | --- |",
    ...entries.map((e) => `| \`${e.code}\` | ${e.status} | ${cell(e.when)} | ${cell(e.action)} |`),
    "",
  ].join("\n");
}
