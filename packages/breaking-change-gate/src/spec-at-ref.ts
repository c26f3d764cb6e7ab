import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { GateInputError, firstLine } from "./errors.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

// Every temporary folder the gate makes is removed when the process ends, or before, by
// removeTemporaryFolders() (a test worker may be ended without an exit event).
const temporaryFolders: string[] = [];

/** Removes the gate's temporary folders (the base bundles it keeps per commit too). */
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
  bundlesAtCommit.clear();
}
process.once("exit", removeTemporaryFolders);

/** A fresh folder under the OS's temporary directory, removed at exit. */
export async function temporaryFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

// A commit never changes, so its bundle is made once per process (the tests compare many work
// trees with one base).
const bundlesAtCommit = new Map<string, Promise<string>>();

function redoclyBin(): string {
  const manifest = require.resolve("@redocly/cli/package.json");
  const { bin } = require(manifest) as { bin: { redocly: string } };
  return join(dirname(manifest), bin.redocly);
}

/**
 * Redocly explains a failed bundle over many lines (a banner, the problem, a code frame); the
 * problem itself is `[1] paths/update-flow.yaml:49:7 at #/post/responses/402`, a blank line and
 * the message. This keeps the first problem on one line.
 */
export function redoclyProblem(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const at = lines.findIndex((line) => /^\[\d+\] \S+:\d+:\d+/.test(line));
  if (at === -1) return firstLine(lines.filter((line) => /error|can't|cannot|failed/i.test(line)).join("\n")) || "redocly bundle failed";
  const where = lines[at]!.replace(/^\[\d+\] /, "");
  const message = lines.slice(at + 1).find(Boolean) ?? "bundle failed";
  const more = lines.filter((line) => /^\[\d+\] \S+:\d+:\d+/.test(line)).length - 1;
  return `${where}: ${message}${more > 0 ? ` (and ${more} more problem${more > 1 ? "s" : ""})` : ""}`;
}

/** Bundles a split spec (root file plus $refs) into one JSON file with the project's redocly. */
export async function bundleSpec(rootFile: string, outputFile: string, label = rootFile): Promise<string> {
  try {
    await run(process.execPath, [redoclyBin(), "bundle", rootFile, "-o", outputFile], {
      cwd: dirname(rootFile),
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new GateInputError(`${label} does not bundle: ${redoclyProblem(`${stderr}\n${stdout}`)}`);
  }
  return outputFile;
}

/** Runs git in the repository; a failure becomes a one-line GateInputError. */
export async function git(repoRoot: string, args: string[], what: string): Promise<Buffer> {
  try {
    return (await run("git", args, { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString("utf8") ?? (error as Error).message;
    throw new GateInputError(`${what}: ${firstLine(stderr)}`);
  }
}

/** The commit `ref` names; fails, in one line, when git does not know it. */
export async function commitOf(repoRoot: string, ref: string): Promise<string> {
  try {
    return (await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: repoRoot })).stdout.trim();
  } catch {
    throw new GateInputError(`unknown base ${ref}: git has no such commit here (fetch it first, e.g. git fetch origin main)`);
  }
}

/** The paths git tracks under `folder` at `ref`. */
export async function filesAtRef(repoRoot: string, ref: string, folder: string): Promise<string[]> {
  const listed = (await git(repoRoot, ["ls-tree", "-r", "-z", "--name-only", ref, "--", `${folder}/`], `cannot list ${folder}/ at ${ref}`)).toString("utf8");
  return listed.split("\0").filter(Boolean);
}

/** One file as committed at `ref`. */
export async function fileAtRef(repoRoot: string, ref: string, file: string): Promise<Buffer> {
  return git(repoRoot, ["show", `${ref}:${file}`], `cannot read ${file} at ${ref}`);
}

/**
 * Writes every file that git tracks under `specDir` at `ref` into a temporary folder and bundles
 * it, so the base spec is compared exactly as it was committed.
 */
export async function bundleSpecAtRef(options: { repoRoot: string; ref: string; specDir: string; rootFile?: string }): Promise<string> {
  const commit = await commitOf(options.repoRoot, options.ref);
  const key = JSON.stringify([options.repoRoot, commit, options.specDir, options.rootFile]);
  let bundle = bundlesAtCommit.get(key);
  if (!bundle) {
    bundle = bundleCommit({ ...options, ref: commit }, options.ref);
    bundlesAtCommit.set(key, bundle);
    bundle.catch(() => bundlesAtCommit.delete(key)).catch(() => undefined);
  }
  return bundle;
}

async function bundleCommit(options: { repoRoot: string; ref: string; specDir: string; rootFile?: string }, refName: string): Promise<string> {
  const { repoRoot, ref, specDir } = options;
  const files = await filesAtRef(repoRoot, ref, specDir);
  if (files.length === 0) throw new GateInputError(`git finds no files under ${specDir}/ at ${refName}`);
  const target = await temporaryFolder("appflow-base-spec-");
  for (const file of files) {
    const destination = join(target, file);
    await mkdir(dirname(destination), { recursive: true });
    await writeFile(destination, await fileAtRef(repoRoot, ref, file));
  }
  const rootFile = options.rootFile ?? "openapi.yaml";
  return bundleSpec(join(target, specDir, rootFile), join(target, "base.openapi.json"), `the spec at ${refName}`);
}
