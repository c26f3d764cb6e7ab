// The vitest configuration every package of this repo starts from (typed by index.d.ts; plain
// JavaScript so that vitest.config.ts files load it without a build).
import { defineConfig, mergeConfig } from "vitest/config";

export function defineTestConfig(overrides = {}) {
  const defaults = defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // Suites start real processes (Prism, redocly, git, Chromium); on a shared 2-core machine
      // running the whole pipeline at once, that takes longer than vitest's 5 s default.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      env: {
        // @aws-sdk/* warns on every run that Node 20 support ends; these machines run Node 20.
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
    },
  });
  return mergeConfig(defaults, overrides);
}
