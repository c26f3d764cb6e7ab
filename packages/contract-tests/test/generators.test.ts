import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryFor } from "../src/arbitrary.js";
import { type Contract, compileContract, loadContract, type Schema } from "../src/contract.js";
import { generateMutations, type Mutation } from "../src/mutations.js";

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

  it("breaks every rule at every depth, once (a pattern by several counterexamples), never sending a request twice", () => {
    const once = rules.filter((r) => !r.endsWith(" pattern"));
    expect(new Set(once).size).toBe(once.length);
    const requests = mutations.map((m) => JSON.stringify(m.request));
    expect(new Set(requests).size).toBe(requests.length);
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
      expect([mutation.rule, ...mutation.alsoBroken]).toEqual(expect.arrayContaining(errors.map((e) => e.keyword)));
    }
  });

  it("breaks a pattern with a counterexample of each character class it forbids, first and inside", () => {
    const name = byVariant(mutations, "/name");
    // Name is ^[a-z]+$ (2 to 8 long), example "abc": everything but a lower-case letter is forbidden anywhere.
    for (const where of ["first", "inside"]) {
      for (const kind of ["digit", "upper-case letter", "space", "tab", "line feed", "control character", "non-ASCII letter", "non-Latin letter", "astral symbol", "noncharacter"]) {
        expect(name, `${kind} ${where}`).toHaveProperty([`${kind} ${where}`]);
      }
      for (const c of PUNCTUATION) expect(name, `${c} ${where}`).toHaveProperty([`${JSON.stringify(c)} ${where}`]);
      expect(name).not.toHaveProperty([`lower-case letter ${where}`]);
    }
    expect(name["space first"]?.request).toMatchObject({ name: " abc" });
    expect(name["space inside"]?.request).toMatchObject({ name: "ab c" });
    expect(name['"_" inside']?.change).toMatch(/^"_" inside \("ab_c"\)/);
    // "a" is a single character the pattern accepts (only minLength refuses it); "" breaks both.
    expect(name).not.toHaveProperty(["single character"]);
    expect(name["empty string"]?.alsoBroken).toEqual(["minLength"]);
    const classes = Object.values(name).filter((m) => m.variant?.endsWith(" first") || m.variant?.endsWith(" inside"));
    expect(classes).toHaveLength(2 * (10 + PUNCTUATION.length));
    expect(classes.every((m) => m.alsoBroken.length === 0)).toBe(true);
  });

  it("replaces rather than inserts when a value is at its maxLength, so that the length still holds", () => {
    const full = { ...synthetic, paths: withExample({ name: "abcdefgh", items: [{ kind: "A" }] }) };
    const name = byVariant(generateMutations(compileContract(full, "/things", "post")).mutations, "/name");
    expect(name["digit first"]?.request).toMatchObject({ name: "0bcdefgh" });
    expect(name["digit first"]?.change).toMatch(/in place of "a"/);
    expect(name["space inside"]?.request).toMatchObject({ name: "abcdefg " });
    // Replacing "a" by a probe "a" changes nothing, yet other letters are allowed there: each punctuation character counts.
    expect(name).toHaveProperty(['"_" first']);
    expect(name).not.toHaveProperty(["punctuation first"]);
    expect(Object.values(name).filter((m) => m.variant?.endsWith("first")).every((m) => m.alsoBroken.length === 0)).toBe(true);
  });

  it("stands one punctuation character for all where a pattern allows a single literal", () => {
    const example = { name: "abc", items: [{ kind: "A", deep: { level: { bucket: "upsolver-appflowXY" } } }] };
    const full = { ...synthetic, paths: withExample(example) };
    const bucket = byVariant(generateMutations(compileContract(full, "/things", "post")).mutations, "/items/0/deep/level/bucket");
    // ^upsolver-appflow\S*$: at the first position only "u" is allowed, so every class is forbidden there,
    // and one punctuation character stands for the 32.
    expect(Object.keys(bucket).filter((v) => v.endsWith(" first")).sort()).toEqual(
      ["astral symbol", "control character", "digit", "line feed", "lower-case letter", "non-ASCII letter", "non-Latin letter", "noncharacter", "punctuation", "space", "tab", "upper-case letter"].map((c) => `${c} first`),
    );
    expect(bucket["lower-case letter first"]?.request).toMatchObject({ items: [{ deep: { level: { bucket: "apsolver-appflowXY" } } }] });
    // Inside (before its last character) \S* forbids whitespace only.
    expect(Object.keys(bucket).filter((v) => v.endsWith(" inside")).sort()).toEqual(["line feed inside", "space inside", "tab inside"]);
    expect(bucket["tab inside"]?.request).toMatchObject({ items: [{ deep: { level: { bucket: "upsolver-appflowX\tY" } } }] });
  });

  it("reports a rule that no string can break instead of dropping it", () => {
    const loose = { ...synthetic, components: { schemas: { ...synthetic.components.schemas, Name: { type: "string", pattern: ".*" } } } };
    expect(generateMutations(compileContract(loose, "/things", "post")).unmutated).toEqual([
      { path: "/name", rule: "pattern", reason: "no string within the length bounds breaks .*" },
    ]);
  });
});

