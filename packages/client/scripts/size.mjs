// Measures what an app pays for calling updateFlow: bundles a one-call consumer of the built
// package (dist/) with esbuild for the browser, minified, with code splitting, and reports each
// chunk's size raw, gzip (level 9) and brotli (quality 11). `--json` prints the numbers only.
//   main chunk          the client, the contract facts and the app's call: loaded up front
//   request validator   loaded on the first call with pre-flight validation on (the default)
//   response validator  loaded only with validateResponses: true
//   envelope violations loaded only to word a ContractViolationError for a body of the wrong shape
//   raw (openapi-fetch) loaded on the first request made with client.raw
//   sigv4 entry         what `import { sigv4 } from "@appflow-contract/client/sigv4"` adds, up
//                       front, when an app signs with it (measured with a consumer of its own)
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

// The signer on its own: the main chunk above is what an app pays without it.
const signingConsumer = `
import { sigv4 } from "@appflow-contract/client/sigv4";
export const signer = sigv4({ region: "us-east-1", credentials: async () => ({ accessKeyId: "", secretAccessKey: "" }) });
`;

/** Each kind of chunk, by the entry (a module imported with import()) it is loaded with. */
const kinds = [
  ["main chunk", (entry) => entry.endsWith("consumer.js")],
  ["request validator", (entry) => entry.endsWith("request-check.js")],
  ["response validator", (entry) => entry.endsWith("response-check.js")],
  ["envelope violations", (entry) => entry.endsWith("envelope-violations.js")],
  ["raw (openapi-fetch)", (entry) => entry.includes("openapi-fetch")],
];

/** Every kind of chunk of the consumer, and the signer's entry. */
async function measure() {
  const chunks = await measureConsumer(consumer, kinds);
  // (@smithy/core's event-stream code, which it imports lazily, never loads to sign a request.)
  const signer = (await measureConsumer(signingConsumer, [["sigv4 entry", (entry) => entry.endsWith("consumer.js")]])).find(
    (c) => c.chunk === "sigv4 entry",
  );
  return [...chunks, signer];
}

/** Bundles `contents` as an app would and sums each kind's chunks (minified, gzip, brotli). */
async function measureConsumer(contents, kindsOfChunks) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), sourcefile: "consumer.js" },
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
  for (const [name, isEntry] of kindsOfChunks) {
    const entry = Object.keys(outputs).find((path) => isEntry(outputs[path].entryPoint ?? ""));
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
    console.log("chunk                minified      gzip    brotli  (bytes)");
    for (const c of chunks) {
      console.log(`${c.chunk.padEnd(19)} ${String(c.minified).padStart(9)} ${String(c.gzip).padStart(9)} ${String(c.brotli).padStart(9)}`);
    }
    const firstCall = chunks.filter((c) => c.chunk === "main chunk" || c.chunk === "request validator");
    const sum = (key) => String(firstCall.reduce((total, c) => total + c[key], 0)).padStart(9);
    console.log(`${"first call".padEnd(19)} ${sum("minified")} ${sum("gzip")} ${sum("brotli")}`);
    console.log(
      `AWS SDK v3 (@aws-sdk/client-appflow) browser consumer of UpdateFlowCommand: ${bytes(awsSdkConsumer.minified)} minified, ${bytes(awsSdkConsumer.gzip)} gzip`,
    );
  }
}
