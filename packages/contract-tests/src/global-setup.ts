import { startMock } from "@appflow-contract/mock";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { trimBaseUrl } from "./http.js";

// The values the suites and the self-tests `inject()`. The type-only import above brings vitest's
// own declarations into a build that has no test file, so that this augments them.
declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the server under test. */
    baseUrl: string;
    /** True when the suite started the mock itself (CONTRACT_BASE_URL unset). */
    usingMock: boolean;
  }
}

/** Points the suites at CONTRACT_BASE_URL, or at a mock started here and stopped afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.CONTRACT_BASE_URL;
  if (external) {
    project.provide("baseUrl", trimBaseUrl(external));
    project.provide("usingMock", false);
    return async () => {};
  }
  // Quiet: the suite reports what matters; a log line per request would bury it.
  const mock = await startMock({ quiet: true });
  project.provide("baseUrl", mock.baseUrl);
  project.provide("usingMock", true);
  return () => mock.stop();
}
