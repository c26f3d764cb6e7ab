import { afterEach, describe, expect, it, vi } from "vitest";
import { ContractViolationError, createUpdateFlowClient, type UpdateFlowClientOptions } from "../src/index.js";
import { errorBody, exampleRequest, json, maxLengthOf, stubFetch, successBody } from "./test-fixtures.js";
import { validateResponse } from "../src/validation.js";
import { clip, limits } from "../src/violations.js";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const baseUrl = "https://appflow.test";
// Retries without waiting, unless a test is about the wait.
const noWait = { baseDelayMs: 0 };

function client(fetch: UpdateFlowClientOptions["fetch"], options: Partial<UpdateFlowClientOptions> = {}) {
  return createUpdateFlowClient({ baseUrl, fetch, retry: noWait, ...options });
}

const tokenOf = (body: string) => (JSON.parse(body) as { clientToken?: string }).clientToken;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("a successful call", () => {
  it("posts the request as JSON to /update-flow and resolves to the success envelope", async () => {
    const stub = stubFetch(json(200, successBody));
    const request = exampleRequest();
    const result = await client(stub.fetch, { headers: { Authorization: "AWS4-HMAC-SHA256 test" } }).updateFlow(request);

    expect(result).toEqual(successBody);
    expect(stub.sent).toHaveLength(1);
    const [sent] = stub.sent;
    expect(sent?.method).toBe("POST");
    expect(sent?.url).toBe(`${baseUrl}/update-flow`);
    expect(sent?.headers.get("content-type")).toBe("application/json");
    expect(sent?.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 test");
    expect(JSON.parse(sent!.body)).toEqual({ ...request, clientToken: tokenOf(sent!.body) });
  });
});

describe("idempotency token", () => {
  it("is generated once when omitted (a UUID v4) and sent unchanged on every retry", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), new TypeError("fetch failed"), json(200, successBody));
    const request = exampleRequest();
    const result = await client(stub.fetch).updateFlow(request);

    expect(result.success).toBe(true);
    expect(stub.sent).toHaveLength(3);
    const token = tokenOf(stub.sent[0]!.body);
    expect(token).toMatch(UUID_V4);
    // Same bytes on every attempt: body and token.
    expect(new Set(stub.sent.map((s) => s.body)).size).toBe(1);
    expect(request).not.toHaveProperty("clientToken");
  });

  it("is a new one for each call", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch);
    await c.updateFlow(exampleRequest());
    await c.updateFlow(exampleRequest());
    expect(tokenOf(stub.sent[0]!.body)).not.toBe(tokenOf(stub.sent[1]!.body));
  });

  it("is the caller's, untouched, when given", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const request = { ...exampleRequest(), clientToken: "my-own token #42" };
    await client(stub.fetch).updateFlow(request);
    expect(stub.sent.map((s) => tokenOf(s.body))).toEqual(["my-own token #42", "my-own token #42"]);
  });

  it("is sent as the first attempt's bytes even if the caller changes the request meanwhile", async () => {
    const request = exampleRequest();
    const stub = stubFetch(async () => {
      request.flowName = "changed-by-the-caller";
      return json(500, errorBody("INTERNAL_SERVER_ERROR"));
    }, json(200, successBody));
    await client(stub.fetch).updateFlow(request);
    expect(stub.sent[1]!.body).toBe(stub.sent[0]!.body);
  });
});

