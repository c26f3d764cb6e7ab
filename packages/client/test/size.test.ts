// Size budget of a browser app that calls updateFlow, measured on the built package by
// scripts/size.mjs (esbuild, minified, gzip -9).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { awsSdkConsumer } from "../scripts/size.mjs";

interface Chunk {
  chunk: string;
  minified: number;
  gzip: number;
  brotli: number;
}

it(`keeps the validators, openapi-fetch and the signer out of the main chunk, and the whole first call under a quarter of the AWS SDK's ${awsSdkConsumer.gzip.toLocaleString("en-US")} B gzip`, () => {
  const script = fileURLToPath(new URL("../scripts/size.mjs", import.meta.url));
  const chunks = JSON.parse(execFileSync(process.execPath, [script, "--json"], { encoding: "utf8" })) as Chunk[];
  const gzip = (name: string) => chunks.find((c) => c.chunk === name)?.gzip ?? Number.NaN;

  // Each kind counts the chunks its entry imports statically, so nothing loaded up front hides
  // in a lazy chunk; a chunk the validators share counts with the request validator.
  expect(chunks.map((c) => c.chunk).sort()).toEqual([
    "envelope violations",
    "main chunk",
    "raw (openapi-fetch)",
    "request validator",
    "response validator",
    "sigv4 entry",
  ]);
  // 4,575 B before the client took on Retry-After, time limits and middleware, and before raw
  // loaded openapi-fetch lazily: it must not grow past that.
  expect(gzip("main chunk")).toBeLessThan(4_575);
  expect(gzip("main chunk") + gzip("request validator")).toBeLessThan(awsSdkConsumer.gzip / 4);
});
