import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GateInputError } from "../src/errors.js";
import { SEVERITY_LEVELS_FILE, compareSpecs, formatChanges } from "../src/gate.js";
import { runGate } from "../src/run.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const base = fixture("base.yaml");

// One fixture per rule: the change a client notices, the oasdiff check that catches it, and the
// text that names what changed. Every one needs a major release of the spec.
const breaking: [file: string, id: string, mentions: RegExp][] = [
  // request side
  ["removed-member.yaml", "request-property-removed", /description/],
  ["new-required-member.yaml", "new-required-request-property", /sourceFlowConfig/],
  ["tightened-pattern.yaml", "request-property-pattern-changed", /flowName/],
  ["added-pattern.yaml", "request-property-pattern-added", /description/],
  ["removed-enum-value.yaml", "request-property-enum-value-removed", /Event/],
  // response side
  ["removed-error-status.yaml", "response-non-success-status-removed", /402/],
  ["removed-response-member.yaml", "response-optional-property-removed", /data\/flowStatus/],
  ["removed-required-response-member.yaml", "response-required-property-removed", /data\/created_at/],
  ["retyped-response-member.yaml", "response-property-type-changed", /data\/id.*string.*integer/],
  ["removed-error-code.yaml", "response-property-enum-value-removed", /CONNECTOR_SERVER_ERROR/],
  ["narrowed-status-codes.yaml", "response-property-enum-value-removed", /CONNECTOR_SERVER_ERROR.*400/],
  ["removed-retry-after.yaml", "optional-response-header-removed", /Retry-After/],
  ["removed-schema.yaml", "api-schema-removed", /FlowStatus/],
];

describe("compareSpecs on fixture pairs", () => {
  it.each(breaking)("%s is breaking (%s) and needs a major release", async (file, id, mentions) => {
    const diff = await compareSpecs(base, fixture(file));
    const change = diff.breaking.find((c) => c.id === id);
    expect(change, `${id} among ${diff.changes.map((c) => `${c.level} ${c.id}`).join(", ")}`).toBeDefined();
    expect(change?.text).toMatch(mentions);
    expect(diff.requiredBump).toBe("major");
    expect(formatChanges(diff)).toMatch(/breaking change\(s\): needs a major release/);
  });

  it("a removed error code is caught for every status whose envelope carries ErrorCode", async () => {
    const diff = await compareSpecs(base, fixture("removed-error-code.yaml"));
    const statuses = diff.breaking.filter((c) => c.id === "response-property-enum-value-removed").map((c) => /status `(\d+)`/.exec(c.text)?.[1]);
    expect(new Set(statuses)).toEqual(new Set(["400", "402", "409", "429"]));
  });

  it.each([
    ["added-optional-member.yaml", "new-optional-request-property", "info", /metadataCatalogConfig/],
    ["added-error-status.yaml", "response-non-success-status-added", "info", /403/],
    ["added-error-code.yaml", "response-property-enum-value-added", "warning", /ACCESS_DENIED/],
  ])("%s is an addition (%s, %s): not breaking, needs at least a minor release", async (file, id, level, mentions) => {
    const diff = await compareSpecs(base, fixture(file));
    expect(diff.breaking).toEqual([]);
    const change = diff.changes.find((c) => c.id === id);
    expect(change?.level).toBe(level);
    expect(change?.text).toMatch(mentions);
    expect(diff.requiredBump).toBe("minor");
  });

  it("a new error code is listed as a warning in the changelog", async () => {
    const diff = await compareSpecs(base, fixture("added-error-code.yaml"));
    expect(formatChanges(diff)).toMatch(/- \*\*warning\*\* `POST \/update-flow`: .*ACCESS_DENIED/);
  });

  it("wording that no oasdiff check covers is still a contract change: at least a patch release", async () => {
    const diff = await compareSpecs(base, fixture("reworded.yaml"));
    expect(diff.changes).toEqual([]);
    expect(diff.contractChanged).toBe(true);
    expect(diff.requiredBump).toBe("patch");
  });

  it("info.version alone is no contract change", async () => {
    const diff = await compareSpecs(base, fixture("version-only.yaml"));
    expect(diff.contractChanged).toBe(false);
    expect(diff.requiredBump).toBe("none");
    expect(diff.revisionVersion).toBe("1.5.0");
  });

  it("an unchanged spec has no differences", async () => {
    const diff = await compareSpecs(base, base);
    expect(diff.changes).toEqual([]);
    expect(diff.requiredBump).toBe("none");
    expect(formatChanges(diff)).toBe("No contract change.");
  });

  it("every raised level in severity-levels.txt is proven by a fixture above", async () => {
    const raised = (await readFile(SEVERITY_LEVELS_FILE, "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split(" ")[0]);
    expect(raised.filter((id) => !breaking.some(([, proven]) => proven === id))).toEqual([]);
  });
});

describe("two files compared (release tags, --base-file/--revision-file)", () => {
  it("fails a breaking change whose info.version step is not major", async () => {
    const report = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: fixture("removed-member.yaml") });
    expect(report.passed).toBe(false);
    expect(report.changelog).toMatch(/FAIL: 1\.4\.0 → 1\.4\.0 \(none\) is less than the major release/);
  });

  it("passes the same removal when info.version's major is higher", async () => {
    const report = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: fixture("removed-member-major.yaml") });
    expect(report.passed).toBe(true);
  });

  it("fails an info.version that goes backwards", async () => {
    const report = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: fixture("version-backwards.yaml") });
    expect(report.passed).toBe(false);
    expect(report.changelog).toMatch(/went backwards: 1\.4\.0 → 1\.3\.0/);
  });

  it("a file that is not there is an input error of one line", async () => {
    const error = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: fixture("absent.yaml") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/^cannot read .*absent\.yaml: ENOENT[^\n]*$/);
  });
});
