import { defineTestConfig } from "@appflow-contract/vitest-config";

// The suites Stryker runs (stryker.config.mjs): the fast ones. Left out: run.test.ts, whose every
// test builds a git work tree and runs redocly, oasdiff and the built CLIs (two minutes a run, so
// hours over the gate's mutants; what it proves end to end is unit-tested in the suites kept
// here), and workflows.test.ts and cache-inputs.test.ts, which check .github/ and turbo.json and
// import nothing from src/.
export default defineTestConfig({
  test: { exclude: ["**/node_modules/**", "test/run.test.ts", "test/workflows.test.ts", "test/cache-inputs.test.ts"] },
});
