import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import semver from "semver";
import { pendingChangesets, pendingChangesetsAtRef, readWorkspace } from "./changesets.js";
import { checkClientVersion } from "./client-version.js";
import { GateInputError } from "./errors.js";
import { BUMP_RANK, type Bump, type ContractDiff, compareSpecs, formatChanges } from "./gate.js";
import { type Check, checkRelease } from "./release.js";
import { bundleSpec, bundleSpecAtRef, temporaryFolder } from "./spec-at-ref.js";

/** Options of {@link runGate}. */
export interface GateOptions {
  /** A folder inside the git work tree whose spec is the revision. */
  cwd: string;
  /** The git ref to compare against (a branch such as origin/main, or a release tag). */
  base: string;
  /** The spec folder, relative to the repository root. */
  specDir?: string;
  /** The client's package.json, relative to the repository root; null skips the package version checks. */
  clientPackageJson?: string | null;
  /**
   * Compare these two files instead of the spec at `base` and in the work tree: no changesets,
   * no packages; the step between the two `info.version`s must cover the differences.
   */
  baseFile?: string;
  revisionFile?: string;
}

/** What {@link runGate} found. */
export interface GateReport {
  /** The changes between the two specs, and the release they need. */
  result: ContractDiff;
  /** Every verdict: the release the changesets make, the versions, the packages. */
  checks: Check[];
  /** Whether the client's version follows the revision's `info.version`; null when skipped. */
  clientVersion: Check | null;
  /** The changes and verdicts as Markdown, for a pull request or the step summary. */
  changelog: string;
  /** True when every check passed. */
  passed: boolean;
}

async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await promisify(execFile)("git", ["rev-parse", "--show-toplevel"], { cwd })).stdout.trim();
  } catch {
    throw new GateInputError(`${cwd} is not inside a git work tree`);
  }
}

/** The step from one version to the next as a bump (1.4.0 → 2.0.0 is major). */
function stepOf(from: string, to: string): Bump {
  if (!semver.gt(to, from)) return "none";
  const diff = semver.diff(from, to);
  return diff === "major" || diff === "premajor" ? "major" : diff === "minor" || diff === "preminor" ? "minor" : "patch";
}

function fileChecks(diff: ContractDiff): Check[] {
  const step = stepOf(diff.baseVersion, diff.revisionVersion);
  if (semver.lt(diff.revisionVersion, diff.baseVersion)) {
    return [{ ok: false, message: `info.version went backwards: ${diff.baseVersion} → ${diff.revisionVersion}` }];
  }
  const ok = BUMP_RANK[step] >= BUMP_RANK[diff.requiredBump];
  return [
    {
      ok,
      message: ok
        ? `${diff.baseVersion} → ${diff.revisionVersion} (${step}) covers the differences (${diff.requiredBump} needed)`
        : `${diff.baseVersion} → ${diff.revisionVersion} (${step}) is less than the ${diff.requiredBump} release the differences need`,
    },
  ];
}

/**
 * The whole gate: bundles the spec at `base` (from git) and in the work tree, compares them,
 * weighs the pending changesets against the differences (see {@link checkRelease}), and checks
 * that the spec's and the client's package versions equal the revision's `info.version`.
 */
export async function runGate(options: GateOptions): Promise<GateReport> {
  const filesOnly = options.baseFile !== undefined && options.revisionFile !== undefined;
  if ((options.baseFile === undefined) !== (options.revisionFile === undefined)) {
    throw new GateInputError("--base-file and --revision-file go together");
  }
  let diff: ContractDiff;
  let checks: Check[];
  let clientVersion: Check | null = null;
  if (filesOnly) {
    diff = await compareSpecs(options.baseFile!, options.revisionFile!);
    checks = fileChecks(diff);
  } else {
    const repoRoot = await repositoryRoot(options.cwd);
    const specDir = options.specDir ?? "spec";
    const [baseFile, revisionFile] = await Promise.all([
      bundleSpecAtRef({ repoRoot, ref: options.base, specDir }),
      temporaryFolder("appflow-spec-").then((folder) =>
        bundleSpec(join(repoRoot, specDir, "openapi.yaml"), join(folder, "revision.openapi.json"), "the spec in the work tree"),
      ),
    ]);
    diff = await compareSpecs(baseFile, revisionFile);
    const specPackageJson = join(repoRoot, specDir, "package.json");
    let specPackage: string;
    try {
      specPackage = (JSON.parse(await readFile(specPackageJson, "utf8")) as { name: string }).name;
    } catch {
      throw new GateInputError(`cannot read the spec's package name from ${specPackageJson}`);
    }
    const [workspace, pending, basePending] = await Promise.all([
      readWorkspace(repoRoot),
      pendingChangesets(repoRoot),
      pendingChangesetsAtRef(repoRoot, options.base),
    ]);
    checks = checkRelease({ diff, base: options.base, specPackage, workspace, pending, basePending });
    const client = options.clientPackageJson === undefined ? "packages/client/package.json" : options.clientPackageJson;
    if (client !== null) {
      checks.push(await checkClientVersion(specPackageJson, diff.revisionVersion));
      clientVersion = await checkClientVersion(resolve(repoRoot, client), diff.revisionVersion);
      checks.push(clientVersion);
    }
  }
  const passed = checks.every((c) => c.ok);
  const header = `## Contract changes ${diff.baseVersion} → ${diff.revisionVersion}`;
  const verdicts = checks.map((c) => `- ${c.ok ? "ok" : "FAIL"}: ${c.message}`).join("\n");
  return {
    result: diff,
    checks,
    clientVersion,
    changelog: `${header}\n\n${formatChanges(diff)}\n\n${verdicts}\n\n${passed ? "Gate passed." : "Gate failed."}\n`,
    passed,
  };
}
