import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { bundledSpecPath } from "@appflow-contract/spec";
import { type ErrorCode, errorCodes, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { errorCatalogue, errorCatalogueMarkdown } from "../src/error-catalogue.js";
import type { OpenApiDocument } from "../src/openapi.js";

const spec = JSON.parse(await readFile(bundledSpecPath, "utf8")) as OpenApiDocument;

describe("errorCatalogue", () => {
  it("lists every ErrorCode once per status that documents it, ordered by status", () => {
    const entries = errorCatalogue(spec);
    expect(new Set(entries.map((e) => e.code))).toEqual(new Set(errorCodes));
    for (const entry of entries) expect(statusOfErrorCode[entry.code as ErrorCode]).toBe(entry.status);
    expect(entries.map((e) => e.status)).toEqual([...entries.map((e) => e.status)].sort((a, b) => a - b));
  });

  it("fails when a declared code has no example in any error response", () => {
    const changed = structuredClone(spec);
    (changed.components!.schemas!.ErrorCode as { enum: string[] }).enum.push("THROTTLED");
    expect(() => errorCatalogue(changed)).toThrow(/THROTTLED/);
  });

  it("renders a Markdown table whose cells cannot break out of their column", () => {
    const markdown = errorCatalogueMarkdown([{ code: "CONFLICT", status: 409, when: "a | b", action: "retry" }]);
    expect(markdown).toContain("| `CONFLICT` | 409 | a \\| b | retry |");
  });
});
