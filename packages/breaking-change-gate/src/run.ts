import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { checkClientVersion, type VersionCheck } from "./client-version.js";
import { compareSpecs, formatChangelog, type GateResult } from "./gate.js";
import { bundleSpec, bundleSpecAtRef } from "./spec-at-ref.js";

/** Options of {@link runGate}. */
export interface GateOptions {
  /** A folder inside the git work tree whose spec is the revision. */
  cwd: string;
  /** The git ref to compare against (a branch such as origin/main, or a release tag). */
  base: string;
  /** The spec folder, relative to the repository root. */
  specDir?: string;
  /** The client's package.json, relative to the repository root; null skips the check explicitly. */
  clientPackageJson?: string | null;
  /** Compare these files instead of the spec at `base` and in the work tree. */
  baseFile?: string;
  revisionFile?: string;
}

/** What {@link runGate} found. */
export interface GateReport {
  /** The changes between the two specs, by severity. */
  result: GateResult;
  /** Whether the client's version follows the revision's `info.version`; null when skipped. */
  clientVersion: VersionCheck | null;
  /** The changes as Markdown, for a pull request or the step summary. */
  changelog: string;
  /** True when nothing breaks clients without a new major version. */
  passed: boolean;
}

/**
 * The whole gate: bundles the spec at `base` (from git) and in the work tree, compares them,
 * and checks that the client package's version equals the revision's `info.version`.
 */
export async function runGate(options: GateOptions): Promise<GateReport> {
  const repoRoot = (await promisify(execFile)("git", ["rev-parse", "--show-toplevel"], { cwd: options.cwd })).stdout.trim();
  const specDir = options.specDir ?? "spec";
  const baseFile = options.baseFile ?? (await bundleSpecAtRef({ repoRoot, ref: options.base, specDir }));
  const revisionFile =
    options.revisionFile ??
    (await bundleSpec(join(repoRoot, specDir, "openapi.yaml"), join(await mkdtemp(join(tmpdir(), "appflow-spec-")), "revision.openapi.json")));
  const result = await compareSpecs(baseFile, revisionFile);
  const client = options.clientPackageJson === undefined ? "packages/client/package.json" : options.clientPackageJson;
  const clientVersion = client === null ? null : await checkClientVersion(resolve(repoRoot, client), result.revisionVersion);
  return {
    result,
    clientVersion,
    changelog: formatChangelog(result),
    passed: result.passed && (clientVersion?.ok ?? true),
  };
}
