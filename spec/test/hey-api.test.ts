/**
 * A generator of another family reads the spec: @hey-api/openapi-ts writes TypeScript types and
 * zod schemas from the bundle into a temporary folder, tsc typechecks them together with every
 * request example (and one that must not typecheck), and the zod schemas run: each request
 * example parses, broken requests do not, and on every pattern sample of `patterns.ts` each
 * generated string schema answers as the spec does (ajv).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContractAjv, schemaRef } from "../src/ajv.js";
import { bundledSpecPath } from "../src/index.js";
import { PATTERN_SAMPLES, modelPatternOf } from "./patterns.js";
import { loadBundledSpec, requestExamples } from "./spec.js";

const require = createRequire(import.meta.url);
const doc = loadBundledSpec();
const examples = requestExamples(doc);

interface SafeParse {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; code: string }> };
}
type ZodModule = Record<string, { safeParse(value: unknown): SafeParse }>;

let workDir: string;
let zod: ZodModule;
let tsc: { status: number | null; output: string };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "spec-hey-api-"));
  const generated = join(workDir, "src", "generated");
  await createClient({
    input: bundledSpecPath,
    output: { path: generated },
    plugins: ["@hey-api/typescript", "zod"],
    logs: { level: "silent", file: false },
  });

  // The folder is a tiny ESM package of its own that finds the spec package's zod.
  await mkdir(join(workDir, "node_modules"));
  await symlink(dirname(require.resolve("zod/package.json")), join(workDir, "node_modules", "zod"), "dir");
  await writeFile(join(workDir, "package.json"), JSON.stringify({ type: "module" }));
  const values = Object.entries(examples).map(([name, example]) => `export const ${name} = ${JSON.stringify(example.value)} satisfies UpdateFlowRequest;`);
  await writeFile(
    join(workDir, "src", "examples.ts"),
    [
      'import type { UpdateFlowRequest } from "./generated/types.gen.js";',
      'import type { z } from "zod";',
      'import type { zUpdateFlowRequest } from "./generated/zod.gen.js";',
      "// Each example is a request for the generated type and for the zod schema's input.",
      "type ZodRequest = z.input<typeof zUpdateFlowRequest>;",
      ...values,
      ...Object.entries(examples).map(([name, example]) => `export const ${name}Input: ZodRequest = ${JSON.stringify(example.value)};`),
      "// @ts-expect-error: triggerType is one of the model's values, and flowName is required.",
      `export const broken: UpdateFlowRequest = { ...${Object.keys(examples)[0]}, flowName: undefined, triggerConfig: { triggerType: "Hourly" } };`,
      "",
    ].join("\n"),
  );
  await writeFile(
    join(workDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        outDir: "out",
        noEmitOnError: true,
        skipLibCheck: true,
        types: [],
      },
      include: ["src/**/*.ts"],
    }),
  );
  const run = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(workDir, "tsconfig.json")], { encoding: "utf8" });
  tsc = { status: run.status, output: `${run.stdout}${run.stderr}` };
  if (run.status === 0) zod = (await import(pathToFileURL(join(workDir, "out", "generated", "zod.gen.js")).href)) as ZodModule;
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The generated zod schema of a component (hey-api writes `z` + the name in its own casing). */
function zodSchemaOf(component: string) {
  const name = Object.keys(zod).find((key) => key.toLowerCase() === `z${component}`.toLowerCase());
  if (!name) throw new Error(`hey-api wrote no zod schema for ${component}`);
  return zod[name]!;
}

describe("@hey-api/openapi-ts on the bundle", () => {
  it("writes types and zod schemas that typecheck (tsc, strict) with every request example", () => {
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("writes a zod schema that parses every request example", () => {
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const [name, example] of Object.entries(examples)) {
      const result = zodSchemaOf("UpdateFlowRequest").safeParse(example.value);
      expect(result.error?.issues ?? [], name).toEqual([]);
    }
  });

  it("and refuses broken requests, each for its rule", () => {
    const [first] = Object.values(examples).map((e) => e.value);
    const metadata = Object.values(examples).find((e) => e.value.metadataCatalogConfig)?.value;
    expect(metadata, "an example with metadataCatalogConfig").toBeDefined();
    const broken: Array<[string, unknown, string]> = [
      ["flowName breaks its pattern", { ...first, flowName: "a b" }, "flowName"],
      ["triggerType is not a value of the model", { ...first, triggerConfig: { triggerType: "Hourly" } }, "triggerConfig"],
      ["tasks is missing", { ...first, tasks: undefined }, "tasks"],
      [
        "a Glue database name spans two lines",
        structuredClone({ ...metadata, metadataCatalogConfig: { glueDataCatalog: { ...(metadata!.metadataCatalogConfig as { glueDataCatalog: object }).glueDataCatalog, databaseName: "a\nb" } } }),
        "metadataCatalogConfig",
      ],
    ];
    for (const [why, body, member] of broken) {
      const result = zodSchemaOf("UpdateFlowRequest").safeParse(body);
      expect(result.success, why).toBe(false);
      expect(result.error!.issues.map((issue) => String(issue.path[0])), why).toContain(member);
    }
  });

  it("answers as the spec (ajv) on every pattern sample, in each string schema with a pattern", () => {
    const ajv = createContractAjv(doc);
    const withPattern = Object.entries(doc.components.schemas).filter(([, schema]) => typeof schema.pattern === "string");
    expect(withPattern.length).toBeGreaterThan(10);
    for (const [name, schema] of withPattern) {
      const validate = ajv.getSchema(schemaRef(name))!;
      const { accepts, refuses } = PATTERN_SAMPLES[modelPatternOf(schema.pattern as string)]!;
      const disagree = [...accepts, ...refuses].filter((sample) => zodSchemaOf(name).safeParse(sample).success !== validate(sample));
      expect(disagree.map((s) => JSON.stringify(s)), name).toEqual([]);
    }
  });
});
