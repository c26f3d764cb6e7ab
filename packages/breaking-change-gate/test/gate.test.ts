import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compareSpecs, formatChangelog } from "../src/gate.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const base = fixture("base.yaml");

describe("compareSpecs on fixture pairs", () => {
  it.each([
    ["removed-member.yaml", "request-property-removed", /description/],
    ["new-required-member.yaml", "new-required-request-property", /sourceFlowConfig/],
    ["tightened-pattern.yaml", "request-property-pattern-changed", /flowName/],
    ["removed-enum-value.yaml", "request-property-enum-value-removed", /Event/],
  ])("%s is breaking and fails without a new major version", async (file, id, mentions) => {
    const result = await compareSpecs(base, fixture(file));
    expect(result.breaking.map((c) => c.id)).toContain(id);
    expect(result.breaking.find((c) => c.id === id)?.text).toMatch(mentions);
    expect(result.majorRaised).toBe(false);
    expect(result.passed).toBe(false);
    expect(formatChangelog(result)).toMatch(/raise info\.version to 2\.0\.0/);
  });

  it("passes the same removal once info.version's major is raised", async () => {
    const result = await compareSpecs(base, fixture("removed-member-major.yaml"));
    expect(result.breaking.map((c) => c.id)).toContain("request-property-removed");
    expect(result.majorRaised).toBe(true);
    expect(result.passed).toBe(true);
  });

  it("an added optional member is listed but not breaking", async () => {
    const result = await compareSpecs(base, fixture("added-optional-member.yaml"));
    expect(result.breaking).toEqual([]);
    expect(result.changes.map((c) => c.text).join("\n")).toMatch(/metadataCatalogConfig/);
    expect(result.passed).toBe(true);
  });

  it("an added error code is a warning for clients, not a breaking change", async () => {
    const result = await compareSpecs(base, fixture("added-error-code.yaml"));
    expect(result.breaking).toEqual([]);
    const warning = result.changes.find((c) => c.id === "response-property-enum-value-added");
    expect(warning?.level).toBe("warning");
    expect(warning?.text).toMatch(/ACCESS_DENIED/);
    expect(result.passed).toBe(true);
    expect(formatChangelog(result)).toMatch(/- \*\*warning\*\* `POST \/update-flow`: .*ACCESS_DENIED/);
  });

  it("an unchanged spec has no differences", async () => {
    const result = await compareSpecs(base, base);
    expect(result.changes).toEqual([]);
    expect(formatChangelog(result)).toContain("No differences.");
  });
});
