// The build scripts locate their files from import.meta.url; they must work from a directory
// whose path a file URL percent-encodes (a space, a "%"), as a user's checkout may be. (size.mjs
// measures the package's own dist/, which it resolves by name.)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

// Three builds in a row: seconds on an idle machine, over 30 s on a loaded one.
it("build-validators.mjs, bundle.mjs and size.mjs run from a path with a space and a % in it", { timeout: 120_000 }, () => {
  // Inside the package, so that the copies resolve ajv, esbuild, the spec and the package itself.
  const cache = join(packageDir, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "with space %41-"));
  try {
    cpSync(join(packageDir, "scripts"), join(dir, "scripts"), { recursive: true });
    cpSync(join(packageDir, "src"), join(dir, "src"), { recursive: true, filter: (path) => !path.includes("validators") });
    cpSync(join(packageDir, "package.json"), join(dir, "package.json"));
    execFileSync(process.execPath, [join(dir, "scripts", "build-validators.mjs")], { stdio: "pipe" });
    expect(existsSync(join(dir, "src", "generated", "validators", "request.ts"))).toBe(true);
    expect(existsSync(join(dir, "src", "generated", "validators", "responses.ts"))).toBe(true);
    execFileSync(process.execPath, [join(dir, "scripts", "bundle.mjs")], { stdio: "pipe" });
    for (const entry of ["index", "sigv4", "request-check", "response-check", "envelope-violations"]) {
      expect(existsSync(join(dir, "dist", `${entry}.js`))).toBe(true);
    }

    const chunks = JSON.parse(
      execFileSync(process.execPath, [join(dir, "scripts", "size.mjs"), "--json"], { encoding: "utf8" }),
    ) as Array<{ chunk: string }>;
    expect(chunks.map((c) => c.chunk)).toEqual(expect.arrayContaining(["main chunk", "request validator", "response validator"]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
