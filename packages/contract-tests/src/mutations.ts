import { toPointer } from "@appflow-contract/spec";
import fc from "fast-check";
import { arbitraryFor, patternArbitrary } from "./arbitrary.js";
import type { Contract, Schema, ValidationError } from "./contract.js";
import { lengthWithin, primaryType, typesOf } from "./schema.js";

/** One invalid request: a valid request with exactly one rule of the request schema broken. */
export interface Mutation {
  /** JSON Pointer of the member the rule applies to (for `required`, the missing member). */
  path: string;
  /** The JSON Schema keyword that is broken (`required`, `pattern`, `maxLength`, ...). */
  rule: string;
  /** What was done, e.g. `length 257 (max 256)`. */
  change: string;
  /** The named example the request started from. */
  base: string;
  request: unknown;
  /** Other keywords that necessarily fail at the same member (e.g. `pattern` for an empty string). */
  alsoBroken: string[];
  /**
   * For a `pattern`, which counterexample this is, stable across example values, for grouping in
   * a report: `<class> first` / `<class> inside` (e.g. `space first`, `"_" inside`,
   * `non-ASCII letter inside`; `punctuation first` where one punctuation character stands for all;
   * `<class> last` for a one-character value that cannot be lengthened), `single character` or
   * `empty string`. Absent for other rules.
   */
  variant?: string;
}

/** A rule of the schema for which no mutation could be made, and why. */
export interface Unmutated {
  path: string;
  rule: string;
  reason: string;
}

type Json = unknown;
type Tokens = (string | number)[];

function clone<T>(value: T): T {
  return structuredClone(value);
}

function getAt(root: Json, tokens: Tokens): Json {
  return tokens.reduce<Json>((at, t) => (at as Record<string, Json> | undefined)?.[t as string], root);
}

/** Returns a copy of `root` with the value at `tokens` replaced (or deleted when `value` is `DELETE`). */
function setAt(root: Json, tokens: Tokens, value: Json): Json {
  if (tokens.length === 0) return value;
  const copy = clone(root) as Record<string, Json>;
  const parent = getAt(copy, tokens.slice(0, -1)) as Record<string, Json>;
  const last = tokens[tokens.length - 1] as string;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
  return copy;
}
const DELETE = Symbol("delete");

function patternOf(s: Schema): RegExp | undefined {
  return typeof s.pattern === "string" ? new RegExp(s.pattern, "u") : undefined;
}

/** A short string valid for a string schema: enum/const first, then pattern and length. */
function minimalString(s: Schema): string | undefined {
  if (s.format === "date-time") return "2026-01-01T00:00:00Z";
  const pattern = patternOf(s);
  const min = (s.minLength as number) ?? 0;
  const plain = "a".repeat(Math.max(min, 1));
  if ((!pattern || pattern.test(plain)) && lengthWithin(s, plain)) return plain;
  if (!pattern) return undefined;
  // A deterministic sample of strings matching the pattern; the shortest one of the right length.
  const candidates = fc
    .sample(patternArbitrary(s.pattern as string), { seed: 1, numRuns: 300 })
    .filter((v) => lengthWithin(s, v))
    .sort((a, b) => a.length - b.length);
  return candidates[0];
}

/**
 * The smallest value valid for `schema` (required members only, minimal items), used to graft
 * an optional member into an example so that the rules below it can be broken.
 */
function minimalValue(contract: Contract, schema: Schema, seen: string[] = []): Json {
  const s = contract.resolve(schema);
  if (typeof schema.$ref === "string") {
    if (seen.includes(schema.$ref)) throw new Error(`recursive schema at ${schema.$ref}`);
    seen = [...seen, schema.$ref];
  }
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const type = primaryType(s);
  switch (type) {
    case "string":
      return minimalString(s);
    case "integer":
    case "number":
      return minimalNumber(s, type === "integer");
    case "boolean":
      return true;
    case "null":
      return null;
    case "array":
      return Array.from({ length: (s.minItems as number) ?? 0 }, () => minimalValue(contract, s.items as Schema, seen));
    default: {
      const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
      const required = (s.required as string[] | undefined) ?? [];
      return Object.fromEntries(required.map((name) => [name, minimalValue(contract, properties[name] ?? {}, seen)]));
    }
  }
}

