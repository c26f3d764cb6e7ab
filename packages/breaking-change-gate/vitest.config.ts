import { defineTestConfig } from "@appflow-contract/vitest-config";

// run.test.ts runs git, redocly and oasdiff several times per test: over 30 s on a fresh CI run
// that builds and tests every package at once.
export default defineTestConfig({ test: { testTimeout: 120_000 } });
