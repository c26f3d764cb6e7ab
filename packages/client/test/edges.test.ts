// Edges that mutation testing found untried (MUTATION.md at the root): envelopes that are almost
// the contract's, retries turned off, settings that cannot work, the backoff after a 500 to the
// millisecond, a call with both a signal and a time limit, and the pre-flight message for a
// nested member. Fake timers drive the clock, as in timing.test.ts.
import { getEventListeners } from "node:events";
import { errorCodes } from "@appflow-contract/spec/contract";
import { describe, expect, it, vi } from "vitest";
import { ContractViolationError, createUpdateFlowClient, } from "../src/index.js";
import { resolveRetryOptions, retryAfterDelay, sleep } from "../src/retry.js";
import { ajvMessage } from "../src/violations.js";
import { errorBody, exampleRequest, expectDoublingBackoff, hang, json, stubBaseUrl, stubClient, stubFetch, successBody, useFakeClock } from "./test-fixtures.js";

const baseUrl = stubBaseUrl;
const client = stubClient;


/** What updateFlow rejected with, or undefined when it resolved. */
const rejection = (call: Promise<unknown>) => call.then(() => undefined, (e: unknown) => e);

useFakeClock();

describe("an envelope that is almost the contract's", () => {
  async function violation(status: number, body: unknown) {
    const error = await rejection(client(stubFetch(json(status, body)).fetch).updateFlow(exampleRequest()));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect(error).toMatchObject({ reason: "unexpected-shape", status, body: JSON.stringify(body) });
    return (error as ContractViolationError).violations;
  }

  it("a 200 that says success: false is no success", async () => {
    const { data } = successBody as { data: unknown };
    expect(await violation(200, { success: false, data })).toEqual([{ path: "/success", rule: "const", message: "must be true" }]);
  });

  it("a 200 whose data has an id but no created_at, or a created_at but no id", async () => {
    expect(await violation(200, { success: true, data: { id: "flow-1" } })).toEqual([
      { path: "/data/created_at", rule: "type", message: "must be a string" },
    ]);
    expect(await violation(200, { success: true, data: { created_at: "2026-01-01T12:00:00Z" } })).toEqual([
      { path: "/data/id", rule: "type", message: "must be a string" },
    ]);
  });

  it("an error envelope without a message, or with success: true", async () => {
    expect(await violation(409, { success: false, error: { code: "CONFLICT" } })).toEqual([
      { path: "/error/message", rule: "type", message: "must be a string" },
    ]);
    expect(await violation(409, { success: true, error: { code: "CONFLICT", message: "Conflict." } })).toEqual([
      { path: "/success", rule: "const", message: "must be false" },
    ]);
  });

  it("an error whose error member is an array", async () => {
    expect(await violation(400, { success: false, error: [] })).toEqual([
      { path: "/error", rule: "type", message: "must be an object" },
      { path: "/error/code", rule: "enum", message: `must be one of ${errorCodes.join(", ")}` },
      { path: "/error/message", rule: "type", message: "must be a string" },
    ]);
  });

  it.each([
    ["null", null],
    ["an array", [successBody]],
  ])("a body that is %s: a ContractViolationError, not a TypeError", async (_what, body) => {
    expect(await violation(200, body)).toEqual([{ path: "", rule: "type", message: "must be an object" }]);
  });

  it("names each violation in the error's message, with (body) for the body itself", async () => {
    const error = (await rejection(client(stubFetch(json(200, null)).fetch).updateFlow(exampleRequest()))) as ContractViolationError;
    expect(error.message).toBe("UpdateFlow answered 200 outside the contract (unexpected-shape): (body) must be an object (type)");
    expect(error.name).toBe("ContractViolationError");
    const bare = (await rejection(client(stubFetch(new Response("<h1>Bad gateway</h1>", { status: 502 })).fetch).updateFlow(exampleRequest()))) as ContractViolationError;
    expect(bare.message).toBe("UpdateFlow answered 502 outside the contract (undocumented-status)");
    expect(bare.violations).toEqual([]);
  });
});

