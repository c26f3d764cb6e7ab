import { strykerConfig } from "../../stryker.base.mjs";

// Mutation testing of the mock's hand-written sources: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/mock mutation` (after `turbo run build`, which bundles the
// spec it serves). Writes reports/mutation/mutation.json, which scripts/mutation-report.mjs at
// the root turns into MUTATION.md.
export default strykerConfig({
  // bare.ts is not the mock: it spawns bare `prism mock` for `errorEnvelopes: false`, the
  // bench's baseline, and its tests (bare.test.ts) start Prism as a process for each mutant,
  // seconds apiece, twenty minutes and more over its mutants. Left out of the run and its score.
  mutate: ["src/**/*.ts", "!src/bare.ts"],
  goal: 80,
});
