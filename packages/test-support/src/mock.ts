import { type MockOptions, type RunningMock, startMock } from "@appflow-contract/mock";
import { afterAll, beforeAll } from "vitest";

/**
 * Starts a mock (on a free port) before the tests of the calling file or `describe` block and
 * stops it after them.
 *
 * @param options - passed to `startMock()`; `quiet` is true unless set
 * @returns a getter for the running mock, valid inside tests and in later `beforeAll` hooks
 */
export function useMock(options: MockOptions = {}): () => RunningMock {
  let mock: RunningMock | undefined;
  beforeAll(async () => {
    // Quiet unless asked: a log line per request would bury the test output.
    mock = await startMock({ quiet: true, ...options });
  });
  afterAll(async () => {
    await mock?.stop();
  });
  return () => {
    if (!mock) throw new Error("the mock is not started yet: call the getter inside a test or a later hook");
    return mock;
  };
}