describe("generateMutations of the bundled contract", () => {
  const real = loadContract();
  const { mutations } = generateMutations(real);
  const flowName = real.resolve(schemaAt(real, "/flowName"));

  it("breaks flowName's pattern with a space, a leading _ or -, a non-ASCII letter and a single character, besides its length bounds", () => {
    // "Spaces are not allowed. Use underscores (_) or hyphens (-) only. It starts with a letter or digit".
    expect(flowName.pattern).toBe("^[a-zA-Z0-9][\\w!@#.-]+$");
    const name = byVariant(mutations, "/flowName");
    for (const variant of ["space first", "space inside", '"_" first', '"-" first', "non-ASCII letter first", "non-ASCII letter inside", "single character", "empty string"]) {
      expect(name, variant).toHaveProperty([variant]);
      expect(name[variant]?.alsoBroken, variant).toEqual([]);
    }
    // _ - ! @ # . are allowed after the first character, not at it.
    for (const c of "_-!@#.") {
      expect(name).toHaveProperty([`${JSON.stringify(c)} first`]);
      expect(name).not.toHaveProperty([`${JSON.stringify(c)} inside`]);
    }
    expect(name["space inside"]?.change).toMatch(/^a space inside \(/);
    expect(name['"_" first']?.change).toMatch(/^leading "_" \("_/);
    expect(name["single character"]?.request).toMatchObject({ flowName: expect.stringMatching(/^[a-zA-Z0-9]$/) });
    const rules = mutations.filter((m) => m.path === "/flowName").map((m) => m.rule);
    expect(rules).toEqual(expect.arrayContaining(["maxLength", "type", "required"]));
    const long = mutations.find((m) => m.path === "/flowName" && m.rule === "maxLength")?.request as { flowName: string };
    expect([...long.flowName]).toHaveLength((flowName.maxLength as number) + 1);
  });

  it("makes no pattern counterexample that the pattern accepts, and each breaks only the pattern (and what it declares)", () => {
    const patterns = mutations.filter((m) => m.rule === "pattern");
    expect(patterns.length).toBeGreaterThan(new Set(patterns.map((m) => m.path)).size * 2);
    for (const m of patterns) {
      const schema = real.resolve(schemaAt(real, m.path));
      const value = valueAt(m.request, m.path);
      expect(typeof value, m.path).toBe("string");
      expect(new RegExp(schema.pattern as string, "u").test(value as string), `${m.path} ${m.change}`).toBe(false);
      expect(real.validateRequest(m.request), `${m.path} ${m.change}`).toBe(false);
      const errors = real.validateRequest.errors ?? [];
      expect(errors.every((e) => e.instancePath === m.path), `${m.path} ${m.change}`).toBe(true);
      expect(errors.map((e) => e.keyword)).toContain("pattern");
      expect(["pattern", ...m.alsoBroken]).toEqual(expect.arrayContaining(errors.map((e) => e.keyword)));
      if (m.variant !== "empty string" && m.variant !== "single character") expect(m.alsoBroken, `${m.path} ${m.change}`).toEqual([]);
    }
    const requests = mutations.map((m) => JSON.stringify(m.request));
    expect(new Set(requests).size).toBe(requests.length);
  });

  it("stays within a budget the suite can send", () => {
    expect(mutations.length).toBeLessThanOrEqual(1500);
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

const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];

/** The pattern mutations of the member at `path`, by variant (each variant once per member). */
function byVariant(mutations: Mutation[], path: string): Record<string, Mutation> {
  const at = mutations.filter((m) => m.path === path && m.rule === "pattern");
  const variants = at.map((m) => m.variant ?? "");
  expect(new Set(variants).size, path).toBe(variants.length);
  return Object.fromEntries(at.map((m) => [m.variant ?? "", m]));
}

/** The synthetic document's paths with another request example. */
function withExample(value: unknown) {
  const post = synthetic.paths["/things"].post;
  const media = post.requestBody.content["application/json"];
  return { "/things": { post: { ...post, requestBody: { content: { "application/json": { ...media, examples: { other: { value } } } } } } } };
}

const tokens = (pointer: string) => pointer.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));

/** The schema of the member at JSON Pointer `path` (properties, map values, array items). */
function schemaAt(contract: Contract, path: string): Schema {
  return tokens(path).reduce<Schema>((schema, token) => {
    const s = contract.resolve(schema);
    const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
    return properties[token] ?? (s.items as Schema | undefined) ?? (s.additionalProperties as Schema);
  }, contract.requestSchema);
}

function valueAt(request: unknown, path: string): unknown {
  return tokens(path).reduce<unknown>((at, token) => (at as Record<string, unknown>)[token], request);
}
