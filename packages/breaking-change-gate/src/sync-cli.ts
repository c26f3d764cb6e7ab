#!/usr/bin/env node
/**
 * appflow-sync-info-version: the second half of `pnpm version-packages` (after `changeset
 * version`): sets `info.version` in spec/openapi.yaml to spec/package.json's version and checks
 * that the client's version is the same. Input problems are one line and exit 2.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { firstLine } from "./errors.js";
import { syncInfoVersion } from "./sync-info-version.js";

try {
  const { values } = parseArgs({
    options: {
      "spec-dir": { type: "string", default: "spec" },
      client: { type: "string", default: "packages/client/package.json" },
    },
  });
  const repoRoot = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
  const { from, to } = await syncInfoVersion({ repoRoot, specDir: values["spec-dir"], followers: [values.client] });
  console.log(from === to ? `${values["spec-dir"]}/openapi.yaml info.version is ${to}` : `${values["spec-dir"]}/openapi.yaml info.version ${from} → ${to}`);
} catch (error) {
  console.error(`appflow-sync-info-version: ${firstLine((error as Error).message ?? String(error))}`);
  process.exitCode = 2;
}