describe("headers and time limits", () => {
  it("sends no header for a name whose value is undefined (an optional setting spread in)", async () => {
    const stub = stubFetch(json(200, successBody));
    const headers = { "X-Trace": "t", "X-Optional": undefined } as unknown as HeadersInit;
    await client(stub.fetch, { headers }).updateFlow(exampleRequest());
    expect(stub.sent[0]?.headers.has("x-optional")).toBe(false);
    expect(stub.sent[0]?.headers.get("x-trace")).toBe("t");
  });

  it("refuses a negative time limit, naming it; a time-out rejects with the words AbortSignal.timeout() uses", async () => {
    expect(() => createUpdateFlowClient({ baseUrl, timeoutMs: -5 })).toThrow(new RangeError("a time limit must be >= 0 ms, got -5"));
    const call = client(stubFetch(hang).fetch, { timeoutMs: 10 }).updateFlow(exampleRequest());
    const outcome = rejection(call);
    await vi.advanceTimersByTimeAsync(10);
    expect(await outcome).toEqual(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
  });

  it("leaves no timer and no listener on the caller's signal behind once a call is over", async () => {
    const controller = new AbortController();
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const call = client(stub.fetch, { timeoutMs: 60_000 }).updateFlow(exampleRequest(), { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(100);
    await expect(call).resolves.toEqual(successBody);
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toEqual([]);
  });

  it("takes a limit of 2^31 ms or more as none, rather than one setTimeout would cut to 1 ms", async () => {
    vi.useRealTimers();
    const late = async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return json(200, successBody);
    };
    await expect(client(late, { attemptTimeoutMs: 2 ** 31 }).updateFlow(exampleRequest())).resolves.toEqual(successBody);
  });
});

describe("a middleware that throws a TypeError", () => {
  it("fails the call at once: only fetch's TypeErrors are network failures", async () => {
    const broken = { onRequest: vi.fn(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'sessionToken')");
    }) };
    const stub = stubFetch(json(200, successBody));
    await expect(client(stub.fetch, { middleware: [broken], retry: { baseDelayMs: 0 } }).updateFlow(exampleRequest())).rejects.toThrow(TypeError);
    expect(broken.onRequest).toHaveBeenCalledTimes(1);
    expect(stub.sent).toHaveLength(0);
  });
});

describe("raw's middleware before its first request", () => {
  it("eject() takes out what use() put in, and nothing that was never in", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch);
    const mark = (name: string) => ({ onRequest: ({ request }: { request: Request }) => void request.headers.append("X-Ran", name) });
    const [a, b, never] = [mark("a"), mark("b"), mark("never")];
    c.raw.use(a, b);
    c.raw.eject(never);
    c.raw.eject(a);
    await c.raw.POST("/update-flow", { body: exampleRequest() });
    expect(stub.sent[0]?.headers.get("x-ran")).toBe("b");
  });
});

describe("retry settings", () => {
  it("maxAttempts: 1 turns retries off: a 500 resolves to its envelope and a network failure rejects, after one attempt each", async () => {
    const five = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    await expect(client(five.fetch, { retry: { maxAttempts: 1 } }).updateFlow(exampleRequest())).resolves.toEqual(errorBody("INTERNAL_SERVER_ERROR"));
    expect(five.sent).toHaveLength(1);
    const network = stubFetch(new TypeError("fetch failed"), json(200, successBody));
    await expect(client(network.fetch, { retry: { maxAttempts: 1 } }).updateFlow(exampleRequest())).rejects.toThrow("fetch failed");
    expect(network.sent).toHaveLength(1);
  });

  it("refuses a negative maxDelayMs or baseDelayMs, a NaN, and a maxAttempts below 1, naming the setting", () => {
    const delays = "retry.baseDelayMs and retry.maxDelayMs must be >= 0";
    expect(() => createUpdateFlowClient({ baseUrl, retry: { maxDelayMs: -1 } })).toThrow(new RangeError(delays));
    expect(() => resolveRetryOptions({ baseDelayMs: Number.NaN })).toThrow(new RangeError(delays));
    expect(() => resolveRetryOptions({ maxDelayMs: Number.NaN })).toThrow(new RangeError(delays));
    expect(() => resolveRetryOptions({ maxAttempts: 0 })).toThrow(new RangeError("retry.maxAttempts must be an integer >= 1, got 0"));
    expect(() => resolveRetryOptions({ maxAttempts: 2.5 })).toThrow(new RangeError("retry.maxAttempts must be an integer >= 1, got 2.5"));
  });

  it("takes delays of 0: maxDelayMs: 0 retries at once, even when Retry-After asks for longer", async () => {
    const stub = stubFetch(new Response(JSON.stringify(errorBody("THROTTLING")), { status: 429, headers: { "Retry-After": "60" } }), json(200, successBody));
    const call = client(stub.fetch, { retry: { maxDelayMs: 0 } }).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(0);
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });
});

