// Shared by the tests only: the contract's own named examples, and a fetch stub that records
// what the client sends.
import { loadBundledSpec, requestExamples, resolveRef, toPointer } from "@appflow-contract/spec";
import { afterEach, beforeAll, beforeEach, expect, vi } from "vitest";
import { createUpdateFlowClient, type UpdateFlowClientOptions, type UpdateFlowRequest } from "../src/index.js";
import { loadRequestCheck } from "../src/validation.js";

const spec = loadBundledSpec();
const examples = requestExamples(spec);

/** The names the spec gives the request examples of `POST /update-flow`, in its order. */
export const exampleNames = Object.keys(examples);

/** A named request example of the spec, without its clientToken unless `keepToken`. */
export function exampleRequest(name = "onDemandSalesforceToS3", keepToken = false): UpdateFlowRequest {
  const example = examples[name];
  if (!example) throw new Error(`the spec has no request example named ${name}`);
  const { clientToken, ...rest } = structuredClone(example.value) as unknown as UpdateFlowRequest;
  return keepToken ? { ...rest, clientToken } : rest;
}

interface MediaType {
  examples?: Record<string, { value: unknown }>;
}

/** The spec's example `updated` of the 200 response: a success body. */
export const successBody = (() => {
  const at = `#${toPointer(["paths", "/update-flow", "post", "responses", 200])}`;
  const ok = resolveRef<{ content: Record<string, MediaType> }>(spec, { $ref: at });
  const example = resolveRef<{ value: unknown } | undefined>(spec, ok.content["application/json"]?.examples?.updated);
  if (!example) throw new Error("the spec's 200 response has no example named updated");
  return example.value;
})();

/** An error envelope as the server sends it. */
export const errorBody = (code: string, message = "It failed.") => ({ success: false, error: { code, message } });

/** A JSON response. */
export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** What the stub received on one attempt. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  /** Whether fetch was called with a URL and an init (the global fetch's way) rather than a Request. */
  plain: boolean;
}

/** What the stub answers an attempt with: a Response, an Error to throw, or a function of the request. */
export type Answer = Response | Error | ((request: Request) => Promise<Response>);

/**
 * A fetch that answers with `answers` in turn (the last one again once they run out) and records
 * every request it was given. It takes a Request, as a custom fetch is handed one, or a URL and an
 * init, as the global fetch is called (see `plain`); stub the global fetch with it for the latter.
 */
export function stubFetch(...answers: Answer[]) {
  const sent: SentRequest[] = [];
  const fetch = async (input: Request | string, init?: RequestInit): Promise<Response> => {
    const plain = !(input instanceof Request);
    const request = plain ? new Request(input, init) : input;
    sent.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text(), plain });
    const answer = answers[Math.min(sent.length, answers.length) - 1];
    if (answer === undefined) throw new Error("stubFetch was given no answers");
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer(request) : answer.clone();
  };
  return { fetch, sent };
}

/** The base URL of the clients over a stub fetch. */
export const stubBaseUrl = "https://appflow.test";

/** A client over `fetch` (a stub), with `options`. */
export function stubClient(fetch: UpdateFlowClientOptions["fetch"], options: Partial<UpdateFlowClientOptions> = {}) {
  return createUpdateFlowClient({ baseUrl: stubBaseUrl, fetch, ...options });
}

/** A server that never answers: the attempt ends only when its signal aborts. */
export const hang = (request: Request) =>
  new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));

/**
 * Fake timers for every test of the calling file (vitest's clock drives the client's setTimeout
 * and Date.now), from 2026-01-01T12:00Z, with `Math.random` at 0.5: a backoff of half its bound,
 * so that a test can tell it from a Retry-After.
 */
export function useFakeClock(): void {
  // The validator loads on the first call, by real I/O that fake timers do not drive: load it first.
  beforeAll(async () => {
    await loadRequestCheck();
  });
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1, 12, 0, 0) });
    vi.spyOn(Math, "random").mockReturnValue(0.5);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/**
 * Drives fake timers through a full-jitter backoff that doubles from 100 ms, with `Math.random`
 * at 0.5 (as {@link useFakeClock} sets it): the second attempt goes out at 0.5 * 100 ms and not a
 * millisecond sooner, the third 0.5 * 200 ms after it.
 */
export async function expectDoublingBackoff(stub: { sent: readonly unknown[] }): Promise<void> {
  await vi.advanceTimersByTimeAsync(49);
  expect(stub.sent).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1); // 0.5 * 100
  expect(stub.sent).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(99);
  expect(stub.sent).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1); // 0.5 * 200
  expect(stub.sent).toHaveLength(3);
}
