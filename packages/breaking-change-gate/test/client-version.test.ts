import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkClientVersion } from "../src/client-version.js";

const client = (name: string) => fileURLToPath(new URL(`../fixtures/client/${name}`, import.meta.url));

describe("checkClientVersion", () => {
  it("passes when the client's version equals info.version", async () => {
    await expect(checkClientVersion(client("matching.package.json"), "1.4.0")).resolves.toMatchObject({ ok: true });
  });

  it("fails when the versions differ, naming both", async () => {
    const check = await checkClientVersion(client("behind.package.json"), "1.4.0");
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(/1\.3\.9.*1\.4\.0/);
  });

  it("fails when the client has no version", async () => {
    await expect(checkClientVersion(client("unversioned.package.json"), "1.4.0")).resolves.toMatchObject({ ok: false });
  });

  it("fails, with the path, when the client package is missing", async () => {
    const check = await checkClientVersion(client("absent.package.json"), "1.4.0");
    expect(check.ok).toBe(false);
    expect(check.message).toContain("absent.package.json");
  });
});