describe("the backoff after a 500", () => {
  it("is waited to the millisecond: random * 100 ms, then random * 200 ms, then the last envelope", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")));
    const call = client(stub.fetch).updateFlow(exampleRequest());
    await expectDoublingBackoff(stub);
    await expect(call).resolves.toEqual(errorBody("INTERNAL_SERVER_ERROR"));
  });

  it("is capped by maxDelayMs", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const call = client(stub.fetch, { retry: { baseDelayMs: 10_000, maxDelayMs: 300 } }).updateFlow(exampleRequest());
    await vi.advanceTimersByTimeAsync(149);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 0.5 * min(300, 10000)
    expect(stub.sent).toHaveLength(2);
    await expect(call).resolves.toEqual(successBody);
  });

  it("is not taken for a 4xx other than 429: a 409 resolves after one attempt", async () => {
    const stub = stubFetch(json(409, errorBody("CONFLICT")), json(200, successBody));
    await expect(client(stub.fetch).updateFlow(exampleRequest())).resolves.toEqual(errorBody("CONFLICT"));
    expect(stub.sent).toHaveLength(1);
  });
});

describe("a wait that would end exactly at the call's time limit", () => {
  it("is not taken: the call resolves as the attempt did", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const call = client(stub.fetch, { timeoutMs: 50 }).updateFlow(exampleRequest()); // backoff 0.5 * 100 = 50 ms
    expect(await Promise.race([call, vi.advanceTimersByTimeAsync(0).then(() => "pending")])).toEqual(errorBody("INTERNAL_SERVER_ERROR"));
    expect(stub.sent).toHaveLength(1);
  });
});

