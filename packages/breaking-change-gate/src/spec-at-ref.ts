import { execFile } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

function redoclyBin(): string {
  const manifest = require.resolve("@redocly/cli/package.json");
  const { bin } = require(manifest) as { bin: { redocly: string } };
  return join(dirname(manifest), bin.redocly);
}

/** Bundles a split spec (root file plus $refs) into one JSON file with the project's redocly. */
export async function bundleSpec(rootFile: string, outputFile: string): Promise<string> {
  await run(process.execPath, [redoclyBin(), "bundle", rootFile, "-o", outputFile], {
    cwd: dirname(rootFile),
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });
  return outputFile;
}

/**
 * Writes every file that git tracks under `specDir` at `ref` into a temporary folder and bundles
 * it, so the base spec is compared exactly as it was committed.
 */
export async function bundleSpecAtRef(options: { repoRoot: string; ref: string; specDir: string; rootFile?: string }): Promise<string> {
  const { repoRoot, ref, specDir } = options;
  const git = (...args: string[]) => run("git", args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" });
  const listed = (await git("ls-tree", "-r", "-z", "--name-only", ref, "--", `${specDir}/`)).stdout.toString("utf8");
  const files = listed.split("\0").filter(Boolean);
  if (files.length === 0) throw new Error(`git finds no files under ${specDir}/ at ${ref}`);
  const target = await mkdtemp(join(tmpdir(), "appflow-base-spec-"));
  for (const file of files) {
    const content = (await git("show", `${ref}:${file}`)).stdout;
    const destination = join(target, file);
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, content);
  }
  const root = join(target, specDir, options.rootFile ?? "openapi.yaml");
  return bundleSpec(root, join(target, "base.openapi.json"));
}