describe("retries", () => {
  it("stop at maxAttempts on network failures and reject with the last error", async () => {
    const stub = stubFetch(new TypeError("fetch failed"));
    await expect(client(stub.fetch, { retry: { ...noWait, maxAttempts: 5 } }).updateFlow(exampleRequest())).rejects.toThrow(
      "fetch failed",
    );
    expect(stub.sent).toHaveLength(5);
  });

  it("never happen for an error that is not a network failure, such as a middleware's", async () => {
    const c = client(stubFetch(json(200, successBody)).fetch);
    const sign = vi.fn(() => {
      throw new Error("no credentials to sign with");
    });
    c.raw.use({ onRequest: sign });
    await expect(c.updateFlow(exampleRequest())).rejects.toThrow("no credentials to sign with");
    expect(sign).toHaveBeenCalledTimes(1);
  });

  it("never happen for a TypeError that fetch did not throw: a middleware's own", async () => {
    const stub = stubFetch(json(200, successBody));
    const sign = vi.fn(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'accessKeyId')");
    });
    const c = client(stub.fetch, { middleware: [{ onRequest: sign }] });
    await expect(c.updateFlow(exampleRequest())).rejects.toThrow(TypeError);
    expect(sign).toHaveBeenCalledTimes(1);
    expect(stub.sent).toHaveLength(0);
  });

  // With a custom fetch (openapi-fetch builds a Request) and without (the plain path: the global
  // fetch builds it, and rejects with a TypeError as it does for a network failure).
  describe.each([
    ["a custom fetch", true],
    ["the global fetch", false],
  ])("with %s, never happen for a request that cannot be built", (_, custom) => {
    it.each([
      ["a baseUrl that is not a URL", { baseUrl: "appflow.us-east-1.amazonaws.com" }],
      ["a baseUrl with credentials in it", { baseUrl: "https://user:secret@appflow.test" }],
      ["a header value with a line break", { headers: { "X-Amz-Security-Token": "abc\ndef" } }],
    ])("%s", async (_, options: Partial<UpdateFlowClientOptions>) => {
      const stub = stubFetch(json(200, successBody));
      const c = createUpdateFlowClient({ baseUrl, ...(custom && { fetch: stub.fetch }), ...options, retry: noWait });
      const post = vi.spyOn(c.raw, "POST");
      await expect(c.updateFlow(exampleRequest())).rejects.toThrow(TypeError);
      expect(post).toHaveBeenCalledTimes(1);
      expect(stub.sent).toHaveLength(0);
    });
  });

  it("stop at 3 attempts by default on 500s and resolve to the last error envelope", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR", "Try again.")));
    const result = await client(stub.fetch).updateFlow(exampleRequest());
    expect(result).toEqual(errorBody("INTERNAL_SERVER_ERROR", "Try again."));
    expect(stub.sent).toHaveLength(3);
  });

  it.each([
    [400, "VALIDATION_ERROR"],
    [400, "CONNECTOR_SERVER_ERROR"],
    [401, "CONNECTOR_AUTHENTICATION_ERROR"],
    [402, "SERVICE_QUOTA_EXCEEDED"],
    [403, "ACCESS_DENIED"],
    [404, "RESOURCE_NOT_FOUND"],
    [409, "CONFLICT"],
  ])("never happen on a %i (%s): the error envelope is the result", async (status, code) => {
    const stub = stubFetch(json(status, errorBody(code)), json(200, successBody));
    const result = await client(stub.fetch).updateFlow(exampleRequest());
    expect(result).toEqual(errorBody(code));
    expect(stub.sent).toHaveLength(1);
  });

  it("wait a full-jitter backoff that doubles: random * 100 ms, then random * 200 ms", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const stub = stubFetch(new TypeError("fetch failed"), new TypeError("fetch failed"), json(200, successBody));
    const call = client(stub.fetch, { retry: { baseDelayMs: 100 } }).updateFlow(exampleRequest());

    await vi.advanceTimersByTimeAsync(49);
    expect(stub.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1); // 0.5 * 100
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(99);
    expect(stub.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1); // 0.5 * 200
    expect(stub.sent).toHaveLength(3);
    await expect(call).resolves.toEqual(successBody);
  });

  it("stop when the signal aborts during the backoff, with the signal's reason", async () => {
    const controller = new AbortController();
    const stub = stubFetch(async () => {
      setTimeout(() => controller.abort(), 10);
      return json(500, errorBody("INTERNAL_SERVER_ERROR"));
    });
    const call = client(stub.fetch, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).updateFlow(exampleRequest(), {
      signal: controller.signal,
    });
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(stub.sent).toHaveLength(1);
  });

  it("never start when the signal has already aborted", async () => {
    const stub = stubFetch(json(200, successBody));
    const call = client(stub.fetch).updateFlow(exampleRequest(), { signal: AbortSignal.abort() });
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(stub.sent).toHaveLength(0);
  });

  it("reject with the signal's reason when it has already aborted, even for an invalid request", async () => {
    const stub = stubFetch(json(200, successBody));
    const reason = new Error("user navigated away");
    const call = client(stub.fetch).updateFlow({ ...exampleRequest(), flowName: "has a space" }, { signal: AbortSignal.abort(reason) });
    await expect(call).rejects.toBe(reason);
    expect(stub.sent).toHaveLength(0);
  });

  it("end with a TimeoutError when timeoutMs runs out, even mid-request", async () => {
    // A server that never answers; fetch rejects when the request's signal aborts.
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
    const stub = stubFetch(hang);
    const started = Date.now();
    await expect(client(stub.fetch, { timeoutMs: 50 }).updateFlow(exampleRequest())).rejects.toMatchObject({
      name: "TimeoutError",
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(stub.sent).toHaveLength(1);
  });
});

