import { defineConfig } from "vitest/config";

// The suites Stryker runs (stryker.config.mjs): the fast ones, which need no server, so no global
// setup (vitest.config.ts's starts the mock) and no JUnit file. Left out: defects.test.ts,
// cli.test.ts and http.test.ts (against Prism: seconds to minutes on every mutant they cover),
// install.test.ts (packs and installs with npm), and generators.test.ts, which generates the
// bundled contract's ~1,400 mutations while vitest collects it: seconds on every mutant of
// mutations.ts, and 880 "static" mutants that each need a run of every test (hours).
// mutations.test.ts proves the generator on small schemas instead, checks.test.ts the checks on
// hand-built answers.
export default defineConfig({
  test: {
    include: ["test/conformance.test.ts", "test/report.test.ts", "test/settings.test.ts", "test/checks.test.ts", "test/mutations.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
