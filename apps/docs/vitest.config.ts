import { defineTestConfig } from "@appflow-contract/vitest-config";

// Building the page and driving Chromium take a few seconds on a shared 2-core machine.
export default defineTestConfig({ test: { testTimeout: 90_000, hookTimeout: 90_000 } });
