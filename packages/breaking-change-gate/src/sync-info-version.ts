import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import semver from "semver";
import { parse as parseYaml } from "yaml";
import { GateInputError } from "./errors.js";

/** Options of {@link syncInfoVersion}. */
export interface SyncOptions {
  /** The repository root. */
  repoRoot: string;
  /** The spec folder, relative to the root. */
  specDir?: string;
  /** Packages whose version must already equal the spec package's (the `fixed` group), relative to the root. */
  followers?: string[];
}

async function versionOf(file: string): Promise<{ name: string; version: string }> {
  try {
    const manifest = JSON.parse(await readFile(file, "utf8")) as { name?: string; version?: string };
    if (!manifest.version || !semver.valid(manifest.version)) throw new Error(`version ${String(manifest.version)} is not a semantic version`);
    return { name: manifest.name ?? file, version: manifest.version };
  } catch (error) {
    throw new GateInputError(`${file}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Sets `info.version` in the spec's root document to its text, line for line (comments and block
 * scalars untouched), and returns the new text; `undefined` when the document has no
 * `info.version` line at the top level of `info`.
 */
export function setInfoVersion(text: string, version: string): string | undefined {
  const lines = text.split("\n");
  const infoAt = lines.findIndex((line) => /^info:\s*(#.*)?$/.test(line));
  if (infoAt === -1) return undefined;
  let indent: number | undefined;
  for (let i = infoAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const own = line.length - line.trimStart().length;
    if (own === 0) break; // the next top-level key: info is over
    indent ??= own;
    if (own !== indent) continue; // inside a nested value or a block scalar
    const match = /^(\s+version:\s*)(['"]?)[^'"#\s]*\2(\s*#.*)?$/.exec(line);
    if (match) {
      lines[i] = `${match[1]}${match[2]}${version}${match[2]}${match[3] ?? ""}`;
      return lines.join("\n");
    }
  }
  return undefined;
}

/**
 * After `changeset version`: copies the spec package's new version into `info.version` of
 * `spec/openapi.yaml`, so the document, the spec package and the client (a `fixed` group in
 * .changeset/config.json) carry one version. Fails when a follower's version differs.
 */
export async function syncInfoVersion(options: SyncOptions): Promise<{ from: string; to: string; file: string }> {
  const specDir = options.specDir ?? "spec";
  const spec = await versionOf(join(options.repoRoot, specDir, "package.json"));
  for (const follower of options.followers ?? []) {
    const other = await versionOf(join(options.repoRoot, follower));
    if (other.version !== spec.version) {
      throw new GateInputError(`${other.name} is ${other.version} but ${spec.name} is ${spec.version}: keep both in one \`fixed\` group of .changeset/config.json`);
    }
  }
  const file = join(options.repoRoot, specDir, "openapi.yaml");
  const text = await readFile(file, "utf8");
  const from = String((parseYaml(text) as { info?: { version?: unknown } } | null)?.info?.version);
  if (semver.valid(from) && semver.lt(spec.version, from)) {
    throw new GateInputError(`${spec.name} is ${spec.version}, below info.version ${from}: a version never goes back`);
  }
  const updated = setInfoVersion(text, spec.version);
  if (updated === undefined) throw new GateInputError(`${file} has no info.version line to set`);
  const check = (parseYaml(updated) as { info?: { version?: unknown } }).info?.version;
  if (check !== spec.version) throw new GateInputError(`${file}: setting info.version to ${spec.version} gave ${String(check)}`);
  // Stryker disable next-line ConditionalExpression: writing the text the file already has changes nothing.
  if (updated !== text) await writeFile(file, updated);
  return { from, to: spec.version, file };
}
