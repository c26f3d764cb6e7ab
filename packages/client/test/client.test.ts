import { envelopeLimits, errorCodesByStatus } from "@appflow-contract/spec/contract";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ContractViolationError, createUpdateFlowClient, type UpdateFlowClientOptions } from "../src/index.js";
import { validateResponse } from "../src/validation.js";
import { errorBody, exampleRequest, expectDoublingBackoff, json, stubFetch, successBody } from "./test-fixtures.js";

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

  it("drops one trailing slash of baseUrl, as raw does", async () => {
    const stub = stubFetch(json(200, successBody));
    await client(stub.fetch, { baseUrl: `${baseUrl}/` }).updateFlow(exampleRequest());
    expect(stub.sent[0]?.url).toBe(`${baseUrl}/update-flow`);
  });
});

describe("headers", () => {
  it("of a call replace the client's of the same name, whatever its case", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch, { headers: { Authorization: "client", "X-Amz-Date": "20260101T000000Z" } });
    await c.updateFlow(exampleRequest(), { headers: { authorization: "call" } });
    expect(stub.sent[0]?.headers.get("authorization")).toBe("call");
    expect(stub.sent[0]?.headers.get("x-amz-date")).toBe("20260101T000000Z");
  });

  it("may replace the content type (the server then answers 415)", async () => {
    const stub = stubFetch(json(415, errorBody("UNSUPPORTED_MEDIA_TYPE")));
    const result = await client(stub.fetch).updateFlow(exampleRequest(), { headers: { "Content-Type": "text/plain" } });
    expect(stub.sent[0]?.headers.get("content-type")).toBe("text/plain");
    expect(result).toEqual(errorBody("UNSUPPORTED_MEDIA_TYPE"));
  });

  it("are taken in each form fetch takes: a record, a Headers, a list of pairs", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch, { headers: new Headers({ Authorization: "from Headers" }) });
    await c.updateFlow(exampleRequest(), { headers: [["X-Trace", "a"], ["X-Trace", "b"]] });
    expect(stub.sent[0]?.headers.get("authorization")).toBe("from Headers");
    expect(stub.sent[0]?.headers.get("x-trace")).toBe("a, b");
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

  it("never happen for an error that is not a network failure, such as a signer's in a custom fetch", async () => {
    const sign = vi.fn(async (_: Request): Promise<Response> => {
      throw new Error("no credentials to sign with");
    });
    await expect(client(sign).updateFlow(exampleRequest())).rejects.toThrow("no credentials to sign with");
    expect(sign).toHaveBeenCalledTimes(1);
  });

  // With a custom fetch (the client builds the Request, and building it throws) and without (the
  // global fetch builds it, and rejects with a TypeError as it does for a network failure).
  describe.each([
    ["a custom fetch", true, 0],
    ["the global fetch", false, 1],
  ])("with %s, never happen for a request that cannot be built", (_, custom, fetchCalls) => {
    it.each([
      ["a baseUrl that is not a URL", { baseUrl: "appflow.us-east-1.amazonaws.com" }],
      ["a baseUrl with credentials in it", { baseUrl: "https://user:secret@appflow.test" }],
      ["a header value with a line break", { headers: { "X-Amz-Security-Token": "abc\ndef" } }],
    ])("%s", async (_, options: Partial<UpdateFlowClientOptions>) => {
      const stub = stubFetch(json(200, successBody));
      const fetch = vi.fn(stub.fetch);
      if (!custom) vi.stubGlobal("fetch", fetch);
      const c = createUpdateFlowClient({ baseUrl, ...(custom && { fetch }), ...options, retry: noWait });
      await expect(c.updateFlow(exampleRequest())).rejects.toThrow(TypeError);
      expect(fetch).toHaveBeenCalledTimes(fetchCalls);
      expect(stub.sent).toHaveLength(0);
    });
  });

  it("stop at 3 attempts by default on 500s and resolve to the last error envelope", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR", "Try again.")));
    const result = await client(stub.fetch).updateFlow(exampleRequest());
    expect(result).toEqual(errorBody("INTERNAL_SERVER_ERROR", "Try again."));
    expect(stub.sent).toHaveLength(3);
  });

  // Every documented error status but 429, 500 and 503: the codes of each, from the spec.
  it.each(
    Object.entries(errorCodesByStatus)
      .filter(([status]) => !["429", "500", "503"].includes(status))
      .flatMap(([status, codes]) => codes.map((code) => [Number(status), code] as const)),
  )("never happen on a %i (%s): the error envelope is the result", async (status, code) => {
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

    await expectDoublingBackoff(stub);
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
    const stub = stubFetch(json(200, successBody));
    const name = "x".repeat(3000);
    const result = await client(stub.fetch).updateFlow({ ...exampleRequest(), [name]: true } as never);

    expect(stub.sent).toHaveLength(0);
    if (result.success || !("violations" in result.error)) throw new Error("expected a pre-flight failure");
    expect(result.error.message.length).toBe(envelopeLimits.message);
    expect(result.error.message).toMatch(/^Invalid UpdateFlow request: x+…$/);
    // "/", then as many x as fit before the "…" that ends a clipped text.
    const path = `/${"x".repeat(envelopeLimits.violationPath - 2)}…`;
    expect(result.error.violations).toEqual([{ path, rule: "additionalProperties", message: "is not a member of this object" }]);
    // The whole failure is an error envelope as the contract describes it.
    await expect(validateResponse(400, result)).resolves.toEqual([]);
  });

  it("clips by code points, as JSON Schema's maxLength counts, never splitting a surrogate pair", async () => {
    const limit = envelopeLimits.violationPath;
    // With its "/", `fits` is exactly the limit in code points, though twice as long in UTF-16 units.
    const fits = "😀".repeat(limit - 1);
    const tooLong = "😀".repeat(limit);
    const result = await client(stubFetch(json(200, successBody)).fetch).updateFlow({ ...exampleRequest(), [fits]: 1, [tooLong]: 1 } as never);
    if (result.success || !("violations" in result.error)) throw new Error("expected a pre-flight failure");
    expect(result.error.violations!.map((v) => v.path)).toEqual([`/${fits}`, `/${"😀".repeat(limit - 2)}…`]);
    await expect(validateResponse(400, result)).resolves.toEqual([]);
  });

  it("lists at most the contract's 100 violations, and counts them all in its message", async () => {
    const unknown = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`unknown${i}`, i]));
    const stub = stubFetch(json(200, successBody));
    const result = await client(stub.fetch).updateFlow({ ...exampleRequest(), ...unknown } as never);

    expect(stub.sent).toHaveLength(0);
    if (result.success || !("violations" in result.error)) throw new Error("expected a pre-flight failure");
    expect(result.error.violations).toHaveLength(envelopeLimits.violations);
    expect(result.error.violations?.[0]).toEqual({ path: "/unknown0", rule: "additionalProperties", message: "is not a member of this object" });
    expect(result.error.message).toMatch(/, and 149 more violations\.$/);
    await expect(validateResponse(400, result)).resolves.toEqual([]);
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

  it.each([
    [200, successBody],
    [409, errorBody("CONFLICT")],
  ])("reads a %i body once, as text, and never clones the response", async (status, body) => {
    const response = json(status, body);
    const reads = { text: vi.spyOn(response, "text"), json: vi.spyOn(response, "json"), clone: vi.spyOn(response, "clone") };
    await expect(client(async () => response).updateFlow(exampleRequest())).resolves.toEqual(body);
    expect(reads.text).toHaveBeenCalledTimes(1);
    expect(reads.json).not.toHaveBeenCalled();
    expect(reads.clone).not.toHaveBeenCalled();
  });

  it("retries a body that breaks off while it is read, with the same bytes, and rejects with its error after the last attempt", async () => {
    const broken = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"success":'));
            controller.error(new TypeError("terminated"));
          },
        }),
        { status: 200 },
      );
    const once = stubFetch(async () => broken(), json(200, successBody));
    await expect(client(once.fetch).updateFlow(exampleRequest())).resolves.toEqual(successBody);
    expect(once.sent).toHaveLength(2);
    expect(once.sent[1]!.body).toBe(once.sent[0]!.body);

    const always = stubFetch(async () => broken());
    await expect(client(always.fetch).updateFlow(exampleRequest())).rejects.toThrow("terminated");
    expect(always.sent).toHaveLength(3);
  });

  it("fails at once when a custom fetch's body breaks off with an error that is not a TypeError", async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new Error("decoder gave up"));
      },
    });
    const stub = stubFetch(async () => new Response(body, { status: 200 }), json(200, successBody));
    await expect(client(stub.fetch).updateFlow(exampleRequest())).rejects.toThrow("decoder gave up");
    expect(stub.sent).toHaveLength(1);
  });
});

