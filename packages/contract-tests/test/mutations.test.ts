import { describe, expect, it } from "vitest";
import { compileContract, type Schema } from "../src/contract.js";
import { generateMutations, type Mutation } from "../src/mutations.js";

// The generator on small schemas, one concern each: quick enough to run for every mutant, and
// each a case that generators.test.ts's larger schemas do not isolate.

/** A one-operation document whose request body is `root` (with `schemas` to `$ref`), starting from `example`. */
function contractOf(root: Schema, example: unknown, schemas: Record<string, Schema> = {}) {
  const doc = {
    openapi: "3.1.0",
    info: { title: "small", version: "1" },
    paths: {
      "/x": {
        post: {
          requestBody: { content: { "application/json": { schema: root, examples: { base: { value: example } } } } },
          responses: { "200": { description: "ok" } },
        },
      },
    },
    components: { schemas },
  };
  return compileContract(doc, "/x", "post");
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema => ({
  type: "object",
  additionalProperties: false,
  properties,
  required,
  ...extra,
});
const generate = (root: Schema, example: unknown, schemas: Record<string, Schema> = {}) => generateMutations(contractOf(root, example, schemas));
/** The mutation of `rule` at `path` (exactly one). */
const only = (mutations: Mutation[], path: string, rule: string): Mutation => {
  const found = mutations.filter((m) => m.path === path && m.rule === rule);
  expect(found, `${path} ${rule}`).toHaveLength(1);
  return found[0]!;
};
const summary = (mutations: Mutation[]) => mutations.map((m) => `${m.path} ${m.rule}: ${m.change}`);

describe("each bound is broken exactly one past it", () => {
  it("for lengths, ranges and exclusive ranges", () => {
    const { mutations, unmutated } = generate(
      object(
        {
          s: { type: "string", minLength: 3, maxLength: 5 },
          i: { type: "integer", minimum: 2, maximum: 9 },
          x: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        },
        ["s", "i", "x"],
      ),
      { s: "abcd", i: 4, x: 0.5 },
    );
    expect(unmutated).toEqual([]);
    expect(only(mutations, "/s", "minLength")).toMatchObject({ change: "length 2 (min 3)", request: { s: "ab", i: 4, x: 0.5 } });
    expect(only(mutations, "/s", "maxLength")).toMatchObject({ change: "length 6 (max 5)", request: { s: "abcddd" } });
    expect(only(mutations, "/i", "minimum")).toMatchObject({ change: "1 (minimum 2)", request: { i: 1 } });
    expect(only(mutations, "/i", "maximum")).toMatchObject({ change: "10 (maximum 9)", request: { i: 10 } });
    expect(only(mutations, "/x", "exclusiveMinimum")).toMatchObject({ change: "0 (exclusiveMinimum 0)", request: { x: 0 } });
    expect(only(mutations, "/x", "exclusiveMaximum")).toMatchObject({ change: "1 (exclusiveMaximum 1)", request: { x: 1 } });
    expect(only(mutations, "/s", "type")).toMatchObject({ change: "12345 instead of string", request: { s: 12345 } });
    expect(only(mutations, "/i", "type")).toMatchObject({ change: '"12345" instead of integer', request: { i: "12345" } });
    for (const m of mutations) expect(m).toMatchObject({ base: "base", alsoBroken: [] });
    expect(mutations.every((m) => !("variant" in m))).toBe(true);
  });

  it("for the number of items and entries", () => {
    const { mutations } = generate(
      object(
        {
          list: { type: "array", minItems: 2, maxItems: 3, uniqueItems: true, items: { type: "integer" } },
          map: { type: "object", additionalProperties: { type: "integer" }, minProperties: 2, maxProperties: 3 },
        },
        ["list", "map"],
      ),
      { list: [1, 2], map: { a: 1, b: 2 } },
    );
    expect(only(mutations, "/list", "minItems")).toMatchObject({ change: "1 items (min 2)", request: { list: [1] } });
    expect(only(mutations, "/list", "maxItems")).toMatchObject({ change: "4 items (max 3)", request: { list: [1, 2, 1, 2] }, alsoBroken: ["uniqueItems"] });
    expect(only(mutations, "/list", "uniqueItems")).toMatchObject({ change: "the same item twice", request: { list: [1, 1] } });
    expect(only(mutations, "/map", "minProperties")).toMatchObject({ change: "1 entries (min 2)", request: { map: { a: 1 } } });
    const max = only(mutations, "/map", "maxProperties");
    expect(max.change).toBe("4 entries (max 3)");
    expect(Object.keys((max.request as { map: object }).map)).toHaveLength(4);
    expect(only(mutations, "/map/a", "type").request).toMatchObject({ map: { a: "12345", b: 2 } });
  });
});

describe("the guard: a mutation breaks the intended rule at the intended member and nothing else", () => {
  it("rejects a request that also breaks a rule of another member, and lists the rule as not mutated", () => {
    // `contains` of the list fails as soon as its one item changes: no edit of the item breaks only the item.
    const { mutations, unmutated } = generate(object({ list: { type: "array", items: { type: "string", maxLength: 3 }, contains: { const: "x" } } }, ["list"]), { list: ["x"] });
    expect(summary(mutations)).toEqual([" type: 12345 instead of object", "/list required: removed", "/unexpectedMember additionalProperties: an undeclared member", "/list type: 12345 instead of array"]);
    expect(unmutated).toEqual([
      { path: "/list/0", rule: "type", reason: "no wrong-typed value breaks only this rule" },
      { path: "/list/0", rule: "maxLength", reason: "no longer string breaks only this rule" },
    ]);
  });

  it("rejects a request that breaks nothing, or the same as one already kept", () => {
    const { mutations, unmutated } = generate(
      object({ e: { enum: [987654321, 1] }, short: { type: "string", minLength: 1, pattern: "^a" } }, ["e", "short"]),
      { e: 1, short: "ab" },
    );
    expect(unmutated).toEqual([
      { path: "/e", rule: "enum", reason: "no value outside the enum breaks only this rule" },
    ]);
    // "" is both the shorter string and the pattern's empty-string counterexample: sent once.
    expect(mutations.filter((m) => m.path === "/short" && JSON.stringify(m.request).includes('"short":""')).map((m) => [m.rule, m.alsoBroken])).toEqual([["minLength", ["pattern"]]]);
    const requests = mutations.map((m) => JSON.stringify(m.request));
    expect(new Set(requests).size).toBe(requests.length);
  });

  it("keeps what else breaks at the member itself, as alsoBroken", () => {
    const { mutations } = generate(object({ code: { type: "string", enum: ["AB", "CD"], maxLength: 2 } }, ["code"]), { code: "AB" });
    expect(only(mutations, "/code", "enum")).toMatchObject({ change: '"NOT_AB_CD" is not one of 2 values', request: { code: "NOT_AB_CD" }, alsoBroken: ["maxLength"] });
    expect(only(mutations, "/code", "maxLength")).toMatchObject({ alsoBroken: ["enum"] });
  });

  it("refuses a pattern counterexample that breaks more than the pattern at its member", () => {
    // A length window of exactly 3: no inserted character fits, so each probe replaces one.
    const { mutations } = generate(object({ id: { type: "string", minLength: 3, maxLength: 3, pattern: "^[a-z]+$" } }, ["id"]), { id: "abc" });
    const patterns = mutations.filter((m) => m.rule === "pattern");
    expect(patterns.length).toBeGreaterThan(40);
    for (const m of patterns) {
      const value = (m.request as { id: string }).id;
      if (m.variant === "empty string" || m.variant === "single character") expect(m.alsoBroken).toEqual(["minLength"]);
      else expect([...value], m.change).toHaveLength(3);
    }
    expect(only(mutations, "/id", "minLength").request).toEqual({ id: "ab" });
  });
});

describe("const, enum and wrong types", () => {
  it("breaks a const of each kind with another value of the same kind where it can", () => {
    const { mutations } = generate(object({ s: { const: "on" }, b: { const: true }, n: { const: 3 } }, ["s", "b", "n"]), { s: "on", b: true, n: 3 });
    expect(summary(mutations.filter((m) => m.rule === "const"))).toEqual(['/s const: "not-on" instead of "on"', "/b const: false instead of true", '/n const: "other" instead of 3']);
    expect(only(mutations, "/b", "const").request).toEqual({ s: "on", b: false, n: 3 });
  });

  it("breaks a numeric enum with a number outside it", () => {
    const { mutations } = generate(object({ level: { type: "integer", enum: [1, 2, 3] } }, ["level"]), { level: 2 });
    expect(only(mutations, "/level", "enum")).toMatchObject({ change: "987654321 is not one of 3 values", request: { level: 987654321 } });
  });

  it("breaks a string enum with a name outside it, of bounded length however long the names", () => {
    const short = generate(object({ mode: { type: "string", enum: ["on", "off"] } }, ["mode"]), { mode: "on" });
    expect(only(short.mutations, "/mode", "enum")).toMatchObject({ change: '"NOT_on_off" is not one of 2 values', request: { mode: "NOT_on_off" } });
    const names = Array.from({ length: 30 }, (_, i) => `CONNECTOR_TYPE_${i}`);
    const long = only(generate(object({ kind: { type: "string", enum: names } }, ["kind"]), { kind: names[0] }).mutations, "/kind", "enum");
    const value = (long.request as { kind: string }).kind;
    expect(names).not.toContain(value);
    expect(value).toBe(`NOT_${names.join("_").slice(0, 40)}`);
    expect(value).toHaveLength(44);
  });

  it("picks a value of a type the member does not allow", () => {
    // The contract's ajv is strict: no union types but with null.
    const types = [["string"], ["integer", "null"], ["number"], ["boolean"], ["null"], ["array"], ["string", "null"]];
    const properties = Object.fromEntries(types.map((t, i) => [`m${i}`, { type: t.length === 1 ? t[0] : t, ...(t[0] === "array" ? { items: {} } : {}) }]));
    const example = { m0: "a", m1: null, m2: 1.5, m3: true, m4: null, m5: [], m6: null };
    const { mutations } = generate(object(properties, Object.keys(properties)), example);
    expect(types.map((_, i) => only(mutations, `/m${i}`, "type").change)).toEqual([
      "12345 instead of string",
      '"12345" instead of integer|null',
      '"12345" instead of number',
      "12345 instead of boolean",
      "12345 instead of null",
      "12345 instead of array",
      "12345 instead of string|null",
    ]);
  });
});

describe("members the example lacks, and what cannot be walked", () => {
  it("grafts an optional member with a minimal valid value, then breaks the rules inside it", () => {
    const box = object(
      {
        n: { type: "integer", exclusiveMinimum: 3 },
        top: { type: "integer", maximum: -5 },
        mid: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        flag: { type: "boolean" },
        none: { type: "null" },
        pick: { enum: ["x", "y"] },
        fixed: { const: 7 },
        when: { type: "string", format: "date-time" },
        tags: { type: "array", minItems: 2, items: { type: "string", minLength: 2 } },
        code: { type: "string", pattern: "^[0-9]{3}$" },
        inner: object({ deep: { type: "string", maxLength: 4 } }, ["deep"]),
        s: { type: "string" },
        low: { type: "integer", minimum: 7 },
        cap: { type: "integer", exclusiveMaximum: -2 },
        plain: { type: "number" },
        frac: { type: "integer", minimum: 0.5, maximum: 3 },
        digits: { type: "string", pattern: "^[0-9]+$" },
        empty: { type: "array", items: { type: "string" } },
      },
      ["n", "top", "mid", "flag", "none", "pick", "fixed", "when", "tags", "code", "inner", "s", "low", "cap", "plain", "frac", "digits", "empty"],
    );
    const { mutations, unmutated } = generate(object({ name: { type: "string" }, box }, ["name"]), { name: "a" });
    expect(unmutated).toEqual([]);
    // A mutation of one member of the grafted box shows the minimal values of the others.
    expect(only(mutations, "/box/s", "type").request).toEqual({
      name: "a",
      box: { n: 4, top: -5, mid: 0.5, flag: true, none: null, pick: "x", fixed: 7, when: "2026-01-01T00:00:00Z", tags: ["aa", "aa"], code: expect.stringMatching(/^[0-9]{3}$/), inner: { deep: "a" }, s: 12345, low: 7, cap: -3, plain: 0, frac: 3, digits: expect.stringMatching(/^[0-9]$/), empty: [] },
    });
    expect(only(mutations, "/box/inner/deep", "maxLength").request).toMatchObject({ box: { inner: { deep: "aaaaa" } } });
    expect(only(mutations, "/box/tags/0", "minLength").request).toMatchObject({ box: { tags: ["a", "aa"] } });
  });

  it("grafts an item into an empty array, and breaks its rules there", () => {
    const { mutations } = generate(object({ list: { type: "array", maxItems: 2, items: object({ k: { type: "string", maxLength: 2 } }, ["k"]) } }, ["list"]), { list: [] });
    expect(only(mutations, "/list", "maxItems").request).toEqual({ list: [{ k: "a" }, { k: "a" }, { k: "a" }] });
    expect(only(mutations, "/list/0/k", "maxLength").request).toEqual({ list: [{ k: "aaa" }] });
    expect(only(mutations, "/list/0/unexpectedMember", "additionalProperties").request).toEqual({ list: [{ k: "a", unexpectedMember: true }] });
  });

  it("skips a member or an item with no minimal valid value, saying so", () => {
    const { unmutated } = generate(
      object({
        gap: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        list: { type: "array", items: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 1 } },
      }),
      { list: [] },
    );
    expect(unmutated).toEqual([
      { path: "/gap", rule: "graft", reason: "no minimal valid value found" },
      { path: "/list/0", rule: "items", reason: "a minimal item does not make the request valid" },
    ]);
  });

  it("follows a recursive schema once, and says where it stopped", () => {
    const schemas = { Node: object({ label: { type: "string", maxLength: 3 }, child: ref("Node") }, ["label"]) };
    const { mutations, unmutated } = generate(ref("Node"), { label: "a", child: { label: "b" } }, schemas);
    expect(unmutated).toEqual([{ path: "/child", rule: "$ref", reason: "recursion into #/components/schemas/Node not followed" }]);
    expect(summary(mutations)).toContain("/label maxLength: length 4 (max 3)");
    expect(summary(mutations).filter((m) => m.startsWith("/child/"))).toEqual([]);
    // Not in the example: no minimal value can be grafted without following the recursion.
    expect(generate(ref("Node"), { label: "a" }, schemas).unmutated).toEqual([{ path: "/child", rule: "graft", reason: "recursive schema at #/components/schemas/Node" }]);
    // A required recursion has no finite minimal value.
    const loop = { Loop: object({ next: ref("Loop") }, ["next"]) };
    expect(generate(object({ head: ref("Loop") }), {}, loop).unmutated).toEqual([{ path: "/head", rule: "graft", reason: "recursive schema at #/components/schemas/Loop" }]);
  });

  it("lists oneOf, anyOf and the other combinators as not mutated, and still breaks the rest of the member", () => {
    const { mutations, unmutated } = generate(
      object(
        {
          either: { type: "string", maxLength: 4, oneOf: [{ const: "ab" }, { const: "cd" }] },
          any: { type: "integer", anyOf: [{ minimum: 0 }, { maximum: -10 }], allOf: [{ type: "integer" }] },
        },
        ["either", "any"],
      ),
      { either: "ab", any: 1 },
    );
    expect(unmutated).toEqual([
      { path: "/either", rule: "oneOf", reason: "combinators are not mutated" },
      { path: "/any", rule: "anyOf", reason: "combinators are not mutated" },
      { path: "/any", rule: "allOf", reason: "combinators are not mutated" },
    ]);
    expect(mutations.filter((m) => m.path === "/either").map((m) => [m.rule, m.alsoBroken])).toEqual([
      ["required", []],
      ["type", ["const", "oneOf"]],
      ["maxLength", ["const", "oneOf"]],
    ]);
  });

  it("lists not and if as not mutated too", () => {
    const { unmutated, mutations } = generate(
      object({ name: { type: "string", not: { const: "x" } }, size: { type: "integer", if: { minimum: 10 }, else: { maximum: 5 } } }, ["name", "size"]),
      { name: "a", size: 20 },
    );
    expect(unmutated).toEqual([
      { path: "/name", rule: "not", reason: "combinators are not mutated" },
      { path: "/size", rule: "if", reason: "combinators are not mutated" },
    ]);
    expect(only(mutations, "/name", "type").request).toEqual({ name: 12345, size: 20 });
  });

  it("needs a named example", () => {
    const contract = contractOf(object({}), {});
    expect(() => generateMutations({ ...contract, requestExamples: [] })).toThrow("the request has no named example to start from");
  });
});

