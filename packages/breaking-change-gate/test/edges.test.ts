// Edges that mutation testing found untried (MUTATION.md at the root): the lines setInfoVersion
// must not take for info's version line, a changeset summary with whitespace of its own,
// redocly's problem lines with wider numbers or indented, a change with an operation but no
// path, and keys moved inside the contract (not only in info).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Changeset, sameChangeset } from "../src/changesets.js";
import { compareSpecs, formatChanges } from "../src/gate.js";
import { redoclyProblem } from "../src/spec-at-ref.js";
import { setInfoVersion } from "../src/sync-info-version.js";

describe("setInfoVersion leaves alone", () => {
  it("an indented info (a member of something else), and a version line before any info", () => {
    expect(setInfoVersion("x-meta:\n  info:\n    version: 0.1.0\ninfo:\n  version: 1.4.0\n", "2.0.0")).toBe("x-meta:\n  info:\n    version: 0.1.0\ninfo:\n  version: 2.0.0\n");
    expect(setInfoVersion("  version: 1.0.0\n", "2.0.0")).toBeUndefined();
    expect(setInfoVersion("info: !tagged\n  version: 1.4.0\n", "2.0.0")).toBeUndefined();
  });

  it("the members of the next top-level key", () => {
    expect(setInfoVersion("info:\n  title: UpdateFlow\npaths:\n  version: 1.4.0\n", "2.0.0")).toBeUndefined();
  });

  it("but looks past a line of spaces and a comment indented deeper than info's members", () => {
    expect(setInfoVersion("info:\n   \n    # the version moves at release\n  version: 1.4.0\n", "2.0.0")).toBe(
      "info:\n   \n    # the version moves at release\n  version: 2.0.0\n",
    );
    expect(setInfoVersion("info:\n  version:1.4.0\n", "2.0.0")).toBe("info:\n  version:2.0.0\n");
  });
});

describe("sameChangeset", () => {
  it("trims both summaries", () => {
    const a: Changeset = { id: "x", summary: "\nRemoved the 402.\n", releases: [{ name: "@appflow-contract/spec", type: "major" }] };
    expect(sameChangeset(a, { ...a, summary: "Removed the 402." })).toBe(true);
  });
});

describe("redoclyProblem", () => {
  it("reads problem numbers, lines and columns of more than one digit, and indented problem lines", () => {
    expect(redoclyProblem("[12] paths/update-flow.yaml:149:17 at #/post\n\nCan't resolve $ref\n")).toBe("paths/update-flow.yaml:149:17 at #/post: Can't resolve $ref");
    expect(redoclyProblem("    [1] openapi.yaml:3:4 at #/info\n\n    Something is wrong\n")).toBe("openapi.yaml:3:4 at #/info: Something is wrong");
    const two = "[1] a.yaml:1:1 at #/a\n\nfirst\n\n[10] b.yaml:10:10 at #/b\n\nsecond\n";
    expect(redoclyProblem(two)).toBe("a.yaml:1:1 at #/a: first (and 1 more problem)");
  });

  it("counts only lines that start with a problem's number", () => {
    expect(redoclyProblem("[1] a.yaml:1:1 at #/a\n\nsee also [2] b.yaml:2:2 at #/b\n")).toBe("a.yaml:1:1 at #/a: see also [2] b.yaml:2:2 at #/b");
  });
});

describe("formatChanges", () => {
  it("writes where a change is only when it has both an operation and a path", () => {
    const diff = {
      baseVersion: "1.4.0",
      revisionVersion: "1.4.0",
      changes: [{ id: "api-tag-removed", level: "info" as const, text: "removed a tag", operation: "POST" }],
      breaking: [],
      contractChanged: true,
      requiredBump: "minor" as const,
    };
    expect(formatChanges(diff)).toBe("- **info** removed a tag (`api-tag-removed`)\n\nNo breaking change; needs at least a minor release.");
  });
});

describe("compareSpecs", () => {
  it("counts keys moved within the contract's objects as no change", async () => {
    const base = fileURLToPath(new URL("../fixtures/base.yaml", import.meta.url));
    const text = await readFile(base, "utf8");
    const moved = text.replace("openapi: 3.1.0\ninfo:\n  title: UpdateFlow fixture\n  version: 1.4.0\n", "info:\n  version: 1.4.0\n  title: UpdateFlow fixture\nopenapi: 3.1.0\n");
    expect(moved).not.toBe(text);
    const folder = await mkdtemp(join(tmpdir(), "appflow-gate-moved-"));
    try {
      const file = join(folder, "moved.yaml");
      await writeFile(file, moved);
      expect(await compareSpecs(base, file)).toMatchObject({ changes: [], contractChanged: false, requiredBump: "none" });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
