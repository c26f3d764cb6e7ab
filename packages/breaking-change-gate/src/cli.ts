#!/usr/bin/env node
/**
 * appflow-breaking-change-gate: compares the work tree's spec with the spec at a git ref
 * (default origin/main), prints the differences as a changelog and exits 1 when a breaking
 * change comes without a new major info.version, or when the client package's version does not
 * equal info.version.
 *
 *   appflow-breaking-change-gate --base origin/main
 *   appflow-breaking-change-gate --base-file old.yaml --revision-file new.yaml --no-client-check
 */
import { appendFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runGate } from "./run.js";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "origin/main" },
    "spec-dir": { type: "string", default: "spec" },
    client: { type: "string", default: "packages/client/package.json" },
    "base-file": { type: "string" },
    "revision-file": { type: "string" },
    "no-client-check": { type: "boolean", default: false },
  },
});

const report = await runGate({
  cwd: process.cwd(),
  base: values.base,
  specDir: values["spec-dir"],
  clientPackageJson: values["no-client-check"] ? null : values.client,
  ...(values["base-file"] && { baseFile: resolve(values["base-file"]) }),
  ...(values["revision-file"] && { revisionFile: resolve(values["revision-file"]) }),
});

console.log(report.changelog);
if (report.clientVersion) console.log(`${report.clientVersion.ok ? "ok" : "FAIL"}: ${report.clientVersion.message}`);
// On GitHub Actions the changelog also lands on the run's summary page.
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, report.changelog);
process.exitCode = report.passed ? 0 : 1;
