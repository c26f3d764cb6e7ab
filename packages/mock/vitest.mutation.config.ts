import { defineTestConfig } from "@appflow-contract/vitest-config";

// The suites Stryker runs (stryker.config.mjs): the fast ones, which start no Prism. The suites
// left out start Prism's engine once per file (mock.test.ts, hostile.test.ts, idempotency.test.ts,
// aws-sdk.test.ts, request-examples.test.ts), bare Prism as a process (bare.test.ts) or the built
// mock in a child process (process.test.ts): rerun for each of the mock's ~1,000 mutants they made
// one run take well over an hour on a 2-core machine. The score is therefore what the fast suites
// kill, a lower bound for the whole suite; server.test.ts puts the server's own decisions in
// front of a scripted engine so that they count.
export default defineTestConfig({
  test: {
    exclude: [
      "**/node_modules/**",
      "test/aws-sdk.test.ts",
      "test/bare.test.ts",
      "test/hostile.test.ts",
      "test/idempotency.test.ts",
      "test/mock.test.ts",
      "test/process.test.ts",
      "test/request-examples.test.ts",
    ],
  },
});
