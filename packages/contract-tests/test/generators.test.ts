import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryFor } from "../src/arbitrary.js";
import { compileContract } from "../src/contract.js";
import { generateMutations } from "../src/mutations.js";

// A spec deeper and more varied than today's request schema: $ref chains, arrays of objects,
// maps, nested required members, enums, patterns with a length window, exclusive bounds,
// uniqueItems, a format. The generators must handle it without knowing it.
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const synthetic = {
  openapi: "3.1.0",
  info: { title: "synthetic", version: "1" },
  paths: {
    "/things": {
      post: {
        requestBody: {
          content: {
            "application/json": {
              schema: ref("Root"),
              examples: { smallest: { value: { name: "abc", items: [{ kind: "A" }] } } },
            },
          },
        },
        responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  },
  components: {
    schemas: {
      Root: {
        type: "object",
        additionalProperties: false,
        required: ["name", "items"],
        properties: {
          name: ref("Name"),
          items: { type: "array", minItems: 1, maxItems: 3, items: ref("Item") },
          settings: ref("Settings"),
          tags: { type: "object", additionalProperties: { type: "string", maxLength: 5 } },
          options: {
            type: "object",
            propertyNames: { type: "string", pattern: "^[a-z]+$", maxLength: 6 },
            additionalProperties: { type: "integer", minimum: 0 },
            maxProperties: 2,
          },
          note: { type: "string", pattern: "^[\\u0020-\\uD7FF\\uD800\\uDC00-\\uDBFF\\uDFFF]*$" },
          when: { type: "string", format: "date-time" },
        },
      },
      Name: { type: "string", minLength: 2, maxLength: 8, pattern: "^[a-z]+$" },
      Item: {
        type: "object",
        additionalProperties: false,
        required: ["kind"],
        properties: {
          kind: ref("Kind"),
          count: { type: "integer", minimum: 1, maximum: 10 },
          deep: ref("Deep"),
        },
      },
      Kind: { type: "string", enum: ["A", "B"] },
      Deep: {
        type: "object",
        additionalProperties: false,
        required: ["level"],
        properties: {
          level: {
            type: "object",
            additionalProperties: false,
            required: ["bucket"],
            properties: { bucket: { type: "string", minLength: 16, maxLength: 20, pattern: "^upsolver-appflow\\S*$" } },
          },
        },
      },
      Settings: {
        type: "object",
        additionalProperties: false,
        properties: {
          flags: { type: "array", uniqueItems: true, items: { type: "boolean" } },
          ratio: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        },
      },
    },
  },
};
const contract = compileContract(synthetic, "/things", "post");

describe("generateMutations", () => {
  const { mutations, unmutated } = generateMutations(contract);
  const rules = mutations.map((m) => `${m.path} ${m.rule}`);

  it("breaks every rule at every depth, once", () => {
    expect(new Set(rules).size).toBe(rules.length);
    expect(rules).toEqual(
      expect.arrayContaining([
        " type",
        "/name required",
        "/items required",
        "/unexpectedMember additionalProperties",
        "/name type",
        "/name minLength",
        "/name maxLength",
        "/name pattern",
        "/items minItems",
        "/items maxItems",
        "/items/0/kind required",
        "/items/0/kind enum",
        "/items/0/count minimum",
        "/items/0/count maximum",
        "/items/0/deep/level required",
        "/items/0/deep/level/bucket required",
        "/items/0/deep/level/bucket minLength",
        "/items/0/deep/level/bucket maxLength",
        "/items/0/deep/level/bucket pattern",
        "/items/0/deep/level/unexpectedMember additionalProperties",
        "/settings/flags uniqueItems",
        "/settings/flags/0 type",
        "/settings/ratio exclusiveMinimum",
        "/settings/ratio exclusiveMaximum",
        "/tags/someKey maxLength",
        "/options propertyNames",
        "/options maxProperties",
        "/options/a minimum",
        "/note pattern",
        "/when format",
      ]),
    );
    expect(unmutated).toEqual([]);
  });

  it("makes requests that break exactly the named rule, at the named member", () => {
    for (const mutation of mutations) {
      expect(contract.validateRequest(mutation.request), `${mutation.path} ${mutation.rule}`).toBe(false);
      const errors = contract.validateRequest.errors ?? [];
      const member = ["required", "additionalProperties"].includes(mutation.rule)
        ? mutation.path.slice(0, mutation.path.lastIndexOf("/"))
        : mutation.path;
      expect(errors.every((e) => e.instancePath === member)).toBe(true);
      expect(errors.map((e) => e.keyword)).toContain(mutation.rule);
    }
  });

  it("reports a rule that no string can break instead of dropping it", () => {
    const loose = { ...synthetic, components: { schemas: { ...synthetic.components.schemas, Name: { type: "string", pattern: ".*" } } } };
    expect(generateMutations(compileContract(loose, "/things", "post")).unmutated).toEqual([
      { path: "/name", rule: "pattern", reason: "no string within the length bounds breaks .*" },
    ]);
  });
});

describe("arbitraryFor", () => {
  it("generates only values that the schema accepts, including deep optional members", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryFor(contract, contract.requestSchema), (request) => {
        const value = request as { items: { deep?: unknown }[]; settings?: { ratio?: number }; options?: object; note?: string };
        if (value.items.some((i) => i.deep)) seen.add("deep");
        if (value.settings?.ratio !== undefined) seen.add("ratio");
        if (Object.keys(value.options ?? {}).length > 0) seen.add("options");
        if (value.note) seen.add("note");
        expect(contract.validateRequest(request), JSON.stringify(contract.validateRequest.errors)).toBe(true);
      }),
      { numRuns: 200, seed: 7 },
    );
    expect([...seen].sort()).toEqual(["deep", "note", "options", "ratio"]);
  });

  it("refuses keywords it cannot honour rather than generating invalid values", () => {
    expect(() => arbitraryFor(contract, { oneOf: [{ type: "string" }, { type: "integer" }] })).toThrow(/oneOf/);
  });
});
