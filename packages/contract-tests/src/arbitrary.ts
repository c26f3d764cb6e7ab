import fc from "fast-check";
import type { Contract, Schema } from "./contract.js";
import { lengthWithin, primaryType } from "./schema.js";

/** How big generated values may grow; keeps requests small enough to send hundreds of. */
const MAX_EXTRA_ITEMS = 2;
const MAX_FREE_STRING = 24;

/**
 * A fast-check arbitrary of values valid against `schema` (the subset of draft 2020-12 that
 * OpenAPI request schemas use: `$ref`, objects with required/optional members and maps, arrays,
 * enums, const, patterns via `fc.stringMatching`, length and range bounds, `date-time`).
 * Throws on keywords it cannot honour, so a schema change never silently weakens the suite.
 */
export function arbitraryFor(contract: Contract, schema: Schema, seen: string[] = []): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === "string") {
    if (seen.includes(schema.$ref)) throw new Error(`recursive schema at ${schema.$ref}`);
    seen = [...seen, schema.$ref];
  }
  const s = contract.resolve(schema);
  for (const keyword of ["oneOf", "anyOf", "allOf", "not", "if", "multipleOf"]) {
    if (keyword in s) throw new Error(`arbitraryFor does not support ${keyword}`);
  }
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const type = primaryType(s);
  switch (type) {
    case "string":
      return stringArbitrary(s);
    case "integer":
    case "number": {
      const bound = (key: string) => (typeof s[key] === "number" ? (s[key] as number) : undefined);
      const [min, max, xmin, xmax] = [bound("minimum"), bound("maximum"), bound("exclusiveMinimum"), bound("exclusiveMaximum")];
      if (type === "number" && [min, max, xmin, xmax].some((b) => b !== undefined)) {
        return fc.double({
          min: min ?? xmin ?? -2_000_000_000,
          max: max ?? xmax ?? 2_000_000_000,
          minExcluded: min === undefined && xmin !== undefined,
          maxExcluded: max === undefined && xmax !== undefined,
          noNaN: true,
          noDefaultInfinity: true,
        });
      }
      // Whole numbers otherwise: unbounded `number`s here are epoch-second timestamps.
      return fc.integer({
        min: min ?? (xmin !== undefined ? Math.floor(xmin) + 1 : -2_000_000_000),
        max: max ?? (xmax !== undefined ? Math.ceil(xmax) - 1 : 2_000_000_000),
      });
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = arbitraryFor(contract, (s.items as Schema) ?? {}, seen);
      const minLength = (s.minItems as number) ?? 0;
      const maxLength = Math.min((s.maxItems as number) ?? Infinity, minLength + MAX_EXTRA_ITEMS);
      return s.uniqueItems === true
        ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(item, { minLength, maxLength });
    }
    case "object":
    case undefined: {
      const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
      const required = (s.required as string[] | undefined) ?? [];
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, member]) => [name, arbitraryFor(contract, member, seen)])),
        { requiredKeys: required },
      );
      const extra = s.additionalProperties;
      if (!extra || typeof extra !== "object") return record;
      // A map (`additionalProperties: {schema}`): a few keys that no declared member uses,
      // valid for `propertyNames` when the schema names a rule for keys.
      const keys = s.propertyNames
        ? (arbitraryFor(contract, s.propertyNames as Schema, seen) as fc.Arbitrary<string>)
        : fc.string({ minLength: 1, maxLength: 12 });
      const key = keys.filter((k) => !(k in properties) && k !== "__proto__");
      const minKeys = (s.minProperties as number) ?? 0;
      const maxKeys = Math.min((s.maxProperties as number) ?? Infinity, minKeys + 3);
      const map = fc.dictionary(key, arbitraryFor(contract, extra as Schema, seen), { minKeys, maxKeys });
      return fc.tuple(record, map).map(([declared, more]) => ({ ...more, ...declared }));
    }
    default:
      throw new Error(`arbitraryFor does not support type ${type}`);
  }
}

function stringArbitrary(s: Schema): fc.Arbitrary<string> {
  const minLength = (s.minLength as number) ?? 0;
  const maxLength = (s.maxLength as number) ?? Infinity;
  if (s.format === "date-time") {
    return fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (typeof s.format === "string") throw new Error(`arbitraryFor does not support format ${s.format}`);
  if (typeof s.pattern === "string") return patternArbitrary(s.pattern).filter((v) => lengthWithin(s, v));
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + MAX_FREE_STRING), unit: "grapheme-ascii" });
}

/**
 * `fc.stringMatching` for a pattern; for the few it cannot parse (e.g. surrogate-pair escapes
 * such as `\uD800\uDC00` in a Unicode-mode class), short ASCII strings that the pattern accepts.
 */
export function patternArbitrary(pattern: string): fc.Arbitrary<string> {
  const regex = new RegExp(pattern, "u");
  try {
    return fc.stringMatching(regex, { size: "small" });
  } catch {
    return fc.string({ maxLength: MAX_FREE_STRING, unit: "grapheme-ascii" }).filter((v) => regex.test(v));
  }
}
