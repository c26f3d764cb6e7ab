import { strykerConfig } from "../../stryker.base.mjs";

// Mutation testing of the client's hand-written sources: `pnpm mutation` at the root, or
// `pnpm --filter @appflow-contract/client mutation` (after `turbo run build`, which compiles the
// validators under src/generated/validators/). Writes reports/mutation/mutation.json, which
// scripts/mutation-report.mjs at the root turns into MUTATION.md.
export default strykerConfig({
  // Generated code (openapi-typescript's types, ajv's validators) is checked by the drift check.
  mutate: ["src/**/*.ts", "!src/generated/**"],
  goal: 85,
});
