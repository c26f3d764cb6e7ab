import { strykerConfig } from "../../stryker.base.mjs";

// Mutation testing of the checks: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/contract-tests mutation` (after `turbo run build`, which
// bundles the spec it reads). Writes reports/mutation/mutation.json, which
// scripts/mutation-report.mjs at the root turns into MUTATION.md.
export default strykerConfig({
  // The generator of invalid requests, the checks and the report. Left out: cli.ts and
  // reporter.ts (argv and vitest's reporter API, run as built by cli.test.ts), global-setup.ts
  // (starts the mock) and src/suites (the suite itself, which only a server can run).
  mutate: ["src/mutations.ts", "src/checks.ts", "src/report.ts"],
  goal: 80,
});
