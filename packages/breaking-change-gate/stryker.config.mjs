import { strykerConfig } from "../../stryker.base.mjs";

// Mutation testing of the gate's hand-written sources: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/breaking-change-gate mutation`. Writes
// reports/mutation/mutation.json, which scripts/mutation-report.mjs at the root turns into
// MUTATION.md.
export default strykerConfig({
  // cli.ts and sync-cli.ts are the two bins: argv in, runGate()/syncInfoVersion() called, an exit
  // code out. run.test.ts runs them as built (dist/), where no mutant of src/ reaches.
  mutate: ["src/**/*.ts", "!src/cli.ts", "!src/sync-cli.ts"],
  goal: 80,
});
