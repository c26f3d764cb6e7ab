#!/usr/bin/env node
/**
 * `pnpm docs`: builds the page, serves it on http://127.0.0.1:8080 (or $PORT) and rebuilds it
 * whenever a file under spec/ changes (bundle first, then the page). Refresh the browser to see
 * the new build. Ctrl-C (SIGINT) or SIGTERM stops it with exit code 0.
 */
import { execFile } from "node:child_process";
import { existsSync, type FSWatcher, watch } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { buildDocs, defaultOutputFile } from "./build.js";
import { createDocsServer } from "./server.js";

const run = promisify(execFile);
const port = Number(process.env.PORT ?? 8080);
const specDir = dirname(createRequire(import.meta.url).resolve("@appflow-contract/spec/package.json"));

async function rebuild(): Promise<void> {
  const started = Date.now();
  // The spec package owns its bundle command; run it rather than repeat it here.
  await run("pnpm", ["--filter", "@appflow-contract/spec", "run", "bundle"], { env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  const { bytes } = await buildDocs();
  console.log(`docs: rebuilt in ${Date.now() - started} ms (${bytes} bytes)`);
}

let pending: NodeJS.Timeout | undefined;
let building: Promise<void> = Promise.resolve();
function scheduleRebuild(file: string): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    console.log(`docs: ${file} changed, rebuilding`);
    building = building.then(rebuild).catch((error: unknown) => {
      if (!stopping) console.error(`docs: rebuild failed: ${String(error)}`);
    });
  }, 200);
}

// Stopping is the normal way to leave: exit 0, so that pnpm and turbo report no failure. A
// rebuild under way (its pnpm child) gets the terminal's Ctrl-C itself; its failure is not news.
let stopping = false;
let watcher: FSWatcher | undefined;
let server: Server | undefined;
function stop(): void {
  stopping = true;
  clearTimeout(pending);
  watcher?.close();
  if (!server) process.exit(0);
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

// turbo's `serve` depends on `build`, so the page is usually fresh; build only when it is missing.
if (!existsSync(defaultOutputFile)) await rebuild().catch((error: unknown) => {
  if (!stopping) throw error;
});
if (!stopping) {
  watcher = watch(specDir, { recursive: true }, (_event, file) => {
    // The bundle the rebuild itself writes must not trigger another rebuild.
    if (file && !file.startsWith("dist") && !file.includes("node_modules")) scheduleRebuild(file);
  });
  server = createDocsServer(defaultOutputFile).listen(port, "127.0.0.1", () =>
    console.log(`docs: serving http://127.0.0.1:${port}/ (watching ${specDir})`),
  );
}
