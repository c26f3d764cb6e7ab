// The second half of `pnpm version-packages`, in a temporary folder: setInfoVersion's line-for-line
// edit, and syncInfoVersion's refusals. run.test.ts runs the built CLI over a git work tree.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GateInputError } from "../src/errors.js";
import { setInfoVersion, syncInfoVersion } from "../src/sync-info-version.js";

describe("setInfoVersion", () => {
  it("sets the version line of info, keeping its quotes, its comment and every other line", () => {
    const text = "openapi: 3.1.0\ninfo:\n  title: UpdateFlow\n  version: '1.4.0' # moved by pnpm version-packages\npaths: {}\n";
    expect(setInfoVersion(text, "2.0.0")).toBe("openapi: 3.1.0\ninfo:\n  title: UpdateFlow\n  version: '2.0.0' # moved by pnpm version-packages\npaths: {}\n");
    expect(setInfoVersion('info: # the document\n  version: "1.4.0"\n', "1.5.0")).toBe('info: # the document\n  version: "1.5.0"\n');
  });

  it("skips blank lines, comments, nested values and block scalars inside info", () => {
    const text = [
      "info:",
      "",
      "  # version: 0.0.1 is not it",
      "  description: |",
      "      version: 0.0.2 is text",
      "  contact:",
      "      version: 0.0.3",
      "  version: 1.4.0",
      "",
    ].join("\n");
    expect(setInfoVersion(text, "2.0.0")?.split("\n")).toEqual([
      "info:",
      "",
      "  # version: 0.0.1 is not it",
      "  description: |",
      "      version: 0.0.2 is text",
      "  contact:",
      "      version: 0.0.3",
      "  version: 2.0.0",
      "",
    ]);
  });

  it("finds nothing to set without info, past its end, or when info has no version line of its own", () => {
    expect(setInfoVersion("openapi: 3.1.0\npaths: {}\n", "2.0.0")).toBeUndefined();
    expect(setInfoVersion("info:\n  title: UpdateFlow\nversion: 1.4.0\n", "2.0.0")).toBeUndefined();
    expect(setInfoVersion("info:\n  title: UpdateFlow\n  contact:\n    version: 1.4.0\n", "2.0.0")).toBeUndefined();
    expect(setInfoVersion("info:\n  version: 1.4.0 trailing words\n", "2.0.0")).toBeUndefined();
  });
});

describe("syncInfoVersion", () => {
  let root: string;
  const write = async (file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };
  const manifest = (name: string, version: unknown) => `${JSON.stringify({ name, version })}\n`;
  const document = (version: string) => `openapi: 3.1.0\ninfo:\n  title: UpdateFlow\n  version: ${version}\npaths: {}\n`;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "appflow-gate-sync-"));
    await write("spec/package.json", manifest("@appflow-contract/spec", "2.0.0"));
    await write("packages/client/package.json", manifest("@appflow-contract/client", "2.0.0"));
    await write("spec/openapi.yaml", document("1.4.0"));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("copies the spec package's version into info.version, and says from what", async () => {
    const file = join(root, "spec/openapi.yaml");
    await expect(syncInfoVersion({ repoRoot: root, followers: ["packages/client/package.json"] })).resolves.toEqual({ from: "1.4.0", to: "2.0.0", file });
    expect(await readFile(file, "utf8")).toBe(document("2.0.0"));
    // Again: nothing to move.
    await expect(syncInfoVersion({ repoRoot: root })).resolves.toEqual({ from: "2.0.0", to: "2.0.0", file });
  });

  it("reads the spec folder it is given", async () => {
    await write("contract/package.json", manifest("@appflow-contract/spec", "1.5.0"));
    await write("contract/openapi.yaml", document("1.4.0"));
    await expect(syncInfoVersion({ repoRoot: root, specDir: "contract" })).resolves.toMatchObject({ from: "1.4.0", to: "1.5.0" });
  });

  it("refuses a follower whose version is not the spec's, naming both", async () => {
    await write("packages/client/package.json", manifest("@appflow-contract/client", "1.9.0"));
    await expect(syncInfoVersion({ repoRoot: root, followers: ["packages/client/package.json"] })).rejects.toThrow(
      "@appflow-contract/client is 1.9.0 but @appflow-contract/spec is 2.0.0: keep both in one `fixed` group of .changeset/config.json",
    );
    expect(await readFile(join(root, "spec/openapi.yaml"), "utf8")).toBe(document("1.4.0"));
  });

  it("refuses a spec package version below info.version", async () => {
    await write("spec/openapi.yaml", document("3.0.0"));
    const error = await syncInfoVersion({ repoRoot: root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toBe("@appflow-contract/spec is 2.0.0, below info.version 3.0.0: a version never goes back");
  });

  it("sets an info.version that is not a version yet", async () => {
    await write("spec/openapi.yaml", document("draft"));
    await expect(syncInfoVersion({ repoRoot: root })).resolves.toMatchObject({ from: "draft", to: "2.0.0" });
  });

  it("refuses a document without an info.version line, and a package without a version", async () => {
    await write("spec/openapi.yaml", "openapi: 3.1.0\ninfo: { title: UpdateFlow, version: 1.4.0 }\n");
    await expect(syncInfoVersion({ repoRoot: root })).rejects.toThrow(`${join(root, "spec/openapi.yaml")} has no info.version line to set`);
    await write("spec/package.json", manifest("@appflow-contract/spec", "two"));
    await expect(syncInfoVersion({ repoRoot: root })).rejects.toThrow(`${join(root, "spec/package.json")}: version two is not a semantic version`);
  });

  it("refuses a follower that is not there, naming its file", async () => {
    await rm(join(root, "packages/client/package.json"));
    await expect(syncInfoVersion({ repoRoot: root, followers: ["packages/client/package.json"] })).rejects.toThrow(
      new RegExp(`^${join(root, "packages/client/package.json")}: ENOENT`),
    );
  });

  it("names a package by its file when it has no name", async () => {
    await write("packages/client/package.json", `${JSON.stringify({ version: "1.0.0" })}\n`);
    await expect(syncInfoVersion({ repoRoot: root, followers: ["packages/client/package.json"] })).rejects.toThrow(
      `${join(root, "packages/client/package.json")} is 1.0.0 but @appflow-contract/spec is 2.0.0`,
    );
  });
});
