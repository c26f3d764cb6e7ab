// Mutation testing of the checks: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/contract-tests mutation` (after `turbo run build`, which
// bundles the spec it reads). Writes reports/mutation/mutation.json, which
// scripts/mutation-report.mjs at the root turns into MUTATION.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  // The plugins are root devDependencies: named by where they resolve from here, since Stryker
  // looks for them next to its own (pnpm) install only.
  plugins: ["@stryker-mutator/vitest-runner", "@stryker-mutator/typescript-checker"].map((name) => import.meta.resolve(name)),
  testRunner: "vitest",
  // Each mutant runs the tests that covered it in the first run: no need for vitest to work out related files.
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  checkers: ["typescript"],
  // The sources alone (tsconfig.build.json): a mutant that type-checks there is one the package
  // could ship; checking the tests as well made the checker most of the run's time.
  tsconfigFile: "tsconfig.build.json",
  // The generator of invalid requests, the checks and the report. Left out: cli.ts and
  // reporter.ts (argv and vitest's reporter API, run as built by cli.test.ts), global-setup.ts
  // (starts the mock) and src/suites (the suite itself, which only a server can run).
  mutate: ["src/mutations.ts", "src/checks.ts", "src/report.ts"],
  // The machines have 2 cores, shared with the rest of the pipeline.
  concurrency: 1,
  // A mutant of module-level code (the pattern probes, a regular expression) is active only when
  // its module loads: each would need a run of every test with a fresh load, the most of a run's
  // time. Ignored unless some test also reaches it at run time, then those tests run it.
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 80, low: 80, break: null },
  // A later run tests again only the mutants whose code or tests changed (`--force` for all).
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
