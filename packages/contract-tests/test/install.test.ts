// A provider team's install, outside the monorepo: the four publishable packages packed with pnpm,
// installed with plain npm (the rest from the registry) into an empty folder, and the CLI run
// there with npx: --help, a server that is not there, and a real run against the mock it starts.
// An ES module of that folder imports the client too. Slow (npm installs from the registry), so
// the timeouts are generous; everything it makes lives in one temporary folder, removed at the end.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Outcome, packPublishedPackages, publishedPackages, runCommand } from "./fixtures/packed.js";
import { closedPort } from "./fixtures/ports.js";

let scratch: string;
let project: string;
let tarballs: string[] = [];
let install: Outcome | undefined;

/** Runs `command` in the provider's folder. */
const inProject = (command: string, args: string[], timeoutMs: number) => runCommand(command, args, { cwd: project, timeoutMs });

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "appflow-install-"));
  const packs = join(scratch, "tarballs");
  await mkdir(packs);
  tarballs = await packPublishedPackages(packs);
  project = join(scratch, "provider");
  await mkdir(project);
  await writeFile(join(project, "package.json"), `${JSON.stringify({ name: "provider-ci", version: "0.0.0", private: true }, null, 2)}\n`);
  install = await inProject("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts=false", ...tarballs], 540_000);
}, 600_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the packed packages, installed by plain npm in an empty folder", () => {
  it("install, with every workspace dependency turned into a real version", async () => {
    expect(install, "npm install did not run").toBeDefined();
    expect(install?.code, install?.stderr).toBe(0);
    expect(install?.leftBehind).toBe(false);
    for (const name of Object.keys(publishedPackages)) {
      const manifest = JSON.parse(await readFile(join(project, "node_modules", name, "package.json"), "utf8")) as Record<string, unknown>;
      expect(manifest.private, name).toBeUndefined();
      const ranges = Object.values({ ...(manifest.dependencies as object), ...(manifest.peerDependencies as object) }) as string[];
      expect(
        ranges.filter((range) => /^(workspace|catalog|file|link):/.test(range)),
        name,
      ).toEqual([]);
    }
    // Each tarball was installed from its file, not looked up in the registry.
    const lock = JSON.parse(await readFile(join(project, "package-lock.json"), "utf8")) as {
      packages: Record<string, { resolved?: string; link?: boolean }>;
    };
    for (const name of Object.keys(publishedPackages)) {
      expect(lock.packages[`node_modules/${name}`]?.resolved, name).toMatch(/^file:.*\.tgz$/);
    }
    // Nothing is linked to a folder (of the monorepo or anywhere): every package is a copy.
    expect(Object.keys(lock.packages).filter((path) => lock.packages[path]?.link)).toEqual([]);
  });

  it("ship what runs and nothing of the monorepo: no tests, sources of the CLI, tsconfig or source maps", async () => {
    const installed = (name: string, file: string) => existsSync(join(project, "node_modules", name, file));
    expect(installed("@appflow-contract/spec", "dist/openapi.json")).toBe(true);
    expect(installed("@appflow-contract/spec", "dist/facts/index.js")).toBe(true);
    expect(installed("@appflow-contract/mock", "dist/index.js")).toBe(true);
    expect(installed("@appflow-contract/client", "dist/sigv4.js")).toBe(true);
    expect(installed("@appflow-contract/contract-tests", "dist/cli.js")).toBe(true);
    expect(installed("@appflow-contract/contract-tests", "dist/suites/provider.test.js")).toBe(true);
    for (const [name, file] of [
      ["@appflow-contract/spec", "openapi.yaml"],
      ["@appflow-contract/spec", "test"],
      ["@appflow-contract/mock", "src"],
      ["@appflow-contract/mock", "test"],
      ["@appflow-contract/mock", "dist/index.js.map"],
      ["@appflow-contract/client", "test"],
      ["@appflow-contract/client", "tsconfig.json"],
      ["@appflow-contract/contract-tests", "src"],
      ["@appflow-contract/contract-tests", "test"],
      ["@appflow-contract/contract-tests", "vitest.config.ts"],
      ["@appflow-contract/contract-tests", "tsconfig.json"],
    ] as const) {
      expect(installed(name, file), `${name}/${file}`).toBe(false);
    }
  });
});

describe("npx appflow-contract-tests in the provider's folder", () => {
  it("--help: the usage, exit 0", async () => {
    const help = await inProject("npx", ["appflow-contract-tests", "--help"], 60_000);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("Usage: appflow-contract-tests");
    expect(help.stdout).toContain("--base-url");
    expect(help.leftBehind).toBe(false);
  }, 90_000);

  it("--base-url at a port nothing listens on: one line on stderr, exit 2, within seconds", async () => {
    const port = await closedPort();
    const run = await inProject("npx", ["appflow-contract-tests", "--base-url", `http://127.0.0.1:${port}`], 60_000);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(2);
    expect(run.ms).toBeLessThan(20_000);
    const lines = run.stderr.trim().split("\n");
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(run.leftBehind).toBe(false);
  }, 90_000);

  it("without --base-url: starts the mock, runs the suite, writes reports/junit.xml under its cwd, exit 0", async () => {
    const run = await inProject("npx", ["appflow-contract-tests", "--runs", "3", "--junit", "reports/junit.xml"], 300_000);
    expect(run.timedOut).toBe(false);
    expect(run.code, `${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`).toBe(0);
    const junit = await readFile(join(project, "reports", "junit.xml"), "utf8");
    expect(junit).toMatch(/<testsuites [^>]*tests="\d{2,}" failures="0" errors="0"/);
    expect(run.leftBehind).toBe(false);
  }, 360_000);
});

describe("the client, from npm", () => {
  it("an ES module imports it, creates a client and calls the mock through it, signed", async () => {
    await writeFile(
      join(project, "consumer.mjs"),
      `import { createUpdateFlowClient } from "@appflow-contract/client";
import { sigv4 } from "@appflow-contract/client/sigv4";
import { startMock } from "@appflow-contract/mock";
import { requestExamples } from "@appflow-contract/spec";

const mock = await startMock({ quiet: true });
try {
  const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
  const client = createUpdateFlowClient({ baseUrl: mock.baseUrl, middleware: [sigv4({ region: "us-east-1", credentials })] });
  const [example] = Object.values(requestExamples());
  const result = await client.updateFlow(example.value);
  console.log(JSON.stringify({ success: result.success, id: typeof result.data?.id }));
} finally {
  await mock.stop();
}
`,
    );
    const run = await inProject(process.execPath, ["consumer.mjs"], 60_000);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ success: true, id: "string" });
    expect(run.leftBehind).toBe(false);
  }, 90_000);
});
