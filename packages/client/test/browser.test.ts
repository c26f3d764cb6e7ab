// The built package in a real browser (Debian's Chromium, through test-support's
// launchChromium()): a page bundled by esbuild, as an app would ship it, calls the Prism mock
// across origins, and signs requests with sigv4() for the page's own server, which checks them
// with AWS's signer (test/sigv4-server.ts).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, useMock } from "@appflow-contract/test-support";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { UpdateFlowResult } from "../src/index.js";
import { checkSignature, type Checked, credentials, readBody, region, respond, temporaryCredentials } from "./sigv4-server.js";
import { exampleRequest } from "./test-fixtures.js";

const page = `
import { createUpdateFlowClient } from "@appflow-contract/client";
window.updateFlow = (baseUrl, request) =>
  createUpdateFlowClient({ baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 browser" } }).updateFlow(request);
window.signedUpdateFlow = async (request, credentials) => {
  const { sigv4 } = await import("@appflow-contract/client/sigv4");
  const middleware = [sigv4({ region: "${region}", credentials: async () => credentials })];
  return createUpdateFlowClient({ baseUrl: location.origin, middleware }).updateFlow(request);
};
`;

const mock = useMock();
let site: Server;
let siteUrl: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let outdir: string;
/** What the page loads up front: page.js and the chunks it imports statically. */
let upFront: string[];
/** What the page's server found on each signed request. */
const checked: Checked[] = [];

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "client-browser-"));
  const { metafile } = await build({
    stdin: { contents: page, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: "page.js" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    outdir,
    entryNames: "page",
    metafile: true,
  });
  const url = (output: string) => `/${relative(outdir, resolve(output))}`;
  const pageOutput = Object.keys(metafile.outputs).find((output) => url(output) === "/page.js");
  upFront = ["/page.js", ...(metafile.outputs[pageOutput ?? ""]?.imports ?? []).filter((i) => i.kind === "import-statement").map((i) => url(i.path))];
  site = createServer(async (req, res) => {
    if (req.method === "POST" && req.url === "/update-flow") {
      const found = await checkSignature(req, await readBody(req));
      checked.push(found);
      respond(res, found);
      return;
    }
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
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
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
  // The contract's facts, which the lazy chunks use too, come in a chunk of their own.
  expect(upFront.every((path) => !/request-check|response-check/.test(path))).toBe(true);
  expect([...scripts].sort()).toEqual([...upFront].sort());

  const call = (request: unknown) =>
    tab.evaluate(
      ([baseUrl, body]) => (window as unknown as { updateFlow: (u: string, r: unknown) => Promise<UpdateFlowResult> }).updateFlow(baseUrl, body),
      [mock().baseUrl, request] as const,
    );
  const ok = await call(exampleRequest());
  expect(ok).toMatchObject({ success: true, data: { id: expect.any(String) } });
  const refused = await call({ ...exampleRequest(), flowName: "has a space" });
  expect(refused).toMatchObject({ success: false, error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName" }] } });

  // The request validator's chunk (with the chunk it shares with the response validator) loaded
  // once, on the first call; the response validator's never.
  const lazy = scripts.slice(upFront.length);
  expect(lazy.filter((path) => /^\/request-check-[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(lazy.filter((path) => /response-check/.test(path))).toEqual([]);
  expect(new Set(lazy).size).toBe(lazy.length);
  expect(lazy.length).toBeLessThanOrEqual(2);
  await tab.close();
});

it("signs requests with sigv4() in the page, which the server's AWS signer accepts, and refuses with a wrong secret", async () => {
  const tab = await browser.newPage();
  await tab.goto(siteUrl);
  await tab.waitForFunction(() => "signedUpdateFlow" in window);
  const signed = (request: unknown, keys: object) =>
    tab.evaluate(
      ([body, keys]) =>
        (window as unknown as { signedUpdateFlow: (r: unknown, k: object) => Promise<UpdateFlowResult> }).signedUpdateFlow(body, keys),
      [request, keys] as const,
    );

  await expect(signed(exampleRequest(), temporaryCredentials)).resolves.toMatchObject({ success: true });
  expect(checked[0]?.refused).toBeUndefined();
  expect(checked[0]?.securityToken).toBe(temporaryCredentials.sessionToken);
  expect(checked[0]?.signedHeaders).toEqual(expect.arrayContaining(["host", "content-type", "x-amz-date", "x-amz-security-token"]));

  await expect(signed(exampleRequest(), { ...credentials, secretAccessKey: "wrong" })).resolves.toMatchObject({
    success: false,
    error: { code: "ACCESS_DENIED" },
  });
  expect(checked[1]?.refused).toBe("signature mismatch");
  await tab.close();
});
