import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@appflow-contract/test-support";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpecPath } from "@appflow-contract/spec";
import { errorCodes, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { buildDocs, packageDir } from "../src/build.js";
import { defaultServerUrl, requestExamples } from "../src/code-samples.js";
import { decorateForDocs } from "../src/decorate.js";
import { operations, type OpenApiDocument, type OperationObject } from "../src/openapi.js";
import { createDocsServer } from "../src/server.js";

const REQUEST_MEMBERS = [
  "flowName",
  "description",
  "triggerConfig",
  "sourceFlowConfig",
  "destinationFlowConfigList",
  "tasks",
  "metadataCatalogConfig",
  "clientToken",
];

let workDir: string;
let htmlFile: string;
let bytes: number;
let spec: OpenApiDocument;
let operation: OperationObject;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The page as `pnpm docs` serves it (src/server.ts), on a free port. */
let server: Server;
let serverUrl: string;
/** Every request the page tried that was not for a local file. */
const outsideRequests: string[] = [];

beforeAll(async () => {
  spec = JSON.parse(await readFile(bundledSpecPath, "utf8")) as OpenApiDocument;
  const op = operations(spec).find(({ operation }) => operation.operationId === "updateFlow");
  if (!op) throw new Error("updateFlow is missing from the bundled spec");
  operation = op.operation;

  workDir = await mkdtemp(join(tmpdir(), "appflow-docs-"));
  ({ outputFile: htmlFile, bytes } = await buildDocs({ outputFile: join(workDir, "index.html") }));

  server = createDocsServer(htmlFile);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await launchChromium();

  // A fresh context is a fresh profile: no cache, no cookies, nothing from an earlier run.
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
    outsideRequests.push(url);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  const started = performance.now();
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
  // The HTML is prerendered; the page is usable once Redoc has hydrated it and the sidebar reacts.
  await page.getByText(String((operation.tags as string[])[0]), { exact: true }).first().click();
  await page.getByRole("link", { name: String(operation.summary) }).first().waitFor();
  const loadMs = Math.round(performance.now() - started);
  console.log(`docs page: ${bytes} bytes, loaded and rendered in ${loadMs} ms (file://, network blocked)`);
});

afterAll(async () => {
  await page?.screenshot({ path: join(packageDir, "test-results", "docs-operation.png") }).catch(() => undefined);
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const rightPanel = () => page.getByTestId("right-panel").filter({ has: page.locator(".panel-request-samples") }).first();

describe("the built reference page", () => {
  it("is one self-contained file of reasonable size, with Redoc's browser telemetry off", async () => {
    expect(bytes).toBeGreaterThan(500_000);
    expect(bytes).toBeLessThan(6_000_000);
    expect(await readFile(htmlFile, "utf8")).toContain('"disableTelemetry":true');
  });

  it("shows the introduction and the generated error catalogue", async () => {
    const body = await page.locator("body").innerText();
    for (const heading of ["Envelopes", "Idempotency and retries", "Authentication", "Patterns", "Error codes"]) {
      await page.locator("h1, h2", { hasText: heading }).first().waitFor({ state: "visible" });
    }
    for (const code of errorCodes) expect(body).toContain(code);
  });

  it("shows each error code on one line, its status beside it and its own sentence", async () => {
    const sentences = (spec.components!.schemas!.ErrorCode as { "x-enumDescriptions": Record<string, string> })["x-enumDescriptions"];
    const section = page.locator('[data-section-id="/section/error-codes"]');
    const rows = page.locator("table").filter({ hasText: errorCodes[0] }).locator("tbody tr");
    await rows.first().scrollIntoViewIfNeeded();
    await expect.poll(() => rows.count()).toBe(errorCodes.length);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const code = tr.querySelector("td:first-child code")!;
        return {
          code: code.textContent ?? "",
          // One line box: an inline element broken across lines has one client rect per line.
          lineBoxes: code.getClientRects().length,
          status: tr.querySelector("td:nth-child(2)")!.textContent?.trim(),
          statusLineBoxes: tr.querySelector("td:nth-child(2)")!.getClientRects().length,
          meaning: tr.querySelector("td:nth-child(3)")!.textContent?.replace(/\s+/g, " ").trim(),
        };
      }),
    );
    expect(cells.map((c) => c.code).sort()).toEqual([...errorCodes].sort());
    for (const cell of cells) {
      expect(cell.lineBoxes, `${cell.code} is on one line`).toBe(1);
      expect(cell.status, cell.code).toBe(String(statusOfErrorCode[cell.code as (typeof errorCodes)[number]]));
      expect(cell.meaning?.replace(/`/g, ""), cell.code).toBe(sentences[cell.code]!.replace(/`/g, ""));
    }
    expect(new Set(cells.map((c) => c.meaning)).size).toBe(errorCodes.length);
    await section.screenshot({ path: join(packageDir, "test-results", "docs-error-codes.png") });
  });

  it("renders the operation with every top-level request member", async () => {
    await page.getByRole("link", { name: String(operation.summary) }).first().click();
    await page.getByRole("heading", { name: String(operation.summary) }).first().waitFor();
    // The operation's request panel (Redoc 3 heads it "Request"); the introduction also
    // mentions members and media types, so matching on those would find it first.
    const requestPanel = page.getByTestId("middle-panel").filter({ hasText: /^Request/ }).first();
    for (const member of REQUEST_MEMBERS) {
      await requestPanel.getByText(member, { exact: true }).first().waitFor({ state: "visible" });
    }
  });

  it("shows both envelopes: the 200 success and the error responses", async () => {
    const responseSamples = page.locator(".panel-response-samples").first();
    const responseTabs = page.getByRole("tab");
    await responseTabs.filter({ hasText: /^200$/ }).first().click();
    await page.getByText("UpdatedFlow", { exact: false }).first().waitFor({ state: "visible" });
    await expect.poll(() => responseSamples.innerText()).toMatch(/"success":\s*true,\s*"data":/);
    await responseTabs.filter({ hasText: /^409$/ }).first().click();
    await expect.poll(() => responseSamples.innerText()).toMatch(/"success":\s*false,\s*"error":\s*\{\s*"code":\s*"CONFLICT"/);
  });

  it("lets the reader pick each named request example", async () => {
    await selectLanguage("Payload");
    for (const [, example] of requestExamples(spec, operation)) {
      await rightPanel().getByRole("button", { name: "Example" }).click();
      await page.getByRole("menuitem", { name: String(example.summary), exact: true }).click();
      const flowName = (example.value as { flowName: string }).flowName;
      await expect.poll(() => rightPanel().innerText()).toContain(`"flowName": "${flowName}"`);
    }
  });

  it("shows the generated curl and TypeScript samples for every example", async () => {
    const { doc } = decorateForDocs(spec);
    const samples = operations(doc).find(({ operation: o }) => o.operationId === "updateFlow")?.operation["x-codeSamples"] ?? [];
    // One curl and one TypeScript sample per named request example.
    const exampleCount = requestExamples(spec, operation).length;
    expect(exampleCount).toBeGreaterThan(0);
    expect(samples.filter((s) => s.lang === "curl")).toHaveLength(exampleCount);
    expect(samples.filter((s) => s.lang === "TypeScript")).toHaveLength(exampleCount);
    for (const sample of samples) {
      await selectLanguage(sample.label);
      const firstLine = sample.source.split("\n")[0] ?? "";
      await expect.poll(() => rightPanel().innerText()).toContain(firstLine);
      const flowName = /"flowName": "([^"]+)"/.exec(sample.source)?.[1];
      expect(flowName).toBeDefined();
      await expect.poll(() => rightPanel().innerText()).toContain(`"flowName": "${flowName}"`);
      if (sample.lang === "curl") await expectWholeUrlShown(`${defaultServerUrl(spec)}/update-flow`);
    }
  });

  it("made no request outside the file", () => {
    expect(outsideRequests).toEqual([]);
  });
});

