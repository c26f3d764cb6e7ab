import type { Schema } from "./contract.js";

/** The JSON Schema type names of `s` (`type` as a string or a list; none when absent). */
export function typesOf(s: Schema): string[] {
  return Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : [];
}

/** The type a generator builds for `s`: its first declared type, else inferred from `properties`/`items`. */
export function primaryType(s: Schema): string | undefined {
  return typesOf(s)[0] ?? (s.properties ? "object" : s.items ? "array" : undefined);
}

/** Whether `value`'s length in code points is within `minLength`/`maxLength` of `s` (as ajv counts). */
export function lengthWithin(s: Schema, value: string): boolean {
  const length = [...value].length;
  return length >= ((s.minLength as number | undefined) ?? 0) && length <= ((s.maxLength as number | undefined) ?? Infinity);
}
