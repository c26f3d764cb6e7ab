import { afterEach, describe, expect, it, vi } from "vitest";
import { ContractViolationError, createUpdateFlowClient, type UpdateFlowClientOptions } from "./index.js";
import { errorBody, exampleRequest, json, stubFetch, successBody } from "./test-fixtures.js";

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
    expect(unknownCode.message).toContain("error.code must be one of VALIDATION_ERROR");
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

describe("options", () => {
  it("refuse a retry count that cannot work", () => {
    expect(() => createUpdateFlowClient({ baseUrl, retry: { maxAttempts: 0 } })).toThrow(RangeError);
  });
});