describe("pre-flight validation", () => {
  it("refuses an invalid request locally, naming the member and the rule, and sends nothing", async () => {
    const stub = stubFetch(json(200, successBody));
    const result = await client(stub.fetch).updateFlow({ ...exampleRequest(), flowName: "has a space" });

    expect(stub.sent).toHaveLength(0);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("VALIDATION_ERROR");
    expect(result.error.message).toMatch(/^Invalid UpdateFlow request: flowName must match pattern .* \(pattern\)\.$/);
    expect("violations" in result.error && result.error.violations).toEqual([
      expect.objectContaining({ path: "/flowName", rule: "pattern" }),
    ]);
  });

  it("lists every violation: a missing member, an unknown one, a nested enum", async () => {
    const stub = stubFetch(json(200, successBody));
    const { triggerConfig: _, ...withoutTrigger } = exampleRequest();
    const request = {
      ...withoutTrigger,
      tasks: [{ taskType: "Map_none", sourceFields: [] }],
      flowname: "typo",
    };
    const result = await client(stub.fetch).updateFlow(request as never);

    expect(stub.sent).toHaveLength(0);
    const violations = !result.success && "violations" in result.error ? result.error.violations : [];
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "/triggerConfig", rule: "required", message: "is required" }),
        expect.objectContaining({ path: "/flowname", rule: "additionalProperties" }),
        expect.objectContaining({ path: "/tasks/0/taskType", rule: "enum" }),
      ]),
    );
    expect(!result.success && result.error.message).toMatch(/and \d+ more violations\.$/);
  });

  it("checks the token it fills in too, and a caller's empty token is refused", async () => {
    const stub = stubFetch(json(200, successBody));
    const result = await client(stub.fetch).updateFlow({ ...exampleRequest(), clientToken: "" });
    expect(stub.sent).toHaveLength(0);
    expect(!result.success && result.error.message).toContain("clientToken must NOT have fewer than 1 characters (minLength)");
  });

  it("keeps its message and violations within the spec's limits, for a 3000-character unknown member", async () => {
    expect(limits).toEqual({
      message: maxLengthOf("Error", "message"),
      violationPath: maxLengthOf("Violation", "path"),
      violationRule: maxLengthOf("Violation", "rule"),
      violationMessage: maxLengthOf("Violation", "message"),
    });
    const stub = stubFetch(json(200, successBody));
    const name = "x".repeat(3000);
    const result = await client(stub.fetch).updateFlow({ ...exampleRequest(), [name]: true } as never);

    expect(stub.sent).toHaveLength(0);
    if (result.success || !("violations" in result.error)) throw new Error("expected a pre-flight failure");
    expect(result.error.message.length).toBe(2048);
    expect(result.error.message).toMatch(/^Invalid UpdateFlow request: x+…$/);
    expect(result.error.violations).toEqual([{ path: `/${"x".repeat(2046)}…`, rule: "additionalProperties", message: "is not a member of this object" }]);
    // The whole failure is an error envelope as the contract describes it.
    await expect(validateResponse(400, result)).resolves.toEqual([]);
  });

  it("clips by code points, as JSON Schema's maxLength counts, never splitting a surrogate pair", () => {
    expect(clip("short", 5)).toBe("short");
    expect(clip("😀😀😀", 3)).toBe("😀😀😀"); // 6 UTF-16 units, 3 code points
    expect(clip("😀😀😀😀", 3)).toBe("😀😀…");
  });

  it("can be turned off: the request is sent as it is", async () => {
    const stub = stubFetch(json(400, errorBody("VALIDATION_ERROR", "Invalid request parameters")));
    const result = await client(stub.fetch, { validateRequests: false }).updateFlow({ ...exampleRequest(), flowName: "has a space" });
    expect(stub.sent).toHaveLength(1);
    expect(result).toEqual(errorBody("VALIDATION_ERROR", "Invalid request parameters"));
  });
});

