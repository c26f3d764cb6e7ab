#!/usr/bin/env node
/**
 * `pnpm bench`: runs every benchmark side by side, writes BENCHMARKS.md next to this package's
 * package.json and exits 1 when a budget is broken. `--only calls,size,validation,mock,pipeline`
 * runs a subset; `--quick` shrinks the sample counts for a smoke run.
 */
import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { UpdateFlowRequest } from "@appflow-contract/client";
import { benchCallOverhead } from "./calls.js";
import { benchMock } from "./mock.js";
import { benchPipeline } from "./pipeline.js";
import { checkBudgets, renderReport, type Report } from "./report.js";
import { benchBundleSize } from "./size.js";
import { requestExamples } from "@appflow-contract/spec";
import { benchColdValidation, benchValidation } from "./validation.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(packageDir, "..", "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args[args.indexOf("--only") + 1];
const only = args.includes("--only") && onlyArg ? new Set(onlyArg.split(",")) : undefined;
const wanted = (section: string) => !only || only.has(section);

const examples = new Map(
  Object.entries(requestExamples()).map(([name, example]) => [name, example.value as unknown as UpdateFlowRequest]),
);
const onDemand = examples.get("onDemandSalesforceToS3");
if (!onDemand) throw new Error("the spec lost its onDemandSalesforceToS3 example");

/** The widest realistic request: the SAP OData example mapping 250 fields one by one. */
function largestRealisticRequest(): UpdateFlowRequest {
  const base = examples.get("scheduledSapODataToS3") ?? onDemand!;
  const tasks = Array.from({ length: 250 }, (_, i) => ({
    taskType: "Map" as const,
    sourceFields: [`FIELD_${i}`],
    destinationField: `field_${i}`,
    connectorOperator: { SAPOData: "NO_OP" as const },
    taskProperties: { SOURCE_DATA_TYPE: "string", DESTINATION_DATA_TYPE: "string" },
  }));
  return { ...base, tasks: [...base.tasks, ...tasks] };
}

const report: Report = {
  date: new Date().toISOString(),
  command: `pnpm bench${args.length ? ` ${args.join(" ")}` : ""}`,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  versions: versions(),
};

if (wanted("calls")) {
  console.error("bench: call overhead");
  report.calls = await benchCallOverhead(onDemand, {
    rounds: quick ? 3 : 9,
    n: quick ? 200 : 1000,
    concurrency: [1, 16],
  });
}
if (wanted("size")) {
  console.error("bench: bundle size");
  report.size = await benchBundleSize(packageDir);
}
if (wanted("validation")) {
  console.error("bench: pre-flight validation");
  const requests = new Map(examples);
  requests.set("largest realistic (SAP OData, 256 tasks)", largestRealisticRequest());
  report.validation = {
    rates: await benchValidation(requests, { rounds: quick ? 3 : 7, n: quick ? 500 : 5000 }),
    coldMs: benchColdValidation(onDemand, packageDir, quick ? 3 : 9),
  };
}
if (wanted("mock")) {
  console.error("bench: mock");
  report.mock = await benchMock(onDemand, { seconds: quick ? 2 : 5 });
}
if (wanted("pipeline")) {
  console.error("bench: pipeline (cold, cached, spec touched)");
  report.pipeline = benchPipeline(root);
}

const markdown = renderReport(report);
const target = only ? join(packageDir, "BENCHMARKS.partial.md") : join(packageDir, "BENCHMARKS.md");
writeFileSync(target, markdown);
console.log(markdown);
console.error(`bench: wrote ${target}`);

const broken = checkBudgets(report);
if (broken.length > 0) {
  console.error(`\nbench: ${broken.length} budget(s) broken:\n${broken.map((b) => `  - ${b}`).join("\n")}`);
  process.exit(1);
}

/** Versions of what was measured: the bench's dependencies and those of the packages it runs. */
function versions(): Record<string, string> {
  const projects = JSON.parse(
    execFileSync("pnpm", ["--filter", "@appflow-contract/bench...", "ls", "--json", "--depth", "0"], {
      cwd: packageDir,
      encoding: "utf8",
    }),
  ) as Array<{ dependencies?: Record<string, { version: string }>; devDependencies?: Record<string, { version: string }> }>;
  const out: Record<string, string> = {};
  for (const project of projects) {
    for (const [name, { version }] of Object.entries({ ...project.dependencies, ...project.devDependencies })) {
      if (!version.startsWith("link:")) out[name] = version;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
