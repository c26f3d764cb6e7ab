// checkRelease and the changesets it weighs, on a workspace written to a temporary folder (no
// git, no redocly, no oasdiff): run.test.ts proves the same rules end to end, these pin every
// verdict and its words, fast enough for mutation testing (stryker.config.mjs).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpOf, type Changeset, type ChangesetWorkspace, pendingChangesets, readWorkspace, sameChangeset } from "../src/changesets.js";
import { GateInputError } from "../src/errors.js";
import type { ContractChange, ContractDiff } from "../src/gate.js";
import { checkRelease } from "../src/release.js";

const SPEC = "@appflow-contract/spec";
const CLIENT = "@appflow-contract/client";
const BENCH = "@appflow-contract/bench";

let root: string;
let workspace: ChangesetWorkspace;
const write = async (file: string, text: string) => {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
};
const manifest = (name: string, version: string) => `${JSON.stringify({ name, version, private: true })}\n`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "appflow-gate-release-"));
  await write("package.json", manifest("gate-fixture-root", "0.0.0"));
  await write("pnpm-workspace.yaml", "packages:\n  - spec\n  - packages/*\n  - apps/*\n");
  await write(
    ".changeset/config.json",
    JSON.stringify({ changelog: false, commit: false, fixed: [[SPEC, CLIENT]], linked: [], access: "restricted", baseBranch: "main", ignore: [] }),
  );
  await write("spec/package.json", manifest(SPEC, "1.4.0"));
  await write("packages/client/package.json", manifest(CLIENT, "1.4.0"));
  await write("apps/bench/package.json", manifest(BENCH, "1.0.0"));
  workspace = await readWorkspace(root);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const changeset = (id: string, releases: Record<string, "patch" | "minor" | "major">, summary = `The ${id} change.`): Changeset => ({
  id,
  summary,
  releases: Object.entries(releases).map(([name, type]) => ({ name, type })),
});

const breakingChange: ContractChange = { id: "response-non-success-status-removed", level: "breaking", text: "removed the 402" };
const addition: ContractChange = { id: "response-property-enum-value-added", level: "warning", text: "added ACCESS_DENIED" };

/** A diff between the base at 1.4.0 and a revision. */
function diff(revisionVersion: string, changes: ContractChange[], contractChanged = changes.length > 0): ContractDiff {
  const requiredBump = changes.some((c) => c.level === "breaking") ? "major" : changes.length > 0 ? "minor" : contractChanged ? "patch" : "none";
  return { baseVersion: "1.4.0", revisionVersion, changes, breaking: changes.filter((c) => c.level === "breaking"), contractChanged, requiredBump };
}

const check = (d: ContractDiff, pending: Changeset[] = [], basePending: Changeset[] = []) =>
  checkRelease({ diff: d, base: "main", specPackage: SPEC, workspace, pending, basePending });

