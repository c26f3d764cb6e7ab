import semver from "semver";
import { type Changeset, type ChangesetWorkspace, bumpOf, sameChangeset } from "./changesets.js";
import { BUMP_RANK, type Bump, type ContractDiff } from "./gate.js";

/** One verdict of the gate, printed as `ok: …` or `FAIL: …`. */
export interface Check {
  ok: boolean;
  message: string;
}

/** What {@link checkRelease} weighs. */
export interface ReleaseInputs {
  diff: ContractDiff;
  /** The base as named on the command line, for messages. */
  base: string;
  /** The spec's package name, `@appflow-contract/spec`. */
  specPackage: string;
  workspace: ChangesetWorkspace;
  /** The changesets pending in the work tree. */
  pending: readonly Changeset[];
  /** The changesets that were pending at the base. */
  basePending: readonly Changeset[];
}

const RELEASE_COMMAND = "pnpm version-packages";
const list = (changesets: readonly Changeset[]) => changesets.map((c) => `.changeset/${c.id}.md`).join(", ");

/**
 * The one version story: a contract change comes with a changeset whose bump for the spec is at
 * least what the change needs (major for a breaking one, minor for an addition), and `info.version`
 * moves only when `changeset version` consumes the pending changesets (`pnpm version-packages`),
 * never backwards and never by hand.
 */
export function checkRelease(inputs: ReleaseInputs): Check[] {
  const { diff, base, specPackage, workspace, pending, basePending } = inputs;
  const { baseVersion, revisionVersion } = diff;
  const checks: Check[] = [];

  if (semver.lt(revisionVersion, baseVersion)) {
    checks.push({ ok: false, message: `info.version went backwards: ${baseVersion} at ${base}, ${revisionVersion} here. A version never goes back.` });
    return checks;
  }

  if (revisionVersion !== baseVersion) {
    // A release: `changeset version` consumed the changesets pending at the base.
    const consumed = basePending.filter((c) => !pending.some((p) => p.id === c.id));
    const bump = bumpOf(workspace, consumed, specPackage);
    const expected = bump === "none" ? baseVersion : semver.inc(baseVersion, bump);
    // Stryker disable next-line ConditionalExpression: with no changeset consumed the bump is none, so `expected` is the base version, which differs from the revision's here.
    if (consumed.length === 0 || expected !== revisionVersion) {
      checks.push({
        ok: false,
        message:
          consumed.length === 0
            ? `info.version moved from ${baseVersion} to ${revisionVersion}, but no changeset was released: do not edit versions by hand; record the change with \`pnpm changeset\` and ${RELEASE_COMMAND} sets every version.`
            : `info.version is ${revisionVersion}, but the released changesets (${list(consumed)}) make ${baseVersion} a ${bump} release, ${expected}: run ${RELEASE_COMMAND} instead of editing versions.`,
      });
    } else {
      checks.push({ ok: true, message: `release ${baseVersion} → ${revisionVersion}: the ${bump} bump of ${specPackage} from ${list(consumed)}.` });
    }
    if (diff.contractChanged) {
      checks.push({
        ok: false,
        message: `this change releases ${revisionVersion} and also changes the contract: merge the contract change (with its changeset) first, then release in a change of its own.`,
      });
    }
    return checks;
  }

  if (!diff.contractChanged) {
    checks.push({ ok: true, message: "the contract is unchanged (info.version aside): no changeset needed." });
    return checks;
  }

  const required = diff.requiredBump as Exclude<Bump, "none">;
  const baseById = new Map(basePending.map((c) => [c.id, c]));
  // This change's own changesets: added, or edited since the base, and releasing the spec.
  const own = pending.filter((c) => {
    const before = baseById.get(c.id);
    return (!before || !sameChangeset(before, c)) && bumpOf(workspace, [c], specPackage) !== "none";
  });
  if (own.length === 0) {
    checks.push({
      ok: false,
      message: `the contract changed but no changeset in this change releases ${specPackage}: run \`pnpm changeset\`, pick ${specPackage} and choose ${required === "patch" ? "a bump" : `${required}${required === "minor" ? " (or major)" : ""}`}.`,
    });
    return checks;
  }
  const next = bumpOf(workspace, pending, specPackage);
  const nextVersion = semver.inc(baseVersion, next === "none" ? "patch" : next);
  if (BUMP_RANK[next] < BUMP_RANK[required]) {
    const why = required === "major" ? `${diff.breaking.length} breaking change(s) need a major release` : "an addition to the contract needs at least a minor release";
    checks.push({
      ok: false,
      message: `${why} of ${specPackage}, but the pending changesets (${list(pending)}) make a ${next} release: make ${list(own)} ${required}.`,
    });
  } else {
    checks.push({ ok: true, message: `the pending changesets make a ${next} release of ${specPackage} (this change needs ${required}): ${baseVersion} → ${nextVersion} at ${RELEASE_COMMAND}.` });
  }
  return checks;
}
