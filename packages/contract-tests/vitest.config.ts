import { defineConfig } from "vitest/config";

// The suite's own configuration: the CLI runs src/suites with it in a provider's CI, so it
// stands alone (no workspace-only packages). `pnpm test` here also runs the self-tests in test/.
export default defineConfig({
  test: {
    include: ["src/suites/**/*.test.ts", "test/**/*.test.ts"],
    // Starts the mock unless CONTRACT_BASE_URL names the server under test.
    globalSetup: ["src/global-setup.ts"],
    testTimeout: 120_000,
    // One test per request; a few in flight at once is quick and gentle on shared cores.
    maxConcurrency: 4,
    hookTimeout: 60_000,
    reporters: ["default", ["junit", { outputFile: process.env.CONTRACT_JUNIT_FILE ?? "test-results/junit.xml", suiteName: "UpdateFlow contract" }]],
  },
});