describe("checkRelease: a contract change in this change", () => {
  it("passes an unchanged contract without a changeset", () => {
    expect(check(diff("1.4.0", []))).toEqual([{ ok: true, message: "the contract is unchanged (info.version aside): no changeset needed." }]);
  });

  it.each([
    ["a breaking change", [breakingChange], true, "choose major."],
    ["an addition", [addition], true, "choose minor (or major)."],
    ["a rewording", [], true, "choose a bump."],
  ])("fails %s without a changeset of the spec, saying which bump to choose", (_what, changes, changed, choose) => {
    expect(check(diff("1.4.0", changes, changed), [changeset("bench", { [BENCH]: "major" })])).toEqual([
      { ok: false, message: `the contract changed but no changeset in this change releases ${SPEC}: run \`pnpm changeset\`, pick ${SPEC} and ${choose}` },
    ]);
  });

  it("fails a breaking change whose changesets make only a minor release, naming them and the one to change", () => {
    const own = changeset("remove-402", { [SPEC]: "minor" });
    const other = changeset("docs", { [BENCH]: "patch" });
    expect(check(diff("1.4.0", [breakingChange, breakingChange]), [other, own])).toEqual([
      {
        ok: false,
        message: `2 breaking change(s) need a major release of ${SPEC}, but the pending changesets (.changeset/docs.md, .changeset/remove-402.md) make a minor release: make .changeset/remove-402.md major.`,
      },
    ]);
  });

  it("fails an addition whose changeset makes only a patch release", () => {
    expect(check(diff("1.4.0", [addition]), [changeset("access-denied", { [SPEC]: "patch" })])).toEqual([
      {
        ok: false,
        message: `an addition to the contract needs at least a minor release of ${SPEC}, but the pending changesets (.changeset/access-denied.md) make a patch release: make .changeset/access-denied.md minor.`,
      },
    ]);
  });

  it.each([
    ["the spec", { [SPEC]: "major" } as const, "major", "2.0.0"],
    ["the client, in a fixed group with the spec", { [CLIENT]: "major" } as const, "major", "2.0.0"],
  ])("passes a breaking change with a major changeset of %s, and says the next version", (_what, releases, next, version) => {
    expect(check(diff("1.4.0", [breakingChange]), [changeset("remove-402", releases)])).toEqual([
      { ok: true, message: `the pending changesets make a ${next} release of ${SPEC} (this change needs major): 1.4.0 → ${version} at pnpm version-packages.` },
    ]);
  });

  it("passes a rewording with a patch changeset, and an addition with a major one (more than needed is fine)", () => {
    expect(check(diff("1.4.0", [], true), [changeset("wording", { [SPEC]: "patch" })])[0]?.message).toBe(
      `the pending changesets make a patch release of ${SPEC} (this change needs patch): 1.4.0 → 1.4.1 at pnpm version-packages.`,
    );
    expect(check(diff("1.4.0", [addition]), [changeset("access-denied", { [SPEC]: "major" })])[0]).toMatchObject({ ok: true });
  });

  it("does not count a changeset that was pending at the base unchanged, but counts one edited since", () => {
    const earlier = changeset("earlier", { [SPEC]: "major" });
    expect(check(diff("1.4.0", [breakingChange]), [earlier], [earlier])[0]?.message).toMatch(/^the contract changed but no changeset in this change releases/);
    const edited = changeset("earlier", { [SPEC]: "major" }, "The earlier change, and the removal of the 402.");
    expect(check(diff("1.4.0", [breakingChange]), [edited], [earlier])[0]).toMatchObject({ ok: true });
  });
});

describe("checkRelease: versions", () => {
  it("fails info.version going backwards, and nothing else", () => {
    expect(check(diff("1.3.0", [breakingChange]), [changeset("remove-402", { [SPEC]: "major" })])).toEqual([
      { ok: false, message: "info.version went backwards: 1.4.0 at main, 1.3.0 here. A version never goes back." },
    ]);
  });

  it("fails info.version moved by hand, with no changeset released", () => {
    expect(check(diff("1.5.0", []))).toEqual([
      {
        ok: false,
        message:
          "info.version moved from 1.4.0 to 1.5.0, but no changeset was released: do not edit versions by hand; record the change with `pnpm changeset` and pnpm version-packages sets every version.",
      },
    ]);
  });

  it("passes a release of the changesets pending at the base", () => {
    const released = changeset("remove-402", { [SPEC]: "major" });
    const stillPending = changeset("later", { [BENCH]: "patch" });
    expect(check(diff("2.0.0", []), [stillPending], [released, stillPending])).toEqual([
      { ok: true, message: `release 1.4.0 → 2.0.0: the major bump of ${SPEC} from .changeset/remove-402.md.` },
    ]);
  });

  it("fails a release number other than the one the released changesets make", () => {
    expect(check(diff("3.0.0", []), [], [changeset("remove-402", { [SPEC]: "major" }), changeset("docs", { [SPEC]: "patch" })])).toEqual([
      {
        ok: false,
        message:
          "info.version is 3.0.0, but the released changesets (.changeset/remove-402.md, .changeset/docs.md) make 1.4.0 a major release, 2.0.0: run pnpm version-packages instead of editing versions.",
      },
    ]);
  });

  it("fails a release whose changesets release no version of the spec", () => {
    expect(check(diff("1.5.0", []), [], [changeset("bench", { [BENCH]: "minor" })])[0]?.message).toBe(
      "info.version is 1.5.0, but the released changesets (.changeset/bench.md) make 1.4.0 a none release, 1.4.0: run pnpm version-packages instead of editing versions.",
    );
  });

  it("fails a release that also changes the contract, after the release's own verdict", () => {
    expect(check(diff("2.0.0", [breakingChange]), [], [changeset("remove-402", { [SPEC]: "major" })])).toEqual([
      { ok: true, message: `release 1.4.0 → 2.0.0: the major bump of ${SPEC} from .changeset/remove-402.md.` },
      {
        ok: false,
        message:
          "this change releases 2.0.0 and also changes the contract: merge the contract change (with its changeset) first, then release in a change of its own.",
      },
    ]);
  });
});