describe("a custom fetch", () => {
  it("is handed a fresh Request on each attempt, so a signature is computed afresh for each retry", async () => {
    const stub = stubFetch(json(500, errorBody("INTERNAL_SERVER_ERROR")), json(200, successBody));
    const given: Request[] = [];
    const sign = (request: Request) => {
      given.push(request);
      request.headers.set("Authorization", `AWS4-HMAC-SHA256 signature-${given.length}`);
      return stub.fetch(request);
    };
    const result = await client(sign, { headers: { "X-Amz-Date": "20260101T000000Z" } }).updateFlow(exampleRequest());

    expect(result).toEqual(successBody);
    expect(given).toHaveLength(2);
    expect(given[0]).toBeInstanceOf(Request);
    expect(given[1]).not.toBe(given[0]);
    expect(stub.sent.map((s) => s.headers.get("authorization"))).toEqual(["AWS4-HMAC-SHA256 signature-1", "AWS4-HMAC-SHA256 signature-2"]);
    for (const sent of stub.sent) {
      expect(sent).toMatchObject({ method: "POST", url: `${baseUrl}/update-flow`, plain: false });
      expect(sent.headers.get("x-amz-date")).toBe("20260101T000000Z");
      expect(sent.headers.get("content-type")).toBe("application/json");
    }
  });

  it("is used instead of the global fetch, which is never called", async () => {
    const global = vi.fn(stubFetch(json(200, successBody)).fetch);
    vi.stubGlobal("fetch", global);
    const stub = stubFetch(json(200, successBody));
    await client(stub.fetch).updateFlow(exampleRequest());
    expect(stub.sent).toHaveLength(1);
    expect(global).not.toHaveBeenCalled();
  });
});

