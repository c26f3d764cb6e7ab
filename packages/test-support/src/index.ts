/**
 * What this repo's test suites share (the vitest configuration is @appflow-contract/vitest-config).
 *
 * @packageDocumentation
 */
export { chromiumPath, launchChromium } from "./chromium.js";
export { useMock } from "./mock.js";
