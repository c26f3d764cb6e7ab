import { defineTestConfig } from "@appflow-contract/vitest-config";

// The suites Stryker runs (stryker.config.mjs): the fast ones, on stubs and fake timers. Left out:
// browser.test.ts (bundles dist/ for Chromium), scripts.test.ts (runs the build scripts) and
// size.test.ts (measures dist/), which no mutant of src/ reaches; and client.integration.test.ts
// (against the Prism mock) and transport.test.ts (against a local HTTP server, waiting out real
// seconds), whose rows client.test.ts and timing.test.ts repeat on stubs: they cost seconds on
// each of the client's ~600 mutants, most of which they cover.
export default defineTestConfig({
  test: {
    exclude: [
      "**/node_modules/**",
      "test/browser.test.ts",
      "test/scripts.test.ts",
      "test/size.test.ts",
      "test/client.integration.test.ts",
      "test/transport.test.ts",
    ],
  },
});
