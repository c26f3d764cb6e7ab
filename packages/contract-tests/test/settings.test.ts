import { describe, expect, it } from "vitest";
import { DEFAULT_GENERATED_RUNS, isRegion, parseRuns, readSuiteSettings } from "../src/settings.js";

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

describe("readSuiteSettings, for --missing-flow and --sigv4", () => {
  const credentials = { AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" };

  it("reads the missing flow and the Region with the environment's credentials", () => {
    expect(readSuiteSettings({ CONTRACT_MISSING_FLOW: "gone", CONTRACT_SIGV4_REGION: "eu-west-1", ...credentials, AWS_SESSION_TOKEN: "token" })).toEqual({
      headers: {},
      generatedRuns: DEFAULT_GENERATED_RUNS,
      missingFlow: "gone",
      sigv4: { region: "eu-west-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "token" } },
    });
  });

  it("refuses a Region that is not one, and signing without credentials", () => {
    expect(() => readSuiteSettings({ CONTRACT_SIGV4_REGION: "useast1", ...credentials })).toThrow("CONTRACT_SIGV4_REGION=useast1 is not an AWS Region");
    expect(() => readSuiteSettings({ CONTRACT_SIGV4_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "AKIDEXAMPLE" })).toThrow(
      "SigV4 signing needs AWS_SECRET_ACCESS_KEY in the environment",
    );
  });

  it("knows AWS Region names", () => {
    for (const region of ["us-east-1", "eu-central-2", "us-gov-west-1", "ap-southeast-4"]) expect(isRegion(region), region).toBe(true);
    for (const text of ["useast1", "us-east", "US-EAST-1", "us-east-1 ", "https://x"]) expect(isRegion(text), text).toBe(false);
  });
});
