import { defineTestConfig } from "@appflow-contract/vitest-config";

// The suites Stryker runs (stryker.config.mjs). Stryker runs, for each mutant, only the tests
// that reached it in its first run, so a suite that starts Prism's engine (mock.test.ts,
// hostile.test.ts, idempotency.test.ts, aws-sdk.test.ts, request-examples.test.ts) costs seconds
// only on the mutants of the code it reaches: the hostile-input paths of server.ts (clientError,
// raw answers, bodies cut short), which no scripted engine reaches, and engine.ts itself. Left
// out: process.test.ts, which runs the built mock (dist/) in a child process, so no mutant of
// src/ reaches it.
export default defineTestConfig({
  test: {
    exclude: ["**/node_modules/**", "test/process.test.ts"],
  },
});
