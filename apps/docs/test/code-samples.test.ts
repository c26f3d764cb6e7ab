import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { bundledSpecPath } from "@appflow-contract/spec";
import { codeSampleLanguages, codeSamplesFor, defaultServerUrl, requestExamples } from "../src/code-samples.js";
import { operations, type OpenApiDocument } from "../src/openapi.js";

const spec = JSON.parse(await readFile(bundledSpecPath, "utf8")) as OpenApiDocument;
const [first] = operations(spec);
if (!first) throw new Error("The bundled spec has no operation");

describe("codeSamplesFor", () => {
  const samples = codeSamplesFor(spec, first.path, first.operation);
  const examples = requestExamples(spec, first.operation);

  it("writes one curl and one TypeScript sample per named request example", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(samples).toHaveLength(examples.length * 2);
  });

  it("sends each example's body unchanged", () => {
    for (const [, example] of examples) {
      const body = JSON.stringify(example.value, null, 2);
      const forExample = samples.filter((s) => s.label.endsWith(String(example.summary)));
      expect(forExample.map((s) => s.lang).sort()).toEqual(["TypeScript", "curl"]);
      for (const sample of forExample) expect(sample.source).toContain(body);
    }
  });

  it("targets the first server with its variables filled in and signs curl with SigV4", () => {
    expect(defaultServerUrl(spec)).not.toContain("{");
    const curl = samples.find((s) => s.lang === "curl");
    expect(curl?.source).toContain(`'${defaultServerUrl(spec)}${first.path}'`);
    expect(curl?.source).toMatch(/--aws-sigv4 'aws:amz:[a-z0-9-]+:appflow'/);
  });

  it("uses the client package's public face", () => {
    const ts = samples.find((s) => s.lang === "TypeScript")?.source ?? "";
    expect(ts).toContain('from "@appflow-contract/client"');
    expect(ts).toContain("createUpdateFlowClient({");
    expect(ts).toContain("await client.updateFlow(request)");
  });

  it("offers every sample, then the raw payload, in Redoc's language menu", () => {
    const languages = codeSampleLanguages(samples);
    expect(languages.map((l) => l.label)).toEqual([...samples.map((s) => s.label), "Payload"]);
  });
});
