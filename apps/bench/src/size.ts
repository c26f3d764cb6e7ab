import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Minified, gzip -9 and brotli-11 sizes in bytes. */
export interface Sizes {
  minified: number;
  gzip: number;
  brotli: number;
}

/** What a browser app pays for calling `updateFlow` with one client. */
export interface BundleSize {
  name: string;
  /** The chunk the app loads up front. */
  initial: Sizes;
  /** Everything loaded by the first call with default options (initial + lazy chunks it imports). */
  firstCall: Sizes;
}

const consumers: Record<string, string> = {
  "@appflow-contract/client": `
    import { createUpdateFlowClient } from "@appflow-contract/client";
    const client = createUpdateFlowClient({ baseUrl: "https://appflow.us-east-1.amazonaws.com" });
    export const update = (request) => client.updateFlow(request);
  `,
  "@aws-sdk/client-appflow": `
    import { AppflowClient, UpdateFlowCommand } from "@aws-sdk/client-appflow";
    const client = new AppflowClient({ region: "us-east-1" });
    export const update = (request) => client.send(new UpdateFlowCommand(request));
  `,
};

// Lazy chunks a first call loads with default options: the client's request validator (the
// response validator is opt-in, so it is left out).
const loadedOnFirstCall = /validators\/request\.js$/;

function measure(bytes: Uint8Array): Sizes {
  return {
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).byteLength,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  minified: a.minified + b.minified,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/**
 * Bundles the same one-call browser consumer with each client (esbuild, minified, ESM, code
 * splitting so lazily imported chunks stay separate, as an app's bundler would) and measures
 * each chunk. Entries live in a temporary folder inside this package so its node_modules resolve.
 */
export async function benchBundleSize(packageDir: string): Promise<BundleSize[]> {
  const dir = mkdtempSync(join(packageDir, ".size-"));
  try {
    const sizes: BundleSize[] = [];
    for (const [name, source] of Object.entries(consumers)) {
      const slug = name.replace(/\W+/g, "_");
      const entry = join(dir, `${slug}.js`);
      writeFileSync(entry, source);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        splitting: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        legalComments: "none",
        outdir: join(dir, "out", slug),
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      let initial: Sizes | undefined;
      let lazy: Sizes = { minified: 0, gzip: 0, brotli: 0 };
      for (const file of result.outputFiles) {
        if (!file.path.endsWith(".js")) continue;
        const output = Object.entries(result.metafile.outputs).find(([path]) => file.path.endsWith(path));
        const entryPoint = output?.[1].entryPoint ?? "";
        if (entryPoint.endsWith(`${slug}.js`)) initial = measure(file.contents);
        else if (loadedOnFirstCall.test(entryPoint)) lazy = add(lazy, measure(file.contents));
      }
      if (!initial) throw new Error(`no entry chunk for ${name}`);
      sizes.push({ name, initial, firstCall: add(initial, lazy) });
    }
    return sizes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
