import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Starts the mock unless CONTRACT_BASE_URL names the server under test.
    globalSetup: ["src/global-setup.ts"],
    testTimeout: 120_000,
    // One test per request; a few in flight at once is quick and gentle on shared cores.
    maxConcurrency: 4,
    hookTimeout: 60_000,
    reporters: ["default", ["junit", { outputFile: process.env.CONTRACT_JUNIT_FILE ?? "test-results/junit.xml", suiteName: "UpdateFlow contract" }]],
  },
});
