import { startMock } from "@appflow-contract/mock";
import type { TestProject } from "vitest/node";
import { trimBaseUrl } from "./http.js";

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
  const mock = await startMock();
  project.provide("baseUrl", mock.baseUrl);
  project.provide("usingMock", true);
  return () => mock.stop();
}
