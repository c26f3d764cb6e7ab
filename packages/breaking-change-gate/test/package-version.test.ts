// checkClientVersion's words for each verdict, on manifests written to a temporary folder
// (client-version.test.ts holds it to the fixtures under fixtures/client/); compareSpecs on an
// empty file; GateInputError's name.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkClientVersion } from "../src/client-version.js";
import { GateInputError } from "../src/errors.js";
import { compareSpecs } from "../src/gate.js";

let folder: string;
const manifest = async (name: string, content: object) => {
  const file = join(folder, name);
  await writeFile(file, JSON.stringify(content));
  return file;
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "appflow-gate-version-"));
});

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("checkClientVersion's words", () => {
  it("names the package and its version when it follows, or the file when it has no name", async () => {
    expect(await checkClientVersion(await manifest("named.json", { name: "@appflow-contract/client", version: "1.4.0" }), "1.4.0")).toEqual({
      ok: true,
      message: "@appflow-contract/client 1.4.0 follows the spec's info.version",
    });
    const unnamed = await manifest("unnamed.json", { version: "1.4.0" });
    expect((await checkClientVersion(unnamed, "1.4.0")).message).toBe(`${unnamed} 1.4.0 follows the spec's info.version`);
  });

  it("says what to run when the versions differ", async () => {
    const unnamed = await manifest("behind.json", { version: "1.3.9" });
    expect(await checkClientVersion(unnamed, "1.4.0")).toEqual({
      ok: false,
      message: `${unnamed} is 1.3.9 but the spec's info.version is 1.4.0: they must be equal (\`pnpm version-packages\` sets both)`,
    });
  });

  it("says unnamed for a package with neither name nor version, and names an unreadable file's problem in one line", async () => {
    const bare = await manifest("bare.json", {});
    expect(await checkClientVersion(bare, "1.4.0")).toEqual({ ok: false, message: `${bare} (unnamed) has no version` });
    const named = await manifest("named-unversioned.json", { name: "@appflow-contract/client" });
    expect((await checkClientVersion(named, "1.4.0")).message).toBe(`${named} (@appflow-contract/client) has no version`);
    const broken = join(folder, "broken.json");
    await writeFile(broken, "{ not json");
    expect((await checkClientVersion(broken, "1.4.0")).message).toMatch(new RegExp(`^Cannot read the package at ${broken}: [^\\n]+$`));
  });
});

describe("compareSpecs on an empty file", () => {
  it("refuses it as no OpenAPI document, in one line", async () => {
    const empty = join(folder, "empty.yaml");
    await writeFile(empty, "");
    await expect(compareSpecs(empty, empty)).rejects.toThrow(new GateInputError(`${empty} is not an OpenAPI document: not an OpenAPI document`));
  });
});

describe("GateInputError", () => {
  it("is named, so that a stack trace says which error it is", () => {
    expect(new GateInputError("x").name).toBe("GateInputError");
  });
});
