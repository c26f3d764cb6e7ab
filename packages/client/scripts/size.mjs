// Measures what an app pays for calling updateFlow: bundles a one-call consumer of the built
// package (dist/) with esbuild for the browser, minified, with code splitting, and reports each
// chunk's size raw, gzip (level 9) and brotli (quality 11). `--json` prints the numbers only.
//   main chunk         the client, openapi-fetch, the contract facts and the app's call: loaded up front
//   request validator  loaded on the first call with pre-flight validation on (the default)
//   response validator loaded only with validateResponses: true
// Importing this module (as test/size.test.ts does) measures nothing; running it does.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * What the AWS SDK costs for the same job: a browser consumer of `@aws-sdk/client-appflow`
 * 3.1048 that sends one `UpdateFlowCommand`, bundled the same way (esbuild 0.28, minified,
 * gzip -9). Measured once, not here; source: ../../shared/notes/size-facts.md.
 */
export const awsSdkConsumer = { minified: 185_331, gzip: 62_110 };

const consumer = `
import { createUpdateFlowClient } from "@appflow-contract/client";
const client = createUpdateFlowClient({ baseUrl: "https://appflow.us-east-1.amazonaws.com" });
export const updateFlow = (request) => client.updateFlow(request);
`;

async function measure() {
  const result = await build({
    stdin: { contents: consumer, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: "consumer.js" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    minify: true,
    legalComments: "none",
    outdir: "size-out", // nothing is written: write is false
    write: false,
    metafile: true,
  });

  // A chunk that an entry imports statically loads with it: the main chunk's count as up front,
  // a validator's as part of that validator.
  const outputs = result.metafile.outputs;
  const withStaticImports = (path, seen = new Set()) => {
    if (seen.has(path)) return seen;
    seen.add(path);
    for (const i of outputs[path]?.imports ?? []) if (i.kind === "import-statement") withStaticImports(i.path, seen);
    return seen;
  };
  const owner = new Map();
  for (const [name, suffix] of [["main chunk", "consumer.js"], ["request validator", "request-check.js"], ["response validator", "response-check.js"]]) {
    const entry = Object.keys(outputs).find((path) => (outputs[path].entryPoint ?? "").endsWith(suffix));
    if (!entry) throw new Error(`no chunk for ${name}`);
    for (const path of withStaticImports(entry)) if (!owner.has(path)) owner.set(path, name);
  }
  const kind = (path) => owner.get(path) ?? "other chunk";

  // Chunks travel separately, so each kind's size is the sum of its chunks' compressed sizes.
  const totals = new Map();
  for (const file of result.outputFiles.filter((f) => f.path.endsWith(".js"))) {
    const chunk = kind(relative(process.cwd(), file.path));
    const t = totals.get(chunk) ?? { chunk, minified: 0, gzip: 0, brotli: 0 };
    t.minified += file.contents.length;
    t.gzip += gzipSync(file.contents, { level: 9 }).length;
    t.brotli += brotliCompressSync(file.contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    totals.set(chunk, t);
  }
  return [...totals.values()].sort((a, b) => a.chunk.localeCompare(b.chunk));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const chunks = await measure();
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(chunks));
  } else {
    const bytes = (n) => n.toLocaleString("en-US");
    console.log("chunk               minified      gzip    brotli  (bytes)");
    for (const c of chunks) {
      console.log(`${c.chunk.padEnd(18)} ${String(c.minified).padStart(9)} ${String(c.gzip).padStart(9)} ${String(c.brotli).padStart(9)}`);
    }
    const firstCall = chunks.filter((c) => c.chunk === "main chunk" || c.chunk === "request validator");
    const sum = (key) => String(firstCall.reduce((total, c) => total + c[key], 0)).padStart(9);
    console.log(`${"first call".padEnd(18)} ${sum("minified")} ${sum("gzip")} ${sum("brotli")}`);
    console.log(
      `AWS SDK v3 (@aws-sdk/client-appflow) browser consumer of UpdateFlowCommand: ${bytes(awsSdkConsumer.minified)} minified, ${bytes(awsSdkConsumer.gzip)} gzip`,
    );
  }
}
