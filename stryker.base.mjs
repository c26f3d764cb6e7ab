// The StrykerJS settings every package shares (`pnpm mutation`); each package's
// stryker.config.mjs names what it mutates and its goal. Run from the package's folder, so the
// paths below are the package's own.

/**
 * A package's Stryker configuration.
 * @param {{ mutate: string[], goal: number } & import("@stryker-mutator/api/core").PartialStrykerOptions} options
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export function strykerConfig({ mutate, goal, ...rest }) {
  return {
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
    mutate,
    // The machines have 2 cores, shared with the rest of the pipeline.
    concurrency: 1,
    reporters: ["clear-text", "progress", "json"],
    jsonReporter: { fileName: "reports/mutation/mutation.json" },
    clearTextReporter: { allowColor: false, logTests: false },
    thresholds: { high: goal, low: goal, break: null },
    // A static mutant (module-level code: a constant, a regular expression) takes effect only
    // when its module loads, and the vitest runner of Stryker 9.6.1 activates it after the load
    // (stryker-js#6144, #6209): measured in the mock, such mutants "survived" that every test of
    // their constant would kill (a negated header-name class, refusing every name the tests
    // assert), and others timed out running the whole suite. Their outcome means nothing either
    // way, so they are left out of the score (Ignored); the behaviour such code sets is still
    // asserted by the tests, only not counted here. They were also the slowest: each ran every test.
    ignoreStatic: true,
    // A later run tests again only the mutants whose code or tests changed (`--force` for all).
    incremental: true,
    incrementalFile: "reports/mutation/stryker-incremental.json",
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
    ...rest,
  };
}
