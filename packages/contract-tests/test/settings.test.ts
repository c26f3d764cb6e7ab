import { describe, expect, it } from "vitest";
import { DEFAULT_GENERATED_RUNS, parseRuns, readSuiteSettings } from "../src/settings.js";

describe("readSuiteSettings", () => {
  it("falls back to the defaults when the CLI set nothing", () => {
    expect(readSuiteSettings({})).toEqual({ headers: {}, generatedRuns: DEFAULT_GENERATED_RUNS });
  });

  it("reads what the CLI passes on", () => {
    const env = { CONTRACT_PROPERTY_RUNS: "7", CONTRACT_HEADERS: JSON.stringify({ authorization: "Bearer x" }) };
    expect(readSuiteSettings(env)).toEqual({ headers: { authorization: "Bearer x" }, generatedRuns: 7 });
  });

  it("refuses what the CLI would refuse, rather than running with NaN runs or no headers", () => {
    expect(() => readSuiteSettings({ CONTRACT_PROPERTY_RUNS: "abc" })).toThrow("CONTRACT_PROPERTY_RUNS=abc is not a positive integer");
    expect(() => readSuiteSettings({ CONTRACT_HEADERS: '["x"]' })).toThrow(/not a JSON object of strings/);
    expect(() => readSuiteSettings({ CONTRACT_HEADERS: "authorization: x" })).toThrow(/not a JSON object of strings/);
    expect(() => readSuiteSettings({ CONTRACT_HEADERS: '{"a": 1}' })).toThrow(/not a JSON object of strings/);
  });
});

describe("parseRuns", () => {
  it("accepts positive decimal integers only", () => {
    expect(parseRuns("40")).toBe(40);
    expect(parseRuns(" 5 ")).toBe(5);
    for (const text of ["abc", "0", "-3", "1.5", "", "40x", "1e3", "99999999999999999999"]) expect(parseRuns(text), text).toBeUndefined();
  });
});
