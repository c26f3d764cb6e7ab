import { readFile } from "node:fs/promises";

export interface VersionCheck {
  ok: boolean;
  message: string;
}

/**
 * The published client is the contract in code, so its package version must equal the spec's
 * `info.version`. A missing or unreadable package.json is a failure, never a silent skip.
 */
export async function checkClientVersion(clientPackageJson: string, specInfoVersion: string): Promise<VersionCheck> {
  let manifest: { name?: string; version?: string };
  try {
    manifest = JSON.parse(await readFile(clientPackageJson, "utf8")) as typeof manifest;
  } catch (error) {
    return { ok: false, message: `Cannot read the client package at ${clientPackageJson}: ${(error as Error).message}` };
  }
  if (manifest.version === undefined) {
    return { ok: false, message: `${clientPackageJson} (${manifest.name ?? "unnamed"}) has no version` };
  }
  if (manifest.version !== specInfoVersion) {
    return {
      ok: false,
      message: `${manifest.name ?? clientPackageJson} is ${manifest.version} but the spec's info.version is ${specInfoVersion}: they must be equal`,
    };
  }
  return { ok: true, message: `${manifest.name ?? clientPackageJson} ${manifest.version} follows the spec's info.version` };
}
