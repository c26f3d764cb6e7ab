// The waits and time limits to the millisecond, on fake timers (vitest's clock drives the
// client's setTimeout and Date.now): a stub fetch, since the point is the client's clock, not a
// socket. test/transport.test.ts has the same rows against a real local server.
import { describe, expect, it, vi } from "vitest";
import { defaultAttemptTimeoutMs } from "../src/client.js";
import { createUpdateFlowClient, } from "../src/index.js";
import { errorBody, exampleRequest, hang, json, stubBaseUrl, stubClient, stubFetch, successBody, useFakeClock } from "./test-fixtures.js";

const baseUrl = stubBaseUrl;
const client = stubClient;

/** An error answer with headers of its own, e.g. `Retry-After`. */
function answer(status: number, code: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(errorBody(code)), { status, headers: { "Content-Type": "application/json", ...headers } });
}


/** Whether a promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

useFakeClock();

describe("Retry-After", () => {
  it.each([
    [429, "THROTTLING"],
    [503, "SERVICE_UNAVAILABLE"],
  ])("in seconds on a %i is waited exactly, instead of the backoff", async (status, code) => {
    const stub = stubFetch(answer(status, code, { "Retry-After": "2" }), json(200, successBody));
    const call = client(stub.fetch).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(1_999);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });

  it("as an HTTP-date is waited until that time", async () => {
    const at = new Date(Date.now() + 3_000).toUTCString(); // Thu, 01 Jan 2026 12:00:03 GMT
    const stub = stubFetch(answer(503, "SERVICE_UNAVAILABLE", { "Retry-After": at }), json(200, successBody));
    const call = client(stub.fetch).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(2_999);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });

  it("is bounded by maxDelayMs", async () => {
    const stub = stubFetch(answer(429, "THROTTLING", { "Retry-After": "3600" }), json(200, successBody));
    const call = client(stub.fetch, { retry: { maxDelayMs: 5_000 } }).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });

  it("that would pass the call's time limit is not waited: the call resolves as the last attempt did, at once", async () => {
    const stub = stubFetch(answer(429, "THROTTLING", { "Retry-After": "10" }), json(200, successBody));
    const call = client(stub.fetch, { timeoutMs: 5_000 }).updateFlow(exampleRequest());
    expect(await settled(call)).toBe(true);
    await expect(call).resolves.toEqual(errorBody("THROTTLING"));
    expect(stub.sent).toHaveLength(1);
  });

  it("nor is a backoff that would pass the call's time limit: a network failure rejects at once", async () => {
    const stub = stubFetch(new TypeError("fetch failed"), json(200, successBody));
    const call = client(stub.fetch, { timeoutMs: 40, retry: { baseDelayMs: 100 } }).updateFlow(exampleRequest()); // backoff 50 ms
    const outcome = expect(call).rejects.toThrow("fetch failed");
    expect(await settled(call)).toBe(true);
    await outcome;
    expect(stub.sent).toHaveLength(1);
  });

  it("that cannot be read (a fraction) leaves the backoff in charge", async () => {
    const stub = stubFetch(answer(429, "THROTTLING", { "Retry-After": "1.5" }), json(200, successBody));
    const call = client(stub.fetch, { retry: { baseDelayMs: 100 } }).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(49);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 0.5 * 100
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });

  it.each([
    [429, "THROTTLING"],
    [503, "SERVICE_UNAVAILABLE"],
  ])("after the last attempt, a %i resolves to its documented envelope", async (status, code) => {
    const stub = stubFetch(answer(status, code, { "Retry-After": "1" }));
    const call = client(stub.fetch).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(call).resolves.toEqual(errorBody(code));
    expect(stub.sent).toHaveLength(3);
  });
});

describe("the attempt time limit", () => {
  it(`is ${defaultAttemptTimeoutMs.toLocaleString("en-US")} ms by default`, () => {
    expect(defaultAttemptTimeoutMs).toBe(30_000);
  });

  it("ends a silent attempt after 30 s by default and retries it; after the last, the call rejects with a TimeoutError", async () => {
    const stub = stubFetch(hang);
    const call = client(stub.fetch, { retry: { baseDelayMs: 0 } }).updateFlow(exampleRequest());
    const outcome = expect(call).rejects.toSatisfy((e: unknown) => e instanceof DOMException && e.name === "TimeoutError");
    await vi.advanceTimersByTimeAsync(29_999);
    expect(stub.sent).toHaveLength(1);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(60_000);
    await outcome;
    expect(stub.sent).toHaveLength(3);
  });

  it("covers a middleware and a custom fetch that never settle, and a body that never ends, though they ignore the signal", async () => {
    const never = () => new Promise<never>(() => {});
    const stuck = { onRequest: vi.fn(never) };
    const a = client(stubFetch(json(200, successBody)).fetch, { middleware: [stuck], attemptTimeoutMs: 1_000, retry: { baseDelayMs: 0 } });
    const b = client(vi.fn(never), { attemptTimeoutMs: 1_000, retry: { baseDelayMs: 0 } });
    const endless = new Response(new ReadableStream({ pull: never }), { status: 200 });
    const c = client(async () => endless, { attemptTimeoutMs: 1_000, retry: { maxAttempts: 1 } });
    const calls = [a, b, c].map((x) => x.updateFlow(exampleRequest()));
    const outcomes = calls.map((call) => expect(call).rejects.toMatchObject({ name: "TimeoutError" }));
    await vi.advanceTimersByTimeAsync(999);
    expect(stuck.onRequest).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(stuck.onRequest).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await Promise.all(outcomes);
    expect(stuck.onRequest).toHaveBeenCalledTimes(3);
  });

  it("can be changed per client and per call", async () => {
    const stub = stubFetch(hang, json(200, successBody));
    const c = client(stub.fetch, { attemptTimeoutMs: 5_000, retry: { baseDelayMs: 0 } });
    const call = c.updateFlow(exampleRequest(), { attemptTimeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(successBody);
    expect(stub.sent).toHaveLength(2);
  });

  it.each([Infinity, 0])("is off with %s: a silent attempt waits for the caller's signal", async (attemptTimeoutMs) => {
    const stub = stubFetch(hang);
    const controller = new AbortController();
    const call = client(stub.fetch, { attemptTimeoutMs }).updateFlow(exampleRequest(), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(await settled(call)).toBe(false);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(stub.sent).toHaveLength(1);
  });

  it("refuses a negative or NaN limit", () => {
    expect(() => createUpdateFlowClient({ baseUrl, attemptTimeoutMs: -1 })).toThrow(RangeError);
    expect(() => createUpdateFlowClient({ baseUrl, timeoutMs: Number.NaN })).toThrow(RangeError);
  });
});

describe("the call's time limit", () => {
  it("ends an attempt it outlasts with a TimeoutError, never retried", async () => {
    const stub = stubFetch(hang, json(200, successBody));
    const call = client(stub.fetch, { timeoutMs: 2_000 }).updateFlow(exampleRequest());
    const outcome = expect(call).rejects.toMatchObject({ name: "TimeoutError" });
    await vi.advanceTimersByTimeAsync(2_000);
    await outcome;
    expect(stub.sent).toHaveLength(1);
  });

  it("counts the waits: the retry after a 1.5 s backoff gets what is left of 2 s", async () => {
    const stub = stubFetch(answer(500, "INTERNAL_SERVER_ERROR"), hang);
    const call = client(stub.fetch, { timeoutMs: 2_000, retry: { baseDelayMs: 3_000 } }).updateFlow(exampleRequest()); // backoff 1.5 s
    const outcome = expect(call).rejects.toMatchObject({ name: "TimeoutError" });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });
});
