import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashRoutedLinks } from "../src/build.js";
import { createDocsServer } from "../src/server.js";

let dir: string;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-server-"));
  const page = join(dir, "index.html");
  await writeFile(page, "<!doctype html><title>page</title>");
  const server = createDocsServer(page);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
  await rm(dir, { recursive: true, force: true });
});

describe("the docs server", () => {
  it("serves the page at / and /index.html, never cached", async () => {
    for (const path of ["/", "/index.html"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toContain("<title>page</title>");
    }
  });

  it("sends a path-style section address to the same route in the hash", async () => {
    const response = await fetch(`${base}/section/error-codes`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/#/section/error-codes");
  });

  it("answers 404 for a file it does not have and 405 for another method", async () => {
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: "POST" })).status).toBe(405);
  });
});

describe("hashRoutedLinks", () => {
  it("turns the prerendered links into hash links, and leaves the script and other links alone", () => {
    const html = [
      '<head><link href="/style.css"></head><div id="redoc"><a href="/section/envelopes">E</a>',
      '<a href="/">Home</a><a href="https://redocly.com/">R</a><a href="//cdn.example/x">C</a><use href="#icon"/></div>',
      '<script type="module">const a = \'<a href="/flows">\';</script>',
    ].join("");
    expect(hashRoutedLinks(html)).toBe(
      [
        '<head><link href="/style.css"></head><div id="redoc"><a href="#/section/envelopes">E</a>',
        '<a href="#/">Home</a><a href="https://redocly.com/">R</a><a href="//cdn.example/x">C</a><use href="#icon"/></div>',
        '<script type="module">const a = \'<a href="/flows">\';</script>',
      ].join(""),
    );
  });

  it("fails on a page without Redoc's prerendered markup", () => {
    expect(() => hashRoutedLinks("<html></html>")).toThrow(/prerendered/);
  });
});