describe("every sidebar link, opened on its own", () => {
  /** The sidebar's links (all groups expanded) and the heading each leads to. */
  let links: Array<{ href: string; label: string }>;

  beforeAll(async () => {
    const sidebar = page.locator('[data-component-name="Menu/Menu"]').first();
    // Expand every group, so that the links under it are there too.
    for (const group of await sidebar.getByText(String((operation.tags as string[])[0]), { exact: true }).all()) {
      if ((await sidebar.getByRole("link", { name: String(operation.summary) }).count()) === 0) await group.click();
    }
    await sidebar.getByRole("link", { name: String(operation.summary) }).first().waitFor();
    links = await sidebar.locator("a").evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute("href") ?? "", label: a.querySelector("span")?.textContent?.trim() ?? a.textContent?.trim() ?? "" })),
    );
  });

  it("are hash links of the page, one per section, tag and operation", () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
    for (const { href } of links) expect(href).toMatch(/^#\//);
    expect(links.map((l) => l.href)).toEqual(expect.arrayContaining(["#/section/envelopes", "#/section/error-codes", "#/flows"]));
  });

  for (const where of ["the Pages artifact (a static file)", "`pnpm docs` (src/server.ts)"] as const) {
    it(`each land on their section in a fresh browser, from ${where}`, async () => {
      const base = where.startsWith("the Pages") ? pathToFileURL(htmlFile).href : `${serverUrl}/`;
      for (const { href, label } of links) await expectSectionInView(new URL(href, base).href, label);
    });
  }

  it("and Redoc's path-style address of a section is sent to the same section by `pnpm docs`", async () => {
    await expectSectionInView(`${serverUrl}/section/error-codes`, "Error codes");
  });
});

