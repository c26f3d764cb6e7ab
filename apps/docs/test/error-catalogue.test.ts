import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { bundledSpecPath } from "@appflow-contract/spec";
import { type ErrorCode, errorCodes, errorCodesByStatus, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { errorCatalogue, errorCatalogueMarkdown } from "../src/error-catalogue.js";
import type { OpenApiDocument } from "../src/openapi.js";

const spec = JSON.parse(await readFile(bundledSpecPath, "utf8")) as OpenApiDocument;
const sentences = (doc: OpenApiDocument) =>
  (doc.components!.schemas!.ErrorCode as { "x-enumDescriptions": Record<string, string> })["x-enumDescriptions"];

describe("errorCatalogue", () => {
  it("lists every ErrorCode once, with its status from the spec's facts, ordered by status", () => {
    const entries = errorCatalogue(spec);
    expect(entries.map((e) => e.code).sort()).toEqual([...errorCodes].sort());
    for (const entry of entries) expect(entry.status).toBe(statusOfErrorCode[entry.code as ErrorCode]);
    expect(entries.map((e) => e.status)).toEqual([...entries.map((e) => e.status)].sort((a, b) => a - b));
    // Grouped as the error responses group them.
    for (const [status, codes] of Object.entries(errorCodesByStatus)) {
      expect(entries.filter((e) => e.status === Number(status)).map((e) => e.code)).toEqual([...codes]);
    }
  });

  it("gives each code its own sentence, the one x-enumDescriptions gives it", () => {
    const entries = errorCatalogue(spec);
    for (const entry of entries) expect(entry.meaning).toBe(sentences(spec)[entry.code]);
    expect(new Set(entries.map((e) => e.meaning)).size).toBe(entries.length);
  });

  it("fails when a declared code has no sentence, no status or no example", () => {
    const changed = structuredClone(spec);
    (changed.components!.schemas!.ErrorCode as { enum: string[] }).enum.push("THROTTLED");
    expect(() => errorCatalogue(changed)).toThrow(/no sentence for THROTTLED.*No error response carries THROTTLED.*example shows THROTTLED/);
  });

  it("fails when two codes share a sentence", () => {
    const changed = structuredClone(spec);
    sentences(changed).CONNECTOR_SERVER_ERROR = sentences(changed).VALIDATION_ERROR!;
    expect(() => errorCatalogue(changed)).toThrow(/VALIDATION_ERROR and CONNECTOR_SERVER_ERROR share one sentence/);
  });

  it("renders a Markdown table of code, status and sentence whose cells cannot break out of their column", () => {
    const markdown = errorCatalogueMarkdown([{ code: "CONFLICT", status: 409, meaning: "a | b" }]);
    expect(markdown).toContain("| Code | Status | What it means and what to do |");
    expect(markdown).toContain("| `CONFLICT` | 409 | a \\| b |");
  });
});