describe("a response outside the contract", () => {
  async function violation(response: Response, options: Partial<UpdateFlowClientOptions> = {}) {
    const error = await client(stubFetch(response).fetch, options)
      .updateFlow(exampleRequest())
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContractViolationError);
    return error as ContractViolationError;
  }

  it("with an undocumented status is a ContractViolationError carrying the status and the raw body", async () => {
    const error = await violation(new Response("<h1>Bad gateway</h1>", { status: 502 }));
    expect(error).toMatchObject({ reason: "undocumented-status", status: 502, body: "<h1>Bad gateway</h1>" });
  });

  it("with a body that is not JSON", async () => {
    const error = await violation(new Response("OK", { status: 200, headers: { "Content-Type": "text/plain" } }));
    expect(error).toMatchObject({ reason: "not-json", status: 200, body: "OK" });
    const empty = await violation(new Response(null, { status: 404 }));
    expect(empty).toMatchObject({ reason: "not-json", status: 404, body: "" });
  });

  it("with the wrong shape: a success without data, a bare error object, an unknown code", async () => {
    const noData = await violation(json(200, { success: true }));
    expect(noData).toMatchObject({ reason: "unexpected-shape", status: 200, body: '{"success":true}' });
    expect(noData.violations.map((v) => v.path)).toEqual(["/data", "/data/id", "/data/created_at"]);

    // What Prism sends for malformed JSON, outside any envelope.
    const prism = await violation(json(400, { error: { code: "invalid_json", message: "Unexpected token" } }));
    expect(prism.violations.map((v) => v.path)).toEqual(["/success", "/error/code"]);

    const unknownCode = await violation(json(409, errorBody("THROTTLED")));
    expect(unknownCode.message).toContain("/error/code must be one of VALIDATION_ERROR");
  });

  it("against the full schema only when validateResponses is on", async () => {
    const body = { success: true, data: { id: "flow-1", created_at: "yesterday", flowStatus: "Sleeping" } };
    await expect(client(stubFetch(json(200, body)).fetch).updateFlow(exampleRequest())).resolves.toEqual(body);

    const error = await violation(json(200, body), { validateResponses: true });
    expect(error.violations).toEqual([
      expect.objectContaining({ path: "/data/created_at", rule: "format" }),
      expect.objectContaining({ path: "/data/flowStatus", rule: "enum" }),
    ]);
  });

  it("with validateResponses on, a body the contract describes passes", async () => {
    const result = await client(stubFetch(json(200, successBody)).fetch, { validateResponses: true }).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
  });

  it("with an error body that is a JSON string holding an envelope: decoded once, it is a string", async () => {
    const text = JSON.stringify(JSON.stringify(errorBody("CONFLICT")));
    const error = await violation(new Response(text, { status: 409, headers: { "Content-Type": "application/json" } }));
    expect(error).toMatchObject({ reason: "unexpected-shape", status: 409, body: text });
    expect(error.violations).toEqual([{ path: "", rule: "type", message: "must be an object" }]);
  });

  it("with an error body that is the JSON string \"Service busy\": JSON, of the wrong shape, its text kept", async () => {
    const error = await violation(new Response('"Service busy"', { status: 400, headers: { "Content-Type": "application/json" } }));
    expect(error).toMatchObject({ reason: "unexpected-shape", status: 400, body: '"Service busy"' });
  });

  it("carries an error body exactly as received, not serialized again", async () => {
    const text = '{\n  "success": false,\n  "error": { "code": "THROTTLED", "message": "Slow down" }\n}\n';
    const error = await violation(new Response(text, { status: 400, headers: { "Content-Type": "application/json" } }));
    expect(error).toMatchObject({ reason: "unexpected-shape", status: 400, body: text });
  });

  it("still works when a middleware replaced the error response, from openapi-fetch's decoding of it", async () => {
    const replace = (response: Response) => ({ onResponse: () => response });
    const c = (response: Response) => client(stubFetch(json(502, "bad gateway")).fetch, { middleware: [replace(response)] });
    await expect(c(json(409, errorBody("CONFLICT"))).updateFlow(exampleRequest())).resolves.toEqual(errorBody("CONFLICT"));
    await expect(c(new Response("Service busy", { status: 409 })).updateFlow(exampleRequest())).rejects.toMatchObject({
      reason: "not-json",
      body: "Service busy",
    });
  });
});

describe("the escape hatch", () => {
  it("exposes openapi-fetch's client: middleware added with raw.use() or the middleware option runs on each attempt", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const c = client(stub.fetch, {
      middleware: [{ onRequest: ({ request }) => void request.headers.set("X-Amz-Date", "20260101T000000Z") }],
    });
    c.raw.use({ onRequest: ({ request }) => void request.headers.set("Authorization", "AWS4-HMAC-SHA256 signed") });

    await c.updateFlow(exampleRequest());
    expect(stub.sent).toHaveLength(2);
    for (const sent of stub.sent) {
      expect(sent.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 signed");
      expect(sent.headers.get("x-amz-date")).toBe("20260101T000000Z");
    }
  });
});

