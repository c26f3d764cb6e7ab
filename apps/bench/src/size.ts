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
const loadedOnFirstCall = /request-check\.js$/;

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
      // A chunk loads with every chunk that imports it statically: follow those imports from the
      // entry (up front) and from the lazily imported request validator (first call).
      const outputs = result.metafile.outputs;
      const closure = (path: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(path)) return seen;
        seen.add(path);
        for (const i of outputs[path]?.imports ?? []) if (i.kind === "import-statement") closure(i.path, seen);
        return seen;
      };
      const entryOf = (test: (entryPoint: string) => boolean) =>
        Object.keys(outputs).filter((path) => test(outputs[path]?.entryPoint ?? ""));
      const [entryChunk] = entryOf((e) => e.endsWith(`${slug}.js`));
      if (!entryChunk) throw new Error(`no entry chunk for ${name}`);
      const upFront = closure(entryChunk);
      const firstCallChunks = new Set(upFront);
      for (const lazy of entryOf((e) => loadedOnFirstCall.test(e))) closure(lazy, firstCallChunks);
      const sizeOf = (paths: Set<string>) =>
        result.outputFiles
          .filter((f) => [...paths].some((p) => f.path.endsWith(p)))
          .map((f) => measure(f.contents))
          .reduce(add, { minified: 0, gzip: 0, brotli: 0 });
      const initial = sizeOf(upFront);
      const firstCall = sizeOf(firstCallChunks);
      sizes.push({ name, initial, firstCall });
    }
    return sizes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
