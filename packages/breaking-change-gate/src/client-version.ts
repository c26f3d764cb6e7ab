import { readFile } from "node:fs/promises";

export interface VersionCheck {
  ok: boolean;
  message: string;
}

/**
 * The spec package and the published client are the contract as a package and in code, so each
 * one's package version must equal the spec's `info.version` (`pnpm version-packages` moves all
 * three together). A missing or unreadable package.json is a failure, never a silent skip.
 */
export async function checkClientVersion(packageJson: string, specInfoVersion: string): Promise<VersionCheck> {
  let manifest: { name?: string; version?: string };
  try {
    manifest = JSON.parse(await readFile(packageJson, "utf8")) as typeof manifest;
  } catch (error) {
    return { ok: false, message: `Cannot read the package at ${packageJson}: ${(error as Error).message.split("\n")[0]}` };
  }
  if (manifest.version === undefined) {
    return { ok: false, message: `${packageJson} (${manifest.name ?? "unnamed"}) has no version` };
  }
  if (manifest.version !== specInfoVersion) {
    return {
      ok: false,
      message: `${manifest.name ?? packageJson} is ${manifest.version} but the spec's info.version is ${specInfoVersion}: they must be equal (\`pnpm version-packages\` sets both)`,
    };
  }
  return { ok: true, message: `${manifest.name ?? packageJson} ${manifest.version} follows the spec's info.version` };
}

/** Another name for {@link checkClientVersion}: it checks any package, the spec's too. */
export const checkPackageVersion = checkClientVersion;