/** A number within the bounds (exclusive ones too), preferring the lower bound, then 0. */
function minimalNumber(s: Schema, integer: boolean): number | undefined {
  const num = (key: string) => (typeof s[key] === "number" ? (s[key] as number) : undefined);
  const [min, max, xmin, xmax] = [num("minimum"), num("maximum"), num("exclusiveMinimum"), num("exclusiveMaximum")];
  const within = (n: number) =>
    (!integer || Number.isInteger(n)) &&
    (min === undefined || n >= min) &&
    (max === undefined || n <= max) &&
    (xmin === undefined || n > xmin) &&
    (xmax === undefined || n < xmax);
  const lo = min ?? xmin;
  const hi = max ?? xmax;
  const candidates = [min, xmin !== undefined ? xmin + 1 : undefined, lo !== undefined && hi !== undefined ? (lo + hi) / 2 : undefined, 0, max, xmax !== undefined ? xmax - 1 : undefined];
  return candidates.find((n): n is number => n !== undefined && within(n));
}

/** A value whose JSON type is none of `allowed` (JSON Schema type names). */
function wrongType(allowed: string[]): Json {
  const candidates: [string[], Json][] = [
    [["integer", "number"], 12345],
    [["string"], "12345"],
    [["object"], ["not", "an", "object"]],
    [["array"], { not: "an array" }],
    [["boolean"], 0],
  ];
  for (const [typesOfValue, value] of candidates) {
    if (!allowed.some((t) => typesOfValue.includes(t))) return value;
  }
  return null;
}

/** The 32 ASCII punctuation characters. */
const PUNCTUATION: ReadonlySet<string> = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

/**
 * One representative of each character class a pattern may forbid, probed at each position:
 * whitespace and controls, letters beyond ASCII, digits, both ASCII cases, and each of the 32
 * ASCII punctuation characters on its own (classes like `[\w!@#.-]` allow some and forbid others).
 */
const PROBES: { char: string; name: string; variant: string }[] = [
  { char: " ", name: "a space", variant: "space" },
  { char: "\t", name: "a tab", variant: "tab" },
  { char: "\n", name: "a line feed", variant: "line feed" },
  { char: "\u0000", name: "a NUL control character", variant: "control character" },
  { char: "é", name: 'non-ASCII letter "é"', variant: "non-ASCII letter" },
  { char: "ж", name: 'non-Latin letter "ж"', variant: "non-Latin letter" },
  { char: "😀", name: 'astral symbol "😀"', variant: "astral symbol" },
  { char: "\uFFFF", name: "noncharacter U+FFFF", variant: "noncharacter" },
  { char: "0", name: 'digit "0"', variant: "digit" },
  { char: "A", name: 'upper-case letter "A"', variant: "upper-case letter" },
  { char: "a", name: 'lower-case letter "a"', variant: "lower-case letter" },
  ...[...PUNCTUATION].map((c) => ({ char: c, name: JSON.stringify(c), variant: JSON.stringify(c) })),
];

/** A counterexample of a `pattern`, before it is checked against the whole request. */
interface Counterexample {
  value: string;
  change: string;
  variant: string;
  /** Keywords it may break besides `pattern` (the shortest strings may break `minLength`). */
  also: string[];
}

