// The built package in a real browser (Debian's Chromium through playwright-core): a page
// bundled by esbuild, as an app would ship it, calls the Prism mock across origins.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMock, type RunningMock } from "@appflow-contract/mock";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { UpdateFlowResult } from "../src/index.js";
import { exampleRequest } from "./test-fixtures.js";

const page = `
import { createUpdateFlowClient } from "@appflow-contract/client";
window.updateFlow = (baseUrl, request) =>
  createUpdateFlowClient({ baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 browser" } }).updateFlow(request);
`;

let mock: RunningMock;
let site: Server;
let siteUrl: string;
let browser: Browser;
let outdir: string;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "client-browser-"));
  await build({
    stdin: { contents: page, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: "page.js" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    outdir,
    entryNames: "page",
  });
  site = createServer(async (req, res) => {
    const file = req.url === "/" ? "index.html" : (req.url ?? "").slice(1);
    if (file === "index.html") {
      res.setHeader("Content-Type", "text/html");
      res.end('<!doctype html><script type="module" src="/page.js"></script>');
      return;
    }
    const body = await readFile(join(outdir, file)).catch(() => undefined);
    res.statusCode = body ? 200 : 404;
    res.setHeader("Content-Type", extname(file) === ".js" ? "text/javascript" : "text/plain");
    res.end(body);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  [mock, browser] = await Promise.all([
    startMock(),
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mock?.stop();
  await new Promise((resolve) => site?.close(resolve));
  await rm(outdir, { recursive: true, force: true });
});

it("calls UpdateFlow from a page, loading the request validator lazily, once, and never the response validator", async () => {
  const tab = await browser.newPage();
  const scripts: string[] = [];
  tab.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await tab.goto(siteUrl);
  await tab.waitForFunction(() => "updateFlow" in window);
  expect(scripts).toEqual(["/page.js"]);

  const call = (request: unknown) =>
    tab.evaluate(
      ([baseUrl, body]) => (window as unknown as { updateFlow: (u: string, r: unknown) => Promise<UpdateFlowResult> }).updateFlow(baseUrl, body),
      [mock.baseUrl, request] as const,
    );
  const ok = await call(exampleRequest());
  expect(ok).toMatchObject({ success: true, data: { id: expect.any(String) } });
  const refused = await call({ ...exampleRequest(), flowName: "has a space" });
  expect(refused).toMatchObject({ success: false, error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName" }] } });

  // The request validator's chunk (with the chunk it shares with the response validator) loaded
  // once, on the first call; the response validator's never.
  const lazy = scripts.slice(1);
  expect(lazy.filter((path) => /^\/request-check-[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(lazy.filter((path) => /response-check/.test(path))).toEqual([]);
  expect(new Set(lazy).size).toBe(lazy.length);
  expect(lazy.length).toBeLessThanOrEqual(2);
  await tab.close();
});
