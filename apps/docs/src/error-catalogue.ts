import { resolveRef } from "@appflow-contract/spec";
import { statusOfErrorCode } from "@appflow-contract/spec/contract";
import { type ExampleObject, operations, type OpenApiDocument, type ResponseObject } from "./openapi.js";

/** One row of the catalogue: a documented error code, its status and what it means. */
export interface ErrorCatalogueEntry {
  code: string;
  /** The one status the code is answered with (the spec's `statusOfErrorCode` fact). */
  status: number;
  /** The code's own sentence: `x-enumDescriptions` of `ErrorCode`. */
  meaning: string;
}

interface ErrorCodeSchema {
  enum?: string[];
  "x-enumDescriptions"?: Record<string, unknown>;
}

interface ErrorExampleValue {
  error?: { code?: unknown };
}

/**
 * Reads the error catalogue out of the spec: one row per value of `ErrorCode`, with the sentence
 * that `x-enumDescriptions` gives it and the status that the error responses pair it with
 * (`statusOfErrorCode`, derived from each response's narrowing of `error.code`). The build fails
 * instead of printing an incomplete table: a code without a sentence or a status, two codes with
 * the same sentence, a code that no error response shows in an example, or an example with an
 * undeclared code.
 */
export function errorCatalogue(
  doc: OpenApiDocument,
  statuses: Readonly<Record<string, number>> = statusOfErrorCode,
): ErrorCatalogueEntry[] {
  const schema = doc.components?.schemas?.ErrorCode as ErrorCodeSchema | undefined;
  const declared = schema?.enum;
  if (!declared || declared.length === 0) throw new Error("components.schemas.ErrorCode has no enum");
  const sentences = schema["x-enumDescriptions"] ?? {};

  const problems: string[] = [];
  const undescribed = declared.filter((code) => typeof sentences[code] !== "string" || String(sentences[code]).trim() === "");
  if (undescribed.length > 0) problems.push(`ErrorCode's x-enumDescriptions has no sentence for ${undescribed.join(", ")}`);
  const stray = Object.keys(sentences).filter((code) => !declared.includes(code));
  if (stray.length > 0) problems.push(`x-enumDescriptions describes ${stray.join(", ")}, which ErrorCode does not declare`);
  const unpaired = declared.filter((code) => statuses[code] === undefined);
  if (unpaired.length > 0) problems.push(`No error response carries ${unpaired.join(", ")}`);
  const shown = shownCodes(doc, declared, problems);
  const unshown = declared.filter((code) => !shown.has(code));
  if (unshown.length > 0) problems.push(`No error response example shows ${unshown.join(", ")}: the catalogue would be incomplete`);

  const entries = declared.map((code) => ({ code, status: Number(statuses[code]), meaning: oneLine(String(sentences[code] ?? "")) }));
  for (const [i, entry] of entries.entries()) {
    const same = entries.filter((other) => other.meaning === entry.meaning);
    if (entry.meaning !== "" && same.length > 1 && same[0] === entries[i]) {
      problems.push(`${same.map((e) => e.code).join(" and ")} share one sentence`);
    }
  }
  if (problems.length > 0) throw new Error(`The error catalogue cannot be built: ${problems.join("; ")}`);
  return entries.sort((a, b) => a.status - b.status || declared.indexOf(a.code) - declared.indexOf(b.code));
}

/** The codes that the named examples of the error responses show; records undeclared ones. */
function shownCodes(doc: OpenApiDocument, declared: string[], problems: string[]): Set<string> {
  const shown = new Set<string>();
  for (const { operation } of operations(doc)) {
    for (const [status, ref] of Object.entries(operation.responses ?? {})) {
      if (!(Number(status) >= 400)) continue;
      const response = resolveRef<ResponseObject>(doc, ref);
      for (const [name, exampleRef] of Object.entries(response.content?.["application/json"]?.examples ?? {})) {
        const code = (resolveRef<ExampleObject>(doc, exampleRef).value as ErrorExampleValue | undefined)?.error?.code;
        if (typeof code !== "string") problems.push(`Example ${name} of the ${status} response carries no error.code`);
        else if (!declared.includes(code)) problems.push(`Example ${name} uses ${code}, which ErrorCode does not declare`);
        else shown.add(code);
      }
    }
  }
  return shown;
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
    "groups codes, and two codes can share one. This table is generated from the spec when the page is",
    "built: each code's sentence is `ErrorCode`'s `x-enumDescriptions`, its status the error response",
    "that lists it.",
    "",
    "| Code | Status | What it means and what to do |",
    "| --- | --- | --- |",
    ...entries.map((e) => `| \`${e.code}\` | ${e.status} | ${cell(e.meaning)} |`),
    "",
  ].join("\n");
}