describe("raw, the escape hatch", () => {
  it("sends a request made by hand to baseUrl + path with the client's headers, through its fetch", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch, { baseUrl: `${baseUrl}/`, headers: { Authorization: "AWS4-HMAC-SHA256 test" } });
    const { data, response } = await c.raw.POST("/update-flow", { body: exampleRequest("onDemandSalesforceToS3", true) });

    expect(response.status).toBe(200);
    expect(data).toEqual(successBody);
    expect(stub.sent).toEqual([expect.objectContaining({ method: "POST", url: `${baseUrl}/update-flow`, plain: false })]);
    expect(stub.sent[0]!.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 test");
    expect(JSON.parse(stub.sent[0]!.body)).toEqual(exampleRequest("onDemandSalesforceToS3", true));
  });

  it("uses the global fetch of the moment when the client has no fetch of its own", async () => {
    const c = createUpdateFlowClient({ baseUrl });
    const stub = stubFetch(json(200, successBody));
    vi.stubGlobal("fetch", stub.fetch);
    await c.raw.POST("/update-flow", { body: exampleRequest() });
    expect(stub.sent).toEqual([expect.objectContaining({ url: `${baseUrl}/update-flow` })]);
  });

  it("runs middleware added with raw.use() on its own requests only, never on updateFlow's", async () => {
    const stub = stubFetch(json(200, successBody));
    const c = client(stub.fetch);
    const onRequest = vi.fn(({ request }: { request: Request }) => void request.headers.set("X-Middleware", "ran"));
    c.raw.use({ onRequest });

    await c.updateFlow(exampleRequest());
    await c.raw.POST("/update-flow", { body: exampleRequest() });
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(stub.sent.map((s) => s.headers.get("x-middleware"))).toEqual([null, "ran"]);
  });
});

// No custom fetch: the URL and init go to the global fetch, looked up on each attempt, with no
// Request built.
describe("the global fetch", () => {
  /** A client without a fetch of its own, and the stub put in place of the global fetch after it was made. */
  function plainClient(stub: ReturnType<typeof stubFetch>, options: Partial<UpdateFlowClientOptions> = {}) {
    const c = createUpdateFlowClient({ baseUrl, retry: noWait, ...options });
    vi.stubGlobal("fetch", stub.fetch);
    return c;
  }

  it("is given a URL and an init, the one of the moment", async () => {
    const stub = stubFetch(json(200, successBody));
    const result = await plainClient(stub, { headers: { Authorization: "AWS4-HMAC-SHA256 test" } }).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
    expect(stub.sent).toEqual([expect.objectContaining({ plain: true, method: "POST", url: `${baseUrl}/update-flow` })]);
    expect(stub.sent[0]!.headers.get("authorization")).toBe("AWS4-HMAC-SHA256 test");
    expect(stub.sent[0]!.headers.get("content-type")).toBe("application/json");
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