/**
 * Opens `url` in a new context (no history, cache or state from another page) and waits until
 * the heading named `label` is within the viewport.
 */
async function expectSectionInView(url: string, label: string): Promise<void> {
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await fresh.route("**/*", (route) => {
    const target = route.request().url();
    return target.startsWith("file:") || target.startsWith("data:") || target.startsWith(serverUrl) ? route.continue() : route.abort("blockedbyclient");
  });
  try {
    const tab = await fresh.newPage();
    const response = await tab.goto(url, { waitUntil: "load" });
    expect(response === null || response.ok(), `${url} answers ${response?.status()}`).toBe(true);
    const heading = tab.locator("h1, h2").filter({ hasText: label }).first();
    await heading.waitFor({ state: "visible" });
    // In view: the heading's top within the upper half of the viewport, the whole of it shown.
    const inView = () =>
      heading.evaluate((h) => {
        const { top, bottom } = h.getBoundingClientRect();
        return top >= 0 && top < window.innerHeight / 2 && bottom <= window.innerHeight;
      });
    await expect.poll(inView, { message: `the heading ${label} is in view at ${url}` }).toBe(true);
    if (label === "Error codes") await tab.screenshot({ path: join(packageDir, "test-results", "docs-deep-link.png") });
  } finally {
    await fresh.close();
  }
}

/** The sample panel shows `url` whole: inside the code block's visible box, not under its buttons. */
async function expectWholeUrlShown(url: string): Promise<void> {
  const box = await rightPanel()
    .locator("pre")
    .first()
    .evaluate((pre, wanted) => {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const text = nodes.map((n) => n.data).join("");
      const at = text.indexOf(wanted);
      if (at === -1) return { found: false };
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (at >= offset && at < end) range.setStart(node, at - offset);
        if (at + wanted.length > offset && at + wanted.length <= end) range.setEnd(node, at + wanted.length - offset);
        offset = end;
      }
      const url = range.getBoundingClientRect();
      const frame = pre.getBoundingClientRect();
      const visibleRight = frame.left + pre.clientWidth;
      const covering = [...(pre.parentElement?.querySelectorAll("button") ?? [])]
        .map((b) => b.getBoundingClientRect())
        .filter((b) => b.width > 0 && b.left < url.right && b.right > url.left && b.top < url.bottom && b.bottom > url.top);
      const oneLine = url.height < 1.5 * Number.parseFloat(getComputedStyle(pre).lineHeight || "20");
      return { found: true, oneLine, inside: url.left >= frame.left && url.right <= visibleRight, covered: covering.length };
    }, url);
  expect(box, `the curl sample's URL ${url}`).toEqual({ found: true, oneLine: true, inside: true, covered: 0 });
}

/** Picks an entry of the request-samples language menu (a code sample or the raw payload). */
async function selectLanguage(label: string): Promise<void> {
  const panel = rightPanel();
  const current = panel.locator('button[aria-haspopup="menu"]:not([aria-label="Example"])').filter({ hasNotText: "/update-flow" }).first();
  if ((await current.innerText()).trim() === label) return;
  await current.click();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
  await expect.poll(() => current.innerText()).toBe(label);
}

await mkdir(join(packageDir, "test-results"), { recursive: true });
