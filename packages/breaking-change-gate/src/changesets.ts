import { basename } from "node:path";
import assembleReleasePlan from "@changesets/assemble-release-plan";
import { read as readConfig } from "@changesets/config";
import parseChangeset from "@changesets/parse";
import readChangesets from "@changesets/read";
import type { Config, NewChangeset } from "@changesets/types";
import { getPackages, type Packages } from "@manypkg/get-packages";
import { GateInputError, firstLine } from "./errors.js";
import type { Bump } from "./gate.js";
import { fileAtRef, filesAtRef } from "./spec-at-ref.js";

/** A pending changeset: `.changeset/<id>.md`. */
export type Changeset = NewChangeset;

/** The workspace as changesets sees it: its packages and `.changeset/config.json`. */
export interface ChangesetWorkspace {
  packages: Packages;
  config: Config;
}

function inputError(what: string, error: unknown): GateInputError {
  return new GateInputError(`${what}: ${firstLine((error as Error).message ?? String(error))}`);
}

/** Reads the workspace's packages and changesets config, as `changeset version` would. */
export async function readWorkspace(repoRoot: string): Promise<ChangesetWorkspace> {
  try {
    const packages = await getPackages(repoRoot);
    return { packages, config: await readConfig(repoRoot, packages) };
  } catch (error) {
    throw inputError("cannot read the changesets setup (.changeset/config.json and the workspace's packages)", error);
  }
}

/** The changesets pending in the work tree (`.changeset/*.md`, README.md aside). */
export async function pendingChangesets(repoRoot: string): Promise<Changeset[]> {
  try {
    return await readChangesets(repoRoot);
  } catch (error) {
    throw inputError("cannot read the pending changesets in .changeset/", error);
  }
}

/** The changesets that were pending at `ref`, read with git. */
export async function pendingChangesetsAtRef(repoRoot: string, ref: string): Promise<Changeset[]> {
  const files = (await filesAtRef(repoRoot, ref, ".changeset")).filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && basename(file) !== "README.md");
  return Promise.all(
    files.map(async (file) => {
      const text = (await fileAtRef(repoRoot, ref, file)).toString("utf8");
      try {
        return { id: basename(file, ".md"), ...parseChangeset(text) };
      } catch (error) {
        throw inputError(`cannot parse ${file} at ${ref}`, error);
      }
    }),
  );
}

/**
 * The bump these changesets give `packageName` in the release they make together, with
 * everything `changeset version` applies: `fixed` groups, dependents, ignored packages.
 */
export function bumpOf(workspace: ChangesetWorkspace, changesets: readonly Changeset[], packageName: string): Bump {
  // Stryker disable next-line ConditionalExpression: a shortcut; no changesets plan no release, which is none as well.
  if (changesets.length === 0) return "none";
  try {
    const plan = assembleReleasePlan([...changesets], workspace.packages, workspace.config, undefined);
    return plan.releases.find((release) => release.name === packageName)?.type ?? "none";
  } catch (error) {
    throw inputError(`cannot plan a release from the changesets ${changesets.map((c) => c.id).join(", ")}`, error);
  }
}

/** Two versions of a changeset say the same thing. */
export function sameChangeset(a: Changeset, b: Changeset): boolean {
  const releases = (c: Changeset) => JSON.stringify([...c.releases].sort((x, y) => x.name.localeCompare(y.name)));
  return a.summary.trim() === b.summary.trim() && releases(a) === releases(b);
}
