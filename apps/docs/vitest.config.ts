import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Building the page and driving Chromium take a few seconds on a shared 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