// No middleware and no custom fetch: the URL and init go to the global fetch, looked up on each
// call, with no Request built (see PlainRequest in client.ts).
describe("the plain path", () => {
  /** A client without a fetch of its own, and the stub put in place of the global fetch after it was made. */
  function plainClient(stub: ReturnType<typeof stubFetch>, options: Partial<UpdateFlowClientOptions> = {}) {
    const c = createUpdateFlowClient({ baseUrl, retry: noWait, ...options });
    vi.stubGlobal("fetch", stub.fetch);
    return c;
  }

  it("sends a URL and an init to the global fetch of the moment", async () => {
    const stub = stubFetch(json(200, successBody));
    const result = await plainClient(stub, { headers: { Authorization: "AWS4-HMAC-SHA256 test" } }).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
    expect(stub.sent).toEqual([
      expect.objectContaining({ plain: true, method: "POST", url: `${baseUrl}/update-flow` }),
    ]);
    expect(stub.sent[0]!.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 test");
  });

  it("retries a 500 and a network failure, with one clientToken", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), new TypeError("fetch failed"), json(200, successBody));
    const result = await plainClient(stub).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
    expect(stub.sent.map((s) => s.plain)).toEqual([true, true, true]);
    expect(tokenOf(stub.sent[0]!.body)).toMatch(UUID_V4);
    expect(new Set(stub.sent.map((s) => s.body)).size).toBe(1);
  });

  it("stops retrying when the signal aborts, with the signal's reason", async () => {
    const controller = new AbortController();
    const stub = stubFetch(async () => {
      setTimeout(() => controller.abort(), 10);
      return json(500, errorBody("INTERNAL_SERVER_ERROR"));
    });
    const call = plainClient(stub, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).updateFlow(exampleRequest(), {
      signal: controller.signal,
    });
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(stub.sent).toHaveLength(1);
  });

  it("ends with a TimeoutError when timeoutMs runs out mid-request", async () => {
    const stub = stubFetch(
      (request) => new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason))),
    );
    await expect(plainClient(stub, { timeoutMs: 50 }).updateFlow(exampleRequest())).rejects.toMatchObject({ name: "TimeoutError" });
    expect(stub.sent).toEqual([expect.objectContaining({ plain: true })]);
  });

  it("keeps an error body's text for a ContractViolationError", async () => {
    const stub = stubFetch(new Response('"Service busy"', { status: 409, headers: { "Content-Type": "application/json" } }));
    await expect(plainClient(stub).updateFlow(exampleRequest())).rejects.toMatchObject({
      reason: "unexpected-shape",
      body: '"Service busy"',
    });
  });

  it("ends at raw.use(): the middleware sees the request, and the global fetch gets a Request", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = plainClient(stub);
    await c.updateFlow(exampleRequest());
    const seen = vi.fn(({ request }: { request: Request }) => void request.headers.set("Authorization", "AWS4-HMAC-SHA256 signed"));
    c.raw.use({ onRequest: seen });
    await c.updateFlow(exampleRequest());

    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0].request).toBeInstanceOf(Request);
    expect(stub.sent.map((s) => s.plain)).toEqual([true, false]);
    expect(stub.sent[1]!.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 signed");
  });

  it("is not taken with middleware, which still calls the global fetch of the moment", async () => {
    const stub = stubFetch(json(200, successBody));
    const sign = { onRequest: ({ request }: { request: Request }) => void request.headers.set("Authorization", "signed") };
    const result = await plainClient(stub, { middleware: [sign] }).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
    expect(stub.sent).toEqual([expect.objectContaining({ plain: false })]);
    expect(stub.sent[0]!.headers.get("authorization")).toBe("signed");
  });
});

describe("options", () => {
  it("refuse a retry count that cannot work", () => {
    expect(() => createUpdateFlowClient({ baseUrl, retry: { maxAttempts: 0 } })).toThrow(RangeError);
  });

  it("take an explicit undefined retry setting as its default", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")));
    const c = createUpdateFlowClient({ baseUrl, fetch: stub.fetch, retry: { maxAttempts: undefined, baseDelayMs: 0 } });
    await c.updateFlow(exampleRequest());
    expect(stub.sent).toHaveLength(3);
  });
});
