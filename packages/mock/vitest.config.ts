import { defineTestConfig } from "@appflow-contract/vitest-config";

// Some suites start bare Prism as a process (bare.test.ts) or the built mock in a child process
// (process.test.ts): on a loaded 2-core machine running the whole pipeline that can take a minute.
export default defineTestConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
