#!/usr/bin/env node
/**
 * `pnpm docs`: builds the page, serves it on http://127.0.0.1:8080 (or $PORT) and rebuilds it
 * whenever a file under spec/ changes (bundle first, then the page). Refresh the browser to see
 * the new build.
 */
import { execFile } from "node:child_process";
import { existsSync, watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { buildDocs, defaultOutputFile } from "./build.js";

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
    building = building.then(rebuild).catch((error: unknown) => console.error(`docs: rebuild failed: ${String(error)}`));
  }, 200);
}

// turbo's `serve` depends on `build`, so the page is usually fresh; build only when it is missing.
if (!existsSync(defaultOutputFile)) await rebuild();
watch(specDir, { recursive: true }, (_event, file) => {
  // The bundle the rebuild itself writes must not trigger another rebuild.
  if (file && !file.startsWith("dist") && !file.includes("node_modules")) scheduleRebuild(file);
});

createServer((request, response) => {
  if (request.method !== "GET" || !["/", "/index.html"].includes(new URL(request.url ?? "/", "http://x").pathname)) {
    response.writeHead(404).end("Not found");
    return;
  }
  readFile(defaultOutputFile).then(
    (html) => response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html),
    () => response.writeHead(503).end("The page is being built"),
  );
}).listen(port, "127.0.0.1", () => console.log(`docs: serving http://127.0.0.1:${port}/ (watching ${specDir})`));
