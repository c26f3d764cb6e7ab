import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "@appflow-contract/test-support";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpecPath } from "@appflow-contract/spec";
import { errorCodes } from "@appflow-contract/spec/contract";
import { buildDocs, packageDir } from "../src/build.js";
import { requestExamples } from "../src/code-samples.js";
import { decorateForDocs } from "../src/decorate.js";
import { operations, type OpenApiDocument, type OperationObject } from "../src/openapi.js";

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
/** Every request the page tried that was not for a local file. */
const outsideRequests: string[] = [];

beforeAll(async () => {
  spec = JSON.parse(await readFile(bundledSpecPath, "utf8")) as OpenApiDocument;
  const op = operations(spec).find(({ operation }) => operation.operationId === "updateFlow");
  if (!op) throw new Error("updateFlow is missing from the bundled spec");
  operation = op.operation;

  workDir = await mkdtemp(join(tmpdir(), "appflow-docs-"));
  ({ outputFile: htmlFile, bytes } = await buildDocs({ outputFile: join(workDir, "index.html") }));

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
    for (const heading of ["Envelopes", "Idempotency and retries", "Authentication", "Error codes"]) {
      await page.locator("h1, h2", { hasText: heading }).first().waitFor({ state: "visible" });
    }
    for (const code of errorCodes) expect(body).toContain(code);
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
    }
  });

  it("made no request outside the file", () => {
    expect(outsideRequests).toEqual([]);
  });
});

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
