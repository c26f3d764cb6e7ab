// Where the bundled contract lives: the spec package's `./openapi.json` export
// (spec/dist/openapi.json, written by `pnpm --filter @appflow-contract/spec bundle`).
import { createRequire } from "node:module";

export const specPath = createRequire(import.meta.url).resolve("@appflow-contract/spec/openapi.json");
