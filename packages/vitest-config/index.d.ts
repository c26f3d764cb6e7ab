import type { ViteUserConfig } from "vitest/config";

/**
 * The vitest configuration every package of this repo starts from: tests under `test/`, and
 * time limits for suites that start real processes (Prism, redocly, git, Chromium).
 *
 * @param overrides - merged over the defaults (arrays such as `include` are concatenated)
 * @example
 * ```ts
 * // vitest.config.ts
 * export default defineTestConfig({ test: { testTimeout: 90_000 } });
 * ```
 */
export declare function defineTestConfig(overrides?: ViteUserConfig): ViteUserConfig;