describe("changesets", () => {
  it("bumpOf: none for no changesets, the fixed group's bump for the spec, and none for a package nothing releases", () => {
    expect(bumpOf(workspace, [], SPEC)).toBe("none");
    expect(bumpOf(workspace, [changeset("c", { [CLIENT]: "minor" })], SPEC)).toBe("minor");
    expect(bumpOf(workspace, [changeset("b", { [BENCH]: "major" })], SPEC)).toBe("none");
  });

  it("bumpOf: a changeset of a package the workspace does not have is an input error naming the changesets", () => {
    const call = () => bumpOf(workspace, [changeset("one", { "@appflow-contract/nope": "major" }), changeset("two", { [SPEC]: "patch" })], SPEC);
    expect(call).toThrow(GateInputError);
    expect(call).toThrow(/^cannot plan a release from the changesets one, two: /);
  });

  it("sameChangeset: the same summary (give or take whitespace) and the same releases in any order", () => {
    const a = changeset("x", { [SPEC]: "major", [CLIENT]: "major" }, "Removed the 402.");
    expect(sameChangeset(a, { ...a, summary: "\n Removed the 402. \n", releases: [...a.releases].reverse() })).toBe(true);
    expect(sameChangeset(a, { ...a, summary: "Removed the 403." })).toBe(false);
    expect(sameChangeset(a, changeset("x", { [SPEC]: "minor", [CLIENT]: "major" }, "Removed the 402."))).toBe(false);
  });

  it("pendingChangesets reads .changeset/*.md, README.md aside", async () => {
    await write(".changeset/README.md", "# Changesets\n");
    await write(".changeset/remove-402.md", `---\n"${SPEC}": major\n---\n\nRemoved the 402.\n`);
    try {
      expect(await pendingChangesets(root)).toEqual([{ id: "remove-402", summary: "Removed the 402.", releases: [{ name: SPEC, type: "major" }] }]);
    } finally {
      await rm(join(root, ".changeset/remove-402.md"));
    }
  });

  it("readWorkspace and pendingChangesets: a folder with no changesets setup is an input error of one line", async () => {
    const empty = await mkdtemp(join(tmpdir(), "appflow-gate-empty-"));
    try {
      await expect(readWorkspace(empty)).rejects.toThrow(
        /^cannot read the changesets setup \(\.changeset\/config\.json and the workspace's packages\): [^\n]+$/,
      );
      await mkdir(join(empty, ".changeset"));
      await writeFile(join(empty, ".changeset/bad.md"), "---\nnot: [yaml\n---\n");
      await expect(pendingChangesets(empty)).rejects.toThrow(/^cannot read the pending changesets in \.changeset\/: [^\n]+$/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
