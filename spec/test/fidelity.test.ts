import { describe, expect, it } from "vitest";
import { checkFidelity, coverage, type BundledSpec, type Check } from "./fidelity.js";
import { loadModel, reachableShapes } from "./model.js";
import { loadBundledSpec } from "./spec.js";

/**
 * Places where the spec deliberately differs from the model, check id -> why. Keep it short:
 * every entry must match a real difference, or the test fails as stale.
 */
const ALLOW_LIST: Record<string, string> = {
  // The shape ScheduleOffset defaults to 0, but its only use, ScheduledTriggerProperties
  // .scheduleOffset, resets the default to null. A `default` on the schema would reach that
  // member through its $ref and tell readers and generators a default that the request lacks.
  "ScheduleOffset default": "the model's only use of the shape removes its default",
};

const model = loadModel();
const spec = loadBundledSpec();

function failures(checks: Check[]): Check[] {
  return checks.filter((c) => !c.ok);
}

describe("fidelity of the bundled spec to AWS's UpdateFlow model", () => {
  const checks = checkFidelity(model, spec);

  it("walks all 125 shapes reachable from UpdateFlowRequest", () => {
    expect(reachableShapes(model)).toHaveLength(125);
    expect(checks.filter((c) => c.category === "shapes")).toHaveLength(125);
  });

  it("matches every shape, member, enum value and constraint, apart from the allow-list", () => {
    const table = coverage(checks, ALLOW_LIST);
    console.log(
      "UpdateFlow request model coverage (spec/dist/openapi.json vs test/reference):\n" +
        table
          .map((row) =>
            `  ${row.category.padEnd(12)} ${String(row.matched + row.allowListed).padStart(4)}/${String(row.total).padEnd(4)} ` +
            `${row.percent.toFixed(1).padStart(5)}%` +
            (row.allowListed > 0 ? `  (${row.allowListed} allow-listed)` : ""),
          )
          .join("\n"),
    );
    const unexplained = failures(checks).filter((c) => !(c.id in ALLOW_LIST));
    expect(unexplained).toEqual([]);
    for (const row of table) expect(row.percent).toBe(100);
  });

  it("has no stale allow-list entries", () => {
    const failing = new Set(failures(checks).map((c) => c.id));
    expect(Object.keys(ALLOW_LIST).filter((id) => !failing.has(id))).toEqual([]);
  });
});

describe("the fidelity checker itself", () => {
  /** A deep copy of the bundled schemas with one change applied. */
  function mutated(change: (schemas: BundledSpec["components"]["schemas"]) => void): BundledSpec {
    const copy = structuredClone(spec.components.schemas);
    change(copy);
    return { components: { schemas: copy } };
  }
  const failingIds = (s: BundledSpec) => failures(checkFidelity(model, s)).map((c) => c.id);

  it("reports a missing shape, a dropped enum value and an extra one", () => {
    const ids = failingIds(
      mutated((s) => {
        delete s.PrefixFormat;
        s.TaskType!.enum = ["Arithmetic", "Filter", "Map", "MAP_ALL", "Mask", "Merge", "Passthrough", "Truncate", "Validate", "Partition"];
      }),
    );
    expect(ids).toEqual(expect.arrayContaining(["PrefixFormat", "TaskType=Map_all", "TaskType=MAP_ALL"]));
  });

  it("reports changed requiredness, an extra member and an open structure", () => {
    const ids = failingIds(
      mutated((s) => {
        s.Task!.required = ["taskType"];
        (s.TriggerConfig!.properties as Record<string, unknown>).cron = { type: "string" };
        s.GlueDataCatalogConfig!.additionalProperties = true;
      }),
    );
    expect(ids).toEqual(expect.arrayContaining(["Task.sourceFields", "TriggerConfig.cron", "GlueDataCatalogConfig"]));
  });

  it("takes the portable form of a model pattern as that pattern, and no other rewrite", () => {
    // The bundle writes it in the portable form, and the check passes.
    expect(spec.components.schemas.GlueDataCatalogTablePrefix!.pattern).not.toBe(model.shapes.GlueDataCatalogTablePrefix!.constraints!.pattern);
    expect(failingIds(spec)).not.toContain("GlueDataCatalogTablePrefix pattern");
    const rewritten = mutated((s) => {
      s.GlueDataCatalogTablePrefix!.pattern = "^[\\t\\u0020-\\uD7FF\\uE000-\\uFFFD]*$";
    });
    expect(failingIds(rewritten)).toContain("GlueDataCatalogTablePrefix pattern");
  });

  it("reports a changed pattern, a changed bound, a lost default and an invented constraint", () => {
    const ids = failingIds(
      mutated((s) => {
        s.UpsolverBucketName!.pattern = "^upsolver\\S*$";
        s.SAPODataMaxPageSize!.maximum = 1000;
        const veeva = s.VeevaSourceProperties!.properties as Record<string, Record<string, unknown>>;
        delete veeva.includeRenditions!.default;
        s.Tasks!.minItems = 1;
      }),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        "UpsolverBucketName pattern",
        "SAPODataMaxPageSize maximum",
        "VeevaSourceProperties.includeRenditions default",
        "Tasks minItems",
      ]),
    );
  });
});
