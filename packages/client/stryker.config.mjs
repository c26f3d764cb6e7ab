// Mutation testing of the client's hand-written sources: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/client mutation` (after `turbo run build`, which compiles the
// validators under src/generated/validators/). Writes reports/mutation/mutation.json, which
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
  // Generated code (openapi-typescript's types, ajv's validators) is checked by the drift check.
  mutate: ["src/**/*.ts", "!src/generated/**"],
  // The machines have 2 cores, shared with the rest of the pipeline.
  concurrency: 1,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false },
  thresholds: { high: 85, low: 85, break: null },
  // A later run tests again only the mutants whose code or tests changed (`--force` for all).
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