describe("sleep and Retry-After", () => {
  it("sleep rejects at once with the reason of a signal that has already aborted, and leaves no listener when it resolves", async () => {
    const reason = new Error("gone");
    await expect(sleep(1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    const signal = new AbortController().signal;
    const slept = sleep(10, signal);
    await vi.advanceTimersByTimeAsync(10);
    await slept;
    expect(getEventListeners(signal, "abort")).toEqual([]);
  });

  it("Retry-After: an HTTP-date must start with the day's name; the epoch is a date that has passed", () => {
    const now = Date.UTC(2015, 9, 21, 7, 28, 0);
    expect(retryAfterDelay("21 Oct 2015 07:28:10 GMT", now)).toBeUndefined();
    expect(retryAfterDelay("W, 21 Oct 2015 07:28:10 GMT", now)).toBeUndefined();
    expect(retryAfterDelay("Wed, 21 Oct 2015 07:28:10 GMT", now)).toBe(10_000);
    expect(retryAfterDelay("Thu, 01 Jan 1970 00:00:00 GMT", now)).toBe(0);
  });
});

describe("a call with both a signal and timeoutMs", () => {
  it("ends with a TimeoutError when the time runs out first", async () => {
    const controller = new AbortController();
    const stub = stubFetch(hang);
    const call = client(stub.fetch).updateFlow(exampleRequest(), { signal: controller.signal, timeoutMs: 1_000 });
    const outcome = rejection(call);
    await vi.advanceTimersByTimeAsync(999);
    controller.signal.throwIfAborted();
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ name: "TimeoutError" });
    expect(stub.sent).toHaveLength(1);
  });

  it("ends with the signal's reason when the caller aborts first, and the time limit then does nothing", async () => {
    const controller = new AbortController();
    const stub = stubFetch(hang);
    const call = client(stub.fetch).updateFlow(exampleRequest(), { signal: controller.signal, timeoutMs: 1_000 });
    const outcome = rejection(call);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(new Error("the user left"));
    await vi.advanceTimersByTimeAsync(0);
    expect(await outcome).toEqual(new Error("the user left"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stub.sent).toHaveLength(1);
  });

  it("a call's timeoutMs replaces the client's", async () => {
    const stub = stubFetch(hang);
    const call = client(stub.fetch, { timeoutMs: 10_000 }).updateFlow(exampleRequest(), { timeoutMs: 1_000 });
    const outcome = rejection(call);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toMatchObject({ name: "TimeoutError" });
  });
});

describe("the pre-flight message", () => {
  it("reads only whole numbers as array indexes, and says is invalid for a keyword it has no words for", async () => {
    const request = exampleRequest();
    const tasks = Array.from({ length: 11 }, (_, i) => ({ ...request.tasks[0]!, ...(i === 10 && { taskType: "Map_none" }) })) as typeof request.tasks;
    const many = await client(stubFetch(json(200, successBody)).fetch).updateFlow({ ...request, tasks });
    expect(!many.success && many.error.message).toMatch(/^Invalid UpdateFlow request: tasks\[10\]\.taskType must be equal to one of the allowed values \(enum\)/);
    for (const name of ["2nd", "flow2"]) {
      const result = await client(stubFetch(json(200, successBody)).fetch).updateFlow({ ...request, [name]: 1 } as never);
      expect(!result.success && result.error.message).toBe(`Invalid UpdateFlow request: ${name} is not a member of this object (additionalProperties).`);
    }
    expect(ajvMessage({ instancePath: "", keyword: "dependentRequired", params: {} })).toBe("is invalid");
  });

  it("names a nested, indexed member as a path a reader knows, and counts the others", async () => {
    const request = exampleRequest();
    const tasks = request.tasks.map((task, i) => (i === 0 ? { ...task, taskType: "Map_none" } : task)) as typeof request.tasks;
    const result = await client(stubFetch(json(200, successBody)).fetch).updateFlow({ ...request, tasks, flowName: "has a space" });
    if (result.success || !("violations" in result.error)) throw new Error("expected a pre-flight failure");
    expect(result.error.violations?.map((v) => v.path)).toEqual(["/flowName", "/tasks/0/taskType"]);
    expect(result.error.message).toMatch(/^Invalid UpdateFlow request: flowName must match pattern "[^"]+" \(pattern\), and 1 more violation\.$/);
    const nested = await client(stubFetch(json(200, successBody)).fetch).updateFlow({ ...request, tasks });
    expect(!nested.success && nested.error.message).toBe(
      "Invalid UpdateFlow request: tasks[0].taskType must be equal to one of the allowed values (enum).",
    );
  });
});

describe("an envelope with more than one thing wrong", () => {
  it("lists each, in the message too, one after another", async () => {
    const error = (await rejection(client(stubFetch(json(200, { success: true, data: "flow-1" })).fetch).updateFlow(exampleRequest()))) as ContractViolationError;
    expect(error.violations).toEqual([
      { path: "/data", rule: "type", message: "must be an object" },
      { path: "/data/id", rule: "type", message: "must be a string" },
      { path: "/data/created_at", rule: "type", message: "must be a string" },
    ]);
    expect(error.message).toBe(
      "UpdateFlow answered 200 outside the contract (unexpected-shape): /data must be an object (type); /data/id must be a string (type); /data/created_at must be a string (type)",
    );
  });
});
