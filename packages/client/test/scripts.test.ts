// The build scripts locate their files from import.meta.url; they must work from a directory
// whose path a file URL percent-encodes (a space, a "%"), as a user's checkout may be.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("build-validators.mjs and size.mjs run from a path with a space and a % in it", () => {
  // Inside the package, so that the copies resolve ajv, esbuild, the spec and the package itself.
  const cache = join(packageDir, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "with space %41-"));
  try {
    cpSync(join(packageDir, "scripts"), join(dir, "scripts"), { recursive: true });
    execFileSync(process.execPath, [join(dir, "scripts", "build-validators.mjs")], { stdio: "pipe" });
    expect(existsSync(join(dir, "src", "generated", "validators", "request.ts"))).toBe(true);
    expect(existsSync(join(dir, "src", "generated", "validators", "responses.ts"))).toBe(true);

    const chunks = JSON.parse(
      execFileSync(process.execPath, [join(dir, "scripts", "size.mjs"), "--json"], { encoding: "utf8" }),
    ) as Array<{ chunk: string }>;
    expect(chunks.map((c) => c.chunk).sort()).toEqual(["main chunk", "request validator", "response validator"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