describe("maps", () => {
  it("breaks the key rule with a key it refuses, and walks an entry it adds when the example has none", () => {
    const map = { type: "object", propertyNames: { type: "string", pattern: "^[a-z]+$", maxLength: 4 }, additionalProperties: { type: "integer", maximum: 5 }, maxProperties: 2 };
    const { mutations, unmutated } = generate(object({ map }, ["map"]), { map: {} });
    expect(unmutated).toEqual([]);
    expect(only(mutations, "/map", "propertyNames")).toMatchObject({ change: 'key "NOT_A_KEY"', request: { map: { NOT_A_KEY: 0 } } });
    const max = only(mutations, "/map", "maxProperties");
    const keys = Object.keys((max.request as { map: object }).map);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,4}$/);
    const entry = mutations.find((m) => m.rule === "maximum")!;
    expect(entry.path).toMatch(/^\/map\/[a-z]{1,4}$/);
    expect(entry.change).toBe("6 (maximum 5)");
  });

  it("uses a key of the example when it has one, and says when no key is valid", () => {
    const { mutations } = generate(object({ map: { type: "object", additionalProperties: { type: "string", maxLength: 1 } } }, ["map"]), { map: { mine: "x" } });
    expect(only(mutations, "/map/mine", "maxLength").request).toEqual({ map: { mine: "xx" } });
    const none = generate(object({ map: { type: "object", propertyNames: { const: "never", maxLength: 2 }, additionalProperties: { type: "string" } } }, ["map"]), { map: {} });
    expect(none.unmutated).toContainEqual({ path: "/map", rule: "additionalProperties", reason: "no valid key for an entry of this map" });
  });

  it("says when it cannot find enough valid keys to exceed maxProperties", () => {
    const { unmutated } = generate(object({ map: { type: "object", propertyNames: { enum: ["a", "b"] }, additionalProperties: { type: "integer" }, maxProperties: 2 } }, ["map"]), { map: { a: 1, b: 2 } });
    expect(unmutated).toContainEqual({ path: "/map", rule: "maxProperties", reason: "not enough valid keys to exceed the bound" });
  });
});

