import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Sizes in bytes of one bundle's output. */
export interface BundleSize {
  name: string;
  /** The chunk a page loads up front. */
  initial: { minified: number; gzip: number; brotli: number };
  /** Every chunk, including the ones loaded lazily on first use. */
  total: { minified: number; gzip: number; brotli: number };
}

const consumers: Record<string, string> = {
  "@appflow-contract/client": `
    import { createUpdateFlowClient } from "@appflow-contract/client";
    const client = createUpdateFlowClient({ baseUrl: "https://appflow.us-east-1.amazonaws.com" });
    export async function update(request) { return client.updateFlow(request); }
  `,
  "@aws-sdk/client-appflow": `
    import { AppflowClient, UpdateFlowCommand } from "@aws-sdk/client-appflow";
    const client = new AppflowClient({ region: "us-east-1" });
    export async function update(request) { return client.send(new UpdateFlowCommand(request)); }
  `,
};

function measure(bytes: Uint8Array) {
  return {
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).byteLength,
  };
}

/**
 * Bundles a browser consumer that calls `updateFlow` with each client (esbuild, minified, ESM,
 * code splitting so lazily imported chunks stay separate) and measures minified, gzip -9 and
 * brotli sizes. Entries live in a temporary folder inside this package so that its
 * node_modules resolve them.
 */
export async function benchBundleSize(packageDir: string): Promise<BundleSize[]> {
  const dir = mkdtempSync(join(packageDir, ".size-"));
  try {
    const sizes: BundleSize[] = [];
    for (const [name, source] of Object.entries(consumers)) {
      const entry = join(dir, `${name.replace(/\W+/g, "_")}.js`);
      writeFileSync(entry, source);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        splitting: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        outdir: join(dir, "out", name.replace(/\W+/g, "_")),
        write: false,
        logLevel: "silent",
      });
      const js = result.outputFiles.filter((f) => f.path.endsWith(".js"));
      const initial = js.find((f) => f.path.endsWith(entry.split("/").pop()!));
      if (!initial) throw new Error(`no entry chunk for ${name}`);
      // Chunks travel separately, so the total is the sum of each chunk's compressed size.
      const total = { minified: 0, gzip: 0, brotli: 0 };
      for (const f of js) {
        const m = measure(f.contents);
        total.minified += m.minified;
        total.gzip += m.gzip;
        total.brotli += m.brotli;
      }
      sizes.push({ name, initial: measure(initial.contents), total });
    }
    return sizes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
