#!/usr/bin/env node
/**
 * appflow-breaking-change-gate: compares the work tree's spec with the spec at a git ref
 * (default origin/main), prints the differences as a changelog, and exits 1 when the pending
 * changesets do not release the spec with the bump the differences need, when a version moved
 * by hand or backwards, or when a package's version does not equal info.version. A problem with
 * its input (an unknown base, a spec that does not bundle) is one line on stderr and exit 2.
 *
 *   appflow-breaking-change-gate --base origin/main
 *   appflow-breaking-change-gate --base-file old.yaml --revision-file new.yaml
 */
import { appendFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { firstLine } from "./errors.js";
import { runGate } from "./run.js";

try {
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
  // On GitHub Actions the changelog also lands on the run's summary page.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: the CLI reads it on GitHub Actions; no turbo task runs the CLI.
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) await appendFile(summary, report.changelog);
  process.exitCode = report.passed ? 0 : 1;
} catch (error) {
  // Bad input (GateInputError), a bad option (parseArgs) or anything else: one line, exit 2.
  console.error(`appflow-breaking-change-gate: ${firstLine((error as Error).message ?? String(error))}`);
  process.exitCode = 2;
}
