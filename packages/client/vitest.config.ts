import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // These tests start real processes (Prism, redocly, git, Chromium); on a shared 2-core
    // machine running the whole pipeline at once, that can take longer than vitest's 5 s default.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