/** `value` as a JSON string, with the invisible characters JSON leaves raw (U+007F-U+009F, U+FFFE, U+FFFF) escaped too. */
function quote(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** `value` quoted, shortened around code point `at` when long, for a readable `change`. */
function excerpt(value: string, at: number): string {
  const chars = [...value];
  if (chars.length <= 24) return quote(value);
  const from = Math.max(0, at - 8);
  const to = Math.min(chars.length, from + 20);
  return `"${from > 0 ? "…" : ""}${quote(chars.slice(from, to).join("")).slice(1, -1)}${to < chars.length ? "…" : ""}"`;
}

/**
 * Strings that break `s.pattern`, each a valid value with one character inserted or replaced:
 * for every probe character the pattern forbids at the first position, and inside (before the
 * last character), one counterexample; then the shortest strings (the first character alone,
 * the empty string) when the pattern rejects them.
 *
 * A position is probed by insertion when some probe inserted there is accepted within the length
 * bounds (so that it is the character, not the insertion, that breaks the pattern), by
 * replacement otherwise (e.g. a value at its `maxLength`). Where no other character than the one
 * there is accepted (a literal, such as the `a` of `^arn:`), the punctuation characters all
 * behave the same and one stands for them. A value too short to have an inside is lengthened with its last character
 * when that stays valid; otherwise the character goes at the end (`last`).
 */
function patternCounterexamples(s: Schema, pattern: RegExp, valid: string): Counterexample[] {
  const fits = (v: string) => lengthWithin(s, v);
  const found: Counterexample[] = [];
  const probeAt = (base: string, at: number, where: string): void => {
    const chars = [...base];
    const insert = (c: string) => [...chars.slice(0, at), c, ...chars.slice(at)].join("");
    const replace = (c: string) => [...chars.slice(0, at), c, ...chars.slice(at + 1)].join("");
    const inserting = at >= chars.length || PROBES.some(({ char }) => fits(insert(char)) && pattern.test(insert(char)));
    const edit = inserting ? insert : replace;
    // Whether any other character is allowed here: the probes, and a second letter and digit for
    // when a probe is the very character replaced.
    const others = [...PROBES.map((p) => p.char), "b", "Z", "9"];
    const literal = !others.some((c) => edit(c) !== base && pattern.test(edit(c)));
    let forbidden = PROBES.filter(({ char }) => edit(char) !== base && !pattern.test(edit(char)) && fits(edit(char)));
    if (literal) {
      const punctuation = forbidden.filter((p) => PUNCTUATION.has(p.char));
      forbidden = forbidden.filter((p) => !PUNCTUATION.has(p.char) || p === punctuation[0]);
    }
    for (const probe of forbidden) {
      const value = edit(probe.char);
      const punctuation = PUNCTUATION.has(probe.char);
      const name = punctuation && literal ? `punctuation ${probe.name}` : probe.name;
      const label = where === "first" && punctuation ? `leading ${name}` : `${name} ${where}`;
      const replaced = inserting ? "" : `, in place of ${quote(chars[at] ?? "")}`;
      const variant = punctuation && literal ? `punctuation ${where}` : `${probe.variant} ${where}`;
      found.push({ value, change: `${label}${replaced} (${excerpt(value, at)})`, variant, also: [] });
    }
  };
  const chars = [...valid];
  probeAt(valid, 0, "first");
  if (chars.length >= 2) probeAt(valid, chars.length - 1, "inside");
  else if (chars.length === 1) {
    const longer = [valid + valid, `${valid}a`, `${valid}0`].find((v) => pattern.test(v) && fits(v));
    if (longer !== undefined) probeAt(longer, 1, "inside");
    else probeAt(valid, 1, "last");
  }
  const single = chars[0];
  if (chars.length > 1 && single !== undefined && !pattern.test(single)) {
    found.push({ value: single, change: `a single character (${quote(single)})`, variant: "single character", also: ["minLength"] });
  }
  if (valid !== "" && !pattern.test("")) found.push({ value: "", change: 'the empty string ("")', variant: "empty string", also: ["minLength"] });
  return found;
}

/** Candidate strings that break a pattern, built around a valid value. */
function patternBreakers(valid: string): string[] {
  const odd = [" ", "\t", "\n", "\u0000", "é", "~", "%", "!", "/", "*", "\\", "\"", "<", "a b", "ab cd"];
  return ["", ...odd, ...odd.map((c) => c + valid), ...odd.map((c) => valid + c), ...odd.map((c) => valid.slice(0, 1) + c + valid.slice(1))];
}

/**
 * Every mutation the request schema allows: one per rule per member, except a `pattern`, broken
 * once per character class it forbids at the first position and inside, and by the shortest
 * strings (see {@link patternCounterexamples}); each starting from a named example (optional
 * members and array items grafted in with a minimal valid value). Each mutation is checked with
 * ajv: the request breaks the intended rule at the intended member and nothing anywhere else; a
 * request made twice is kept once. Works at any depth: `$ref`, objects, arrays, maps, enums, patterns,
 * length and range bounds.
 */
export function generateMutations(contract: Contract): { mutations: Mutation[]; unmutated: Unmutated[] } {
  const mutations: Mutation[] = [];
  const unmutated: Unmutated[] = [];
  const base = contract.requestExamples[0];
  if (!base) throw new Error("the request has no named example to start from");

  /** The requests kept so far (as JSON): a request made twice, by two rules or two edits, is kept once. */
  const kept = new Set<string>();
  /**
   * Keeps `request` if ajv says exactly `rule` breaks at `path` (other keywords only there too,
   * and only those of `options.also` when given), and it is not a request already kept.
   */
  const accept = (request: Json, path: Tokens, rule: string, change: string, errorPath = path, options: { also?: string[]; variant?: string } = {}): boolean => {
    const valid = contract.validateRequest(request);
    const errors: readonly ValidationError[] = contract.validateRequest.errors ?? [];
    if (valid) return false;
    const at = toPointer(errorPath);
    const target = errors.filter((e) => e.instancePath === at);
    if (target.length !== errors.length || !target.some((e) => e.keyword === rule)) return false;
    const alsoBroken = [...new Set(target.map((e) => e.keyword).filter((k) => k !== rule))];
    if (options.also && !alsoBroken.every((k) => options.also?.includes(k))) return false;
    const key = JSON.stringify(request);
    if (kept.has(key)) return false;
    kept.add(key);
    const mutation: Mutation = { path: toPointer(path), rule, change, base: base.name, request, alsoBroken };
    if (options.variant !== undefined) mutation.variant = options.variant;
    mutations.push(mutation);
    return true;
  };
  const skip = (path: Tokens, rule: string, reason: string): void => {
    unmutated.push({ path: toPointer(path), rule, reason });
  };

  const walk = (schema: Schema, request: Json, path: Tokens, seen: string[]): void => {
    if (typeof schema.$ref === "string") {
      if (seen.includes(schema.$ref)) {
        skip(path, "$ref", `recursion into ${schema.$ref} not followed`);
        return;
      }
      seen = [...seen, schema.$ref];
    }
    const s = contract.resolve(schema);
    const value = getAt(request, path);
    const put = (v: Json) => setAt(request, path, v);
    const allowed = typesOf(s);

    for (const combinator of ["oneOf", "anyOf", "allOf", "not", "if"]) {
      if (combinator in s) skip(path, combinator, "combinators are not mutated");
    }
    if (allowed.length > 0) {
      const wrong = wrongType(allowed);
      accept(put(wrong), path, "type", `${JSON.stringify(wrong)} instead of ${allowed.join("|")}`) ||
        skip(path, "type", "no wrong-typed value breaks only this rule");
    }
    if (Array.isArray(s.enum)) {
      const outside = typeof s.enum[0] === "string" ? `NOT_${s.enum.join("_").slice(0, 40)}` : 987654321;
      accept(put(outside), path, "enum", `${JSON.stringify(outside)} is not one of ${s.enum.length} values`) ||
        skip(path, "enum", "no value outside the enum breaks only this rule");
    }
    if ("const" in s) {
      const other = typeof s.const === "string" ? `not-${s.const}` : typeof s.const === "boolean" ? !s.const : "other";
      accept(put(other), path, "const", `${JSON.stringify(other)} instead of ${JSON.stringify(s.const)}`);
    }

    if (typeof value === "string") {
      const pattern = patternOf(s);
      const chars = [...value];
      const min = s.minLength as number | undefined;
      const max = s.maxLength as number | undefined;
      if (min !== undefined && min > 0) {
        accept(put(chars.slice(0, min - 1).join("")), path, "minLength", `length ${min - 1} (min ${min})`) ||
          skip(path, "minLength", "no shorter string breaks only this rule");
      }
      if (max !== undefined) {
        const fillers = [chars[chars.length - 1] ?? "a", "a", "0", "_", "-", "x"];
        const made = fillers.some((fill) => {
          const long = value + fill.repeat(Math.max(0, max + 1 - chars.length));
          return (!pattern || pattern.test(long)) && accept(put(long), path, "maxLength", `length ${max + 1} (max ${max})`);
        });
        if (!made) skip(path, "maxLength", "no longer string breaks only this rule");
      }
      if (pattern) {
        // Every counterexample is tried (no short-circuit): each that breaks only the pattern is kept.
        const broken = patternCounterexamples(s, pattern, value).filter((c) =>
          accept(put(c.value), path, "pattern", `${c.change} against ${s.pattern}`, path, { also: c.also, variant: c.variant }),
        );
        if (broken.length === 0) {
          // A pattern no probe character breaks (e.g. one on the length alone): any string that does.
          const breaker = patternBreakers(value).find((c) => !pattern.test(c) && lengthWithin(s, c));
          if (breaker === undefined || !accept(put(breaker), path, "pattern", `${JSON.stringify(breaker)} against ${s.pattern}`)) {
            skip(path, "pattern", `no string within the length bounds breaks ${s.pattern}`);
          }
        }
      }
      if (typeof s.format === "string") {
        accept(put(`not-a-${s.format}`), path, "format", `"not-a-${s.format}" against format ${s.format}`) ||
          skip(path, "format", `format ${s.format} not checked`);
      }
    }

    if (typeof value === "number") {
      const bounds: [string, number | undefined][] = [
        ["minimum", typeof s.minimum === "number" ? s.minimum - 1 : undefined],
        ["maximum", typeof s.maximum === "number" ? s.maximum + 1 : undefined],
        ["exclusiveMinimum", s.exclusiveMinimum as number | undefined],
        ["exclusiveMaximum", s.exclusiveMaximum as number | undefined],
      ];
      for (const [rule, number] of bounds) {
        if (number !== undefined) accept(put(number), path, rule, `${number} (${rule} ${s[rule]})`);
      }
    }

    if (Array.isArray(value)) {
      const itemSchema = (s.items as Schema | undefined) ?? {};
      let list = value;
      let at = request;
      if (list.length === 0 && s.items) {
        list = [minimalValue(contract, itemSchema, seen)];
        at = put(list);
      }
      const min = s.minItems as number | undefined;
      const max = s.maxItems as number | undefined;
      if (min !== undefined && min > 0) {
        accept(setAt(at, path, list.slice(0, min - 1)), path, "minItems", `${min - 1} items (min ${min})`);
      }
      if (max !== undefined && list.length > 0) {
        const long = Array.from({ length: max + 1 }, (_, i) => list[i % list.length]);
        accept(setAt(at, path, long), path, "maxItems", `${max + 1} items (max ${max})`);
      }
      if (s.uniqueItems === true && list.length > 0) {
        accept(setAt(at, path, [list[0], list[0]]), path, "uniqueItems", "the same item twice");
      }
      if (s.items && (at === request || contract.validateRequest(at))) walk(itemSchema, at, [...path, 0], seen);
      else if (s.items) skip([...path, 0], "items", "a minimal item does not make the request valid");
    }

    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const object = value as Record<string, Json>;
      const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
      for (const name of (s.required as string[] | undefined) ?? []) {
        accept(setAt(request, [...path, name], DELETE), [...path, name], "required", "removed", path);
      }
      if (s.additionalProperties === false) {
        const extra = "unexpectedMember";
        accept(setAt(request, [...path, extra], true), [...path, extra], "additionalProperties", "an undeclared member", path);
      }
      const members: [string, Schema][] = Object.entries(properties);
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        // A map: break its key rule and its size bounds, then walk one entry's value.
        const valueSchema = s.additionalProperties as Schema;
        const keySchema = (s.propertyNames as Schema | undefined) ?? {};
        const validKey = (k: string) => !(k in properties) && contract.validateRequest(setAt(request, [...path, k], minimalValue(contract, valueSchema, seen)));
        const keys = [Object.keys(object).find((k) => !(k in properties)), minimalValue(contract, keySchema, seen), "someKey", "k"];
        const key = keys.find((k): k is string => typeof k === "string" && k in object) ?? keys.find((k): k is string => typeof k === "string" && validKey(k));
        if (s.propertyNames) {
          const breakers = ["NOT_A_KEY", ...patternBreakers(key ?? "k")];
          const made = breakers.some(
            (bad) => !(bad in properties) && accept(setAt(request, [...path, bad], minimalValue(contract, valueSchema, seen)), path, "propertyNames", `key ${JSON.stringify(bad)}`),
          );
          if (!made) skip(path, "propertyNames", "no key breaks only this rule");
        }
        const min = s.minProperties as number | undefined;
        const max = s.maxProperties as number | undefined;
        if (min !== undefined && min > 0) {
          const fewer = Object.fromEntries(Object.entries(object).slice(0, min - 1));
          accept(put(fewer), path, "minProperties", `${min - 1} entries (min ${min})`) || skip(path, "minProperties", "no smaller map breaks only this rule");
        }
        if (max !== undefined) {
          const value = minimalValue(contract, valueSchema, seen);
          // Distinct keys valid for `propertyNames`, drawn deterministically from its arbitrary.
          const sampled = s.propertyNames ? fc.sample(arbitraryFor(contract, keySchema, seen), { seed: 1, numRuns: 20 * (max + 1) }) : [];
          const candidates = [...new Set([...sampled.map(String), ...Array.from({ length: max + 1 }, (_, i) => `${key ?? "k"}${i}`)])];
          const extra = candidates.filter((k) => !(k in object) && !(k in properties) && validKey(k));
          const bigger = { ...object, ...Object.fromEntries(extra.slice(0, Math.max(0, max + 1 - Object.keys(object).length)).map((k) => [k, value])) };
          (Object.keys(bigger).length > max && accept(put(bigger), path, "maxProperties", `${max + 1} entries (max ${max})`)) ||
            skip(path, "maxProperties", "not enough valid keys to exceed the bound");
        }
        if (key !== undefined) members.push([key, valueSchema]);
        else skip(path, "additionalProperties", "no valid key for an entry of this map");
      }
      for (const [name, member] of members) {
        let at = request;
        if (!(name in object)) {
          let graft: Json;
          try {
            graft = minimalValue(contract, member, seen);
          } catch (error) {
            skip([...path, name], "graft", (error as Error).message);
            continue;
          }
          at = setAt(request, [...path, name], graft);
          if (graft === undefined || !contract.validateRequest(at)) {
            skip([...path, name], "graft", "no minimal valid value found");
            continue;
          }
        }
        walk(member, at, [...path, name], seen);
      }
    }
  };

  walk(contract.requestSchema, clone(base.value), [], []);
  return { mutations, unmutated };
}
