import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bundledSpecPath } from "@appflow-contract/spec";
import { parse as parseYaml } from "yaml";
import { decorateForDocs } from "./decorate.js";
import type { OpenApiDocument } from "./openapi.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The docs package's folder (holds redocly.yaml and template.hbs). */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where `pnpm --filter @appflow-contract/docs build` writes the page. */
export const defaultOutputFile = join(packageDir, "dist", "site", "index.html");

function redoclyBin(): string {
  const manifest = require.resolve("@redocly/cli/package.json");
  const { bin } = require(manifest) as { bin: { redocly: string } };
  return join(dirname(manifest), bin.redocly);
}

/**
 * Redoc 3 renders its "API docs by Redocly" mark as an <img> from cdn.redoc.ly, with no option to
 * turn it off. On an offline page that is a failed network request, so the build swaps both image
 * URLs for an inline SVG of the same words; the attribution stays.
 */
const ATTRIBUTION_SVG =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="currentColor">Redocly</text></svg>',
  );
const REMOTE_IMAGES = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

export function inlineRemoteImages(html: string): string {
  return REMOTE_IMAGES.reduce((page, url) => page.split(url).join(ATTRIBUTION_SVG), html);
}

/**
 * The page's links as the reader's browser routes them. Redoc 3 routes in the page's hash
 * (`index.html#/section/error-codes`) once it runs, but `build-docs` prerenders every link as a
 * path (`href="/section/error-codes"`), and hydration keeps those: opened in a new tab, copied,
 * or followed before the script ran, such a link asks the server for a page that does not exist
 * (and on GitHub Pages, under the repository's folder, points outside the site). The build
 * rewrites the prerendered markup's own links to hash links; the inline script and spec are not
 * touched.
 */
export function hashRoutedLinks(html: string): string {
  const start = html.indexOf('<div id="redoc">');
  const end = html.indexOf('<script type="module">', start);
  if (start === -1 || end === -1) throw new Error("The page has no prerendered <div id=\"redoc\"> before its script");
  const markup = html.slice(start, end).replace(/\bhref="\/(?!\/)/g, 'href="#/');
  return `${html.slice(0, start)}${markup}${html.slice(end)}`;
}

export interface BuildResult {
  outputFile: string;
  bytes: number;
}

/**
 * Builds the reference page: decorates a copy of the bundled spec (code samples, error
 * catalogue), then has `redocly build-docs --inlineBundle` render it into one HTML file that
 * needs no network.
 */
export async function buildDocs(options: { specFile?: string; outputFile?: string } = {}): Promise<BuildResult> {
  const specFile = options.specFile ?? bundledSpecPath;
  const outputFile = options.outputFile ?? defaultOutputFile;
  const outDir = dirname(outputFile);
  await mkdir(outDir, { recursive: true });

  const bundled = JSON.parse(await readFile(specFile, "utf8")) as OpenApiDocument;
  const { doc, languages } = decorateForDocs(bundled);
  // A private folder per build, so a test build and `pnpm docs` never write the same files.
  const workDir = await mkdtemp(join(tmpdir(), "appflow-docs-"));
  try {
    return await render(bundled, doc, languages, workDir, outputFile);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function render(
  bundled: OpenApiDocument,
  doc: OpenApiDocument,
  languages: Array<{ lang: string; label: string }>,
  workDir: string,
  outputFile: string,
): Promise<BuildResult> {
  const decoratedFile = join(workDir, "openapi.docs.json");
  await writeFile(decoratedFile, `${JSON.stringify(doc, null, 2)}\n`);

  // `--openapi` replaces the config file's `openapi` options, so start from them.
  const configFile = join(packageDir, "redocly.yaml");
  const config = parseYaml(await readFile(configFile, "utf8")) as { openapi?: Record<string, unknown> };
  const optionsFile = join(workDir, "redoc-options.json");
  await writeFile(optionsFile, JSON.stringify({ ...config.openapi, codeSamples: { languages } }, null, 2));

  await run(
    process.execPath,
    [
      redoclyBin(),
      "build-docs",
      decoratedFile,
      "--inlineBundle",
      "--config",
      configFile,
      "--openapi",
      optionsFile,
      "--title",
      `${bundled.info.title} ${bundled.info.version} API reference`,
      "--output",
      outputFile,
    ],
    { cwd: packageDir, env: { ...process.env, REDOCLY_TELEMETRY: "off" }, maxBuffer: 16 * 1024 * 1024 },
  );

  const html = hashRoutedLinks(inlineRemoteImages(await readFile(outputFile, "utf8")));
  // Without --inlineBundle the page would load Redoc through <script>/<link> from a CDN.
  const remote = html.match(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?https?:[^>]*>/gi);
  if (remote) throw new Error(`The page loads remote resources: ${remote.join(" ")}`);
  await writeFile(outputFile, html);
  return { outputFile, bytes: (await stat(outputFile)).size };
}