describe("member paths", () => {
  it("are JSON Pointers, with / and ~ escaped", () => {
    const { mutations } = generate(object({ "a/b": { type: "string", maxLength: 2 }, "c~d": { type: "integer", maximum: 1 } }, ["a/b", "c~d"]), { "a/b": "x", "c~d": 0 });
    expect(summary(mutations)).toEqual([
      " type: 12345 instead of object",
      "/a~1b required: removed",
      "/c~0d required: removed",
      "/unexpectedMember additionalProperties: an undeclared member",
      "/a~1b type: 12345 instead of string",
      "/a~1b maxLength: length 3 (max 2)",
      '/c~0d type: "12345" instead of integer',
      "/c~0d maximum: 2 (maximum 1)",
    ]);
    expect(only(mutations, "/a~1b", "maxLength").request).toEqual({ "a/b": "xxx", "c~d": 0 });
    expect(only(mutations, "/c~0d", "required").request).toEqual({ "a/b": "x" });
  });
});

describe("patterns", () => {
  it("names each counterexample and shortens a long value around the change", () => {
    const value = "abcdefghijklmnopqrstuvwxyz";
    const { mutations } = generate(object({ id: { type: "string", pattern: "^[a-z]+$" } }, ["id"]), { id: value });
    const by = Object.fromEntries(mutations.filter((m) => m.rule === "pattern").map((m) => [m.variant, m]));
    expect(by["space first"]!.change).toBe('a space first (" abcdefghijklmnopqrs…") against ^[a-z]+$');
    expect(by["space inside"]!.change).toBe('a space inside ("…rstuvwxy z") against ^[a-z]+$');
    expect(by["space inside"]!.request).toEqual({ id: "abcdefghijklmnopqrstuvwxy z" });
    expect(by['"_" first']!.change).toMatch(/^leading "_" \("_abc/);
    expect(by["noncharacter inside"]!.change).toContain("\\uFFFF");
    expect(by["control character first"]!.change).toContain("\\u0000");
    expect(by["empty string"]).toMatchObject({ change: 'the empty string ("") against ^[a-z]+$', alsoBroken: [], request: { id: "" } });
    expect(by).not.toHaveProperty(["single character"]);
  });

  it("breaks a one-character value inside after lengthening it, or last when it cannot", () => {
    const { mutations } = generate(object({ id: { type: "string", pattern: "^[a-z]+$" } }, ["id"]), { id: "q" });
    const inside = mutations.find((m) => m.variant === "digit inside")!;
    expect(inside.request).toEqual({ id: "q0q" });
    const fixed = generate(object({ id: { type: "string", pattern: "^[a-z]$" } }, ["id"]), { id: "q" }).mutations;
    expect(fixed.filter((m) => m.variant?.endsWith(" last")).length).toBeGreaterThan(0);
    expect(fixed.find((m) => m.variant === "digit last")?.request).toEqual({ id: "q0" });
  });

  it("adds the first character alone when the pattern refuses it", () => {
    const { mutations } = generate(object({ id: { type: "string", pattern: "^[a-z]{2,}$" } }, ["id"]), { id: "abc" });
    expect(mutations.find((m) => m.variant === "single character")).toMatchObject({ change: 'a single character ("a") against ^[a-z]{2,}$', request: { id: "a" }, alsoBroken: [] });
  });

  it("falls back to any string that breaks a pattern no probe character breaks", () => {
    // Every probe is allowed anywhere; only "a b" is refused.
    const pattern = "^(?!a b$)[\\s\\S]*$";
    const { mutations, unmutated } = generate(object({ text: { type: "string", pattern } }, ["text"]), { text: "xy" });
    expect(unmutated).toEqual([]);
    const broken = mutations.filter((m) => m.rule === "pattern");
    expect(broken).toHaveLength(1);
    expect(broken[0]!.request).toEqual({ text: "a b" });
    expect(broken[0]!.change).toBe(`"a b" against ${pattern}`);
    expect(broken[0]).not.toHaveProperty("variant");
    // With a length bound that "a b" breaks, nothing else is found: listed, not dropped.
    expect(generate(object({ text: { type: "string", pattern, maxLength: 2 } }, ["text"]), { text: "xy" }).unmutated).toContainEqual({
      path: "/text",
      rule: "pattern",
      reason: `no string within the length bounds breaks ${pattern}`,
    });
  });

  it("grafts an optional member whose pattern refuses the plain letter", () => {
    const { mutations, unmutated } = generate(object({ name: { type: "string" }, code: { type: "string", pattern: "^[0-9]{3}-[A-Z]$", maxLength: 5 } }, ["name"]), { name: "n" });
    // The pattern fixes the length at 5: no longer string matches it.
    expect(unmutated).toEqual([{ path: "/code", rule: "maxLength", reason: "no longer string breaks only this rule" }]);
    const codes = mutations.filter((m) => m.path === "/code" && m.rule === "pattern" && !["empty string", "single character"].includes(m.variant ?? "")).map((m) => (m.request as { code: string }).code);
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect([...code], code).toHaveLength(5);
    expect(only(mutations, "/code", "type").request).toEqual({ name: "n", code: 12345 });
  });
});

describe("more of the generator's edges", () => {
  it("leaves a bound of zero alone", () => {
    const { mutations } = generate(
      object({ s: { type: "string", minLength: 0 }, l: { type: "array", minItems: 0, items: { type: "integer" } }, m: { type: "object", additionalProperties: { type: "integer" }, minProperties: 0 } }, ["s", "l", "m"]),
      { s: "", l: [1], m: { a: 1 } },
    );
    expect(mutations.map((m) => m.rule)).not.toEqual(expect.arrayContaining(["minLength"]));
    expect(mutations.map((m) => m.rule).filter((r) => r.startsWith("min"))).toEqual([]);
  });

  it("lengthens a string with a filler its pattern allows", () => {
    const { mutations } = generate(object({ s: { type: "string", maxLength: 3, pattern: "^ab-*$" } }, ["s"]), { s: "ab" });
    expect(only(mutations, "/s", "maxLength")).toMatchObject({ change: "length 4 (max 3)", request: { s: "ab--" } });
    const empty = generate(object({ s: { type: "string", maxLength: 2 } }, ["s"]), { s: "" }).mutations;
    expect(only(empty, "/s", "maxLength").request).toEqual({ s: "aaa" });
  });

  it("refuses pattern counterexamples that break the format too", () => {
    const pattern = "^2026";
    const { mutations } = generate(object({ when: { type: "string", format: "date-time", pattern } }, ["when"]), { when: "2026-01-01T00:00:00Z" });
    // Of every probe, only a digit in place of the first keeps a date-time (year 0026).
    expect(mutations.filter((m) => m.rule === "pattern").map((m) => [m.change, m.alsoBroken])).toEqual([[`digit "0" first, in place of "2" ("0026-01-01T00:00:00Z") against ${pattern}`, []]]);
    expect(only(mutations, "/when", "format")).toMatchObject({ change: '"not-a-date-time" against format date-time', request: { when: "not-a-date-time" } });
  });

  it("lists a format that accepts its counterexample as not checked", () => {
    const { unmutated } = generate(object({ re: { type: "string", format: "regex" } }, ["re"]), { re: "^a$" });
    expect(unmutated).toEqual([{ path: "/re", rule: "format", reason: "format regex not checked" }]);
  });

  it("lists a key rule that every key meets as not mutated, and names new keys after a valid one", () => {
    const { mutations, unmutated } = generate(object({ map: { type: "object", propertyNames: { type: "string" }, additionalProperties: { type: "integer" }, maxProperties: 2 } }, ["map"]), { map: {} });
    expect(unmutated).toEqual([{ path: "/map", rule: "propertyNames", reason: "no key breaks only this rule" }]);
    expect(Object.keys((only(mutations, "/map", "maxProperties").request as { map: object }).map)).toHaveLength(3);
    const plain = generate(object({ map: { type: "object", additionalProperties: { type: "integer", maximum: 1 }, maxProperties: 2 } }, ["map"]), { map: {} }).mutations;
    expect(only(plain, "/map", "maxProperties").request).toEqual({ map: { someKey0: 0, someKey1: 0, someKey2: 0 } });
    expect(only(plain, "/map/someKey", "maximum").request).toEqual({ map: { someKey: 2 } });
  });

  it("stands one punctuation character for all where only a literal is allowed, and probes each inside", () => {
    const { mutations } = generate(object({ id: { type: "string", pattern: "^x[a-z]*$" } }, ["id"]), { id: "xab" });
    const by = Object.fromEntries(mutations.filter((m) => m.rule === "pattern").map((m) => [m.variant, m]));
    const first = Object.keys(by).filter((v) => v.endsWith(" first"));
    expect(first).toContain("punctuation first");
    expect(first).toContain("lower-case letter first");
    expect(first.filter((v) => v.startsWith('"'))).toEqual([]);
    expect(by["punctuation first"]!.change).toBe('leading punctuation "!", in place of "x" ("!ab") against ^x[a-z]*$');
    expect(by["digit first"]!.change).toBe('digit "0" first, in place of "x" ("0ab") against ^x[a-z]*$');
    expect(by['"!" inside']!.change).toBe('"!" inside ("xa!b") against ^x[a-z]*$');
    expect(Object.keys(by).filter((v) => v.endsWith(" inside") && v.startsWith('"'))).toHaveLength(32);
    expect(by).not.toHaveProperty(["lower-case letter inside"]);
  });

  it("quotes a value up to 24 characters whole, and shortens a longer one", () => {
    const change = (value: string) =>
      generate(object({ id: { type: "string", pattern: "^[a-z]+$" } }, ["id"]), { id: value }).mutations.find((m) => m.variant === "space inside")!.change;
    expect(change("a".repeat(23))).toBe(`a space inside ("${"a".repeat(22)} a") against ^[a-z]+$`);
    expect(change("a".repeat(24))).toBe(`a space inside ("…${"a".repeat(8)} a") against ^[a-z]+$`);
  });
});
