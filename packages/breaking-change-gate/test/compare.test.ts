// compareSpecs's refusals and what it counts as a change, formatChanges's Markdown, and the
// verdicts of two files compared, on variants of the base fixture written to a temporary folder.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GateInputError } from "../src/errors.js";
import { type ContractChange, type ContractDiff, compareSpecs, formatChanges, requiredBump } from "../src/gate.js";
import { runGate } from "../src/run.js";

const base = fileURLToPath(new URL("../fixtures/base.yaml", import.meta.url));
let folder: string;
let baseText: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "appflow-gate-compare-"));
  baseText = await readFile(base, "utf8");
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Writes `text` to a file of the temporary folder and returns its path. */
async function file(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

const withVersion = (version: string, text = baseText) => text.replace(/^ {2}version: 1\.4\.0$/m, `  version: ${version}`);

describe("compareSpecs", () => {
  it("refuses a file that is not an OpenAPI document, or whose info.version is not a version, in one line", async () => {
    const scalar = await file("scalar.yaml", "just words\n");
    await expect(compareSpecs(base, scalar)).rejects.toThrow(new GateInputError(`${scalar} is not an OpenAPI document: not an OpenAPI document`));
    const broken = await file("broken.yaml", "openapi: [3.1.0\n");
    await expect(compareSpecs(broken, base)).rejects.toThrow(new RegExp(`^${broken} is not an OpenAPI document: [^\\n]+$`));
    const unversioned = await file("unversioned.yaml", withVersion("soon"));
    await expect(compareSpecs(base, unversioned)).rejects.toThrow(new GateInputError(`${unversioned}: info.version soon is not a semantic version`));
    await expect(compareSpecs(await file("no-info.yaml", "openapi: 3.1.0\n"), base)).rejects.toThrow(/no-info\.yaml: info\.version undefined is not a semantic version$/);
  });

  it("says so when oasdiff cannot run", async () => {
    vi.stubEnv("OASDIFF_PATH", join(folder, "no-oasdiff-here"));
    await expect(compareSpecs(base, base)).rejects.toThrow(/^oasdiff did not run: [^\n]+$/);
  });

  it("counts keys moved within an object as no change, and a changed description as one", async () => {
    const moved = await file("moved.yaml", baseText.replace("  title: UpdateFlow fixture\n  version: 1.4.0\n", "  version: 1.4.0\n  title: UpdateFlow fixture\n"));
    expect((await compareSpecs(base, moved)).contractChanged).toBe(false);
    const reworded = await file("reworded.yaml", baseText.replace("description: Updates an existing flow.", "description: Updates a flow."));
    expect(await compareSpecs(base, reworded)).toMatchObject({ changes: [], contractChanged: true, requiredBump: "patch" });
  });

  it("gives each change its id, level, text, operation and path", async () => {
    const diff = await compareSpecs(base, fileURLToPath(new URL("../fixtures/removed-error-status.yaml", import.meta.url)));
    expect(diff.breaking).toEqual([
      expect.objectContaining({ id: "response-non-success-status-removed", level: "breaking", operation: "POST", path: "/update-flow", text: expect.stringMatching(/402/) }),
    ]);
  });
});

describe("two files compared: the step between the info.versions", () => {
  it.each([
    ["2.0.0", "major", true],
    ["2.0.0-rc.1", "major", true],
    ["1.5.0", "minor", false],
    ["1.5.0-rc.1", "minor", false],
    ["1.4.1", "patch", false],
  ])("a breaking change with info.version %s is a %s step (passes: %s)", async (version, step, passes) => {
    const revision = await file(`removed-402-${version}.yaml`, withVersion(version, await readFile(fileURLToPath(new URL("../fixtures/removed-error-status.yaml", import.meta.url)), "utf8")));
    const report = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: revision });
    expect(report.passed).toBe(passes);
    expect(report.checks).toEqual([
      {
        ok: passes,
        message: passes
          ? `1.4.0 → ${version} (${step}) covers the differences (major needed)`
          : `1.4.0 → ${version} (${step}) is less than the major release the differences need`,
      },
    ]);
    expect(report.clientVersion).toBeNull();
    expect(report.changelog).toMatch(new RegExp(`^## Contract changes 1\\.4\\.0 → ${version.replace(/\./g, "\\.")}\\n\\n- \\*\\*breaking\\*\\* `));
    expect(report.changelog.endsWith(`- ${passes ? "ok" : "FAIL"}: ${report.checks[0]?.message}\n\n${passes ? "Gate passed." : "Gate failed."}\n`)).toBe(true);
  });

  it("a rewording at the same version is less than the patch it needs; one patch later it passes", async () => {
    const text = baseText.replace("description: Updates an existing flow.", "description: Updates a flow.");
    const same = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: await file("reworded-same.yaml", text) });
    expect(same.checks[0]?.message).toBe("1.4.0 → 1.4.0 (none) is less than the patch release the differences need");
    const next = await runGate({ cwd: ".", base: "unused", baseFile: base, revisionFile: await file("reworded-next.yaml", withVersion("1.4.1", text)) });
    expect(next.checks).toEqual([{ ok: true, message: "1.4.0 → 1.4.1 (patch) covers the differences (patch needed)" }]);
  });
});

describe("formatChanges", () => {
  const change = (level: ContractChange["level"], id: string, where = true): ContractChange => ({
    id,
    level,
    text: `the ${id} text`,
    ...(where && { operation: "POST", path: "/update-flow" }),
  });
  const diffOf = (changes: ContractChange[], contractChanged = true): ContractDiff => ({
    baseVersion: "1.4.0",
    revisionVersion: "1.4.0",
    changes,
    breaking: changes.filter((c) => c.level === "breaking"),
    contractChanged,
    requiredBump: requiredBump(changes, contractChanged),
  });

  it("lists breaking changes first, then warnings, then information, each with where and its id", () => {
    const text = formatChanges(diffOf([change("info", "a-info", false), change("warning", "b-warning"), change("breaking", "c-breaking")]));
    expect(text).toBe(
      [
        "- **breaking** `POST /update-flow`: the c-breaking text (`c-breaking`)",
        "- **warning** `POST /update-flow`: the b-warning text (`b-warning`)",
        "- **info** the a-info text (`a-info`)",
        "",
        "1 breaking change(s): needs a major release.",
      ].join("\n"),
    );
  });

  it("says what release the differences need", () => {
    expect(formatChanges(diffOf([change("info", "added")]))).toBe(
      "- **info** `POST /update-flow`: the added text (`added`)\n\nNo breaking change; needs at least a minor release.",
    );
    expect(formatChanges(diffOf([]))).toBe("Nothing oasdiff checks changed (wording, examples): needs at least a patch release.");
    expect(formatChanges(diffOf([], false))).toBe("No contract change.");
  });

  it("requiredBump: major for a breaking change, minor for any other, patch for a difference oasdiff has no check for", () => {
    expect(requiredBump([change("info", "x"), change("breaking", "y")], true)).toBe("major");
    expect(requiredBump([change("warning", "x")], true)).toBe("minor");
    expect(requiredBump([], true)).toBe("patch");
    expect(requiredBump([], false)).toBe("none");
  });
});
