// The server's own decisions, over a scripted engine: what it makes of each kind of answer or
// refusal Prism can give (routing, `Prefer`, security, validation, mocked headers), what it hands
// Prism, its CORS preflight, its log lines and its listening. The operations are made up (one
// with a path template) so that the routing helpers meet more than the real spec's one path;
// the suites against Prism itself are mock.test.ts, hostile.test.ts and the others.
import type { IHttpRequest } from "@stoplight/prism-http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Diagnostic, Engine, EngineResult, MockPreferences, Operation } from "../src/engine.js";
import type { RequestLog, RunningMock } from "../src/index.js";
import { createMockServer, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, listenMock } from "../src/server.js";
import { type Answer, codeOf, contractProblems, json, messageOf, post, valid } from "./contract.js";

const operations = [
  { method: "post", path: "/update-flow", responses: [{ code: "200" }, { code: "400" }, { code: "429" }] },
  { method: "get", path: "/flows/{flowName}", responses: [{ code: "200" }] },
] as unknown as Operation[];

/** What the scripted engine answers next, and what it was asked. */
let next: (input: IHttpRequest) => EngineResult;
const asked: { input: IHttpRequest; preferences: MockPreferences }[] = [];
const engine: Engine = {
  operations,
  request: async (input, preferences) => {
    asked.push({ input, preferences });
    return next(input);
  },
};

const answerWith = (statusCode: number, extra: { headers?: Record<string, unknown>; body?: unknown; violations?: Diagnostic[] } = {}): EngineResult => ({
  kind: "answer",
  output: { statusCode, headers: extra.headers as Record<string, string>, body: extra.body },
  violations: extra.violations ?? [],
});
const refusal = (type: string, detail = "Prism's sentence."): EngineResult => ({ kind: "refused", type, status: 404, detail });

let mock: RunningMock;
const logged: { line: string; entry: RequestLog }[] = [];

beforeAll(async () => {
  mock = await listenMock(engine, { log: (line, entry) => logged.push({ line, entry }) });
});

afterAll(async () => {
  await mock?.stop();
});

afterEach(() => {
  asked.length = 0;
  logged.length = 0;
  vi.restoreAllMocks();
});

const send = (init: RequestInit & { path?: string } = {}) => post(mock.baseUrl, { headers: json, body: JSON.stringify(valid), ...init });

/** Asserts an answer's status and code, and that it is a valid answer of the contract. */
function expectAnswer(answer: Answer, status: number, code: string | undefined, message?: string | RegExp) {
  expect([answer.status, codeOf(answer)]).toEqual([status, code]);
  expect(contractProblems(answer)).toEqual([]);
  if (typeof message === "string") expect(messageOf(answer)).toBe(message);
  else if (message) expect(messageOf(answer)).toMatch(message);
}

describe("what Prism's router refuses", () => {
  it.each(["NO_PATH_MATCHED_ERROR", "NO_RESOURCE_PROVIDED_ERROR", "NO_SERVER_MATCHED_ERROR", "NO_SERVER_CONFIGURATION_PROVIDED_ERROR"])(
    "%s: 404 UNKNOWN_OPERATION, naming every operation of the API",
    async (type) => {
      next = () => refusal(type);
      expectAnswer(await send({ path: "/nowhere" }), 404, "UNKNOWN_OPERATION", "No operation at POST /nowhere; this API has POST /update-flow, GET /flows/{flowName}.");
    },
  );

  it("a method the path does not take: 405 naming the path's methods in the message and in Allow", async () => {
    next = () => refusal("NO_METHOD_MATCHED_ERROR");
    const templated = await send({ path: "/flows/my-flow" });
    expectAnswer(templated, 405, "METHOD_NOT_ALLOWED", "/flows/my-flow does not take POST; use GET.");
    expect(templated.headers.allow).toBe("GET");
    // A path of no operation (the template matches one segment only): every method of the API.
    const deeper = await send({ path: "/flows/my-flow/runs" });
    expectAnswer(deeper, 405, "METHOD_NOT_ALLOWED", "/flows/my-flow/runs does not take POST; use POST, GET.");
    expect(deeper.headers.allow).toBe("POST, GET");
  });
});

describe("what Prism's negotiator refuses", () => {
  it("for a Prefer header: 400, Prism's detail on one line, and the statuses the operation documents", async () => {
    next = () => refusal("NOT_FOUND", "  Requested status code 418 is not defined.\n   Documented: 200, 400.  ");
    expectAnswer(
      await send({ headers: { ...json, prefer: "code=418" } }),
      400,
      "VALIDATION_ERROR",
      "The mock cannot answer Prefer: code=418 (Requested status code 418 is not defined. Documented: 200, 400); POST /update-flow documents 200, 400, 429. Ask for a documented status and an example it names, or send no Prefer header.",
    );
  });

  it("for the query's __code: the same, naming the query; no statuses for a method the path does not document", async () => {
    next = () => refusal("NOT_FOUND", "No such status.");
    expectAnswer(
      await send({ path: "/flows/x?__code=418" }),
      400,
      "VALIDATION_ERROR",
      "The mock cannot answer the query ?__code=418 (No such status). Ask for a documented status and an example it names, or send no Prefer header.",
    );
  });

  it("with a body the guards refused: the guards' answer, not the refusal", async () => {
    next = () => refusal("NOT_FOUND");
    expectAnswer(await send({ headers: { ...json, prefer: "code=418" }, body: "{bad" }), 400, "VALIDATION_ERROR", /^The request body is not valid JSON/);
  });

  it("when nothing was asked: the engine failing, 500, the log saying what Prism refused", async () => {
    next = () => refusal("NOT_FOUND", "no example");
    expectAnswer(await send(), 500, "INTERNAL_SERVER_ERROR");
    expect(logged.at(-1)?.entry.note).toBe("engine failed: Prism refused the request (NOT_FOUND): no example");
  });
});

describe("what Prism's validator finds", () => {
  it("a request without a signature: 403 MISSING_AUTHENTICATION_TOKEN, before the body's violations", async () => {
    next = () =>
      answerWith(200, {
        violations: [
          { path: ["body", "flowName"], code: "pattern", message: "Request body property flowName must match pattern", severity: 0 },
          { code: 401, message: "Invalid security scheme used", severity: 0 },
        ],
      });
    expectAnswer(await send(), 403, "MISSING_AUTHENTICATION_TOKEN", "The request has no Authorization header; sign it with AWS Signature Version 4.");
  });

  it("findings outside the body: 400 in words; warnings: nothing", async () => {
    next = () => answerWith(200, { violations: [{ path: ["header", "x-amz-date"], code: "pattern", message: "x-amz-date must match pattern", severity: 0 }] });
    expectAnswer(await send(), 400, "VALIDATION_ERROR", "Invalid request: x-amz-date must match pattern");
    next = () => answerWith(200, { violations: [{ code: 401, message: "a hint", severity: 1 }, { path: ["body"], code: "type", message: "a warning", severity: 1 }] });
    expectAnswer(await send(), 200, undefined);
  });
});

describe("an error answer Prism mocked", () => {
  it("keeps the headers a header can carry, never the mock's own, and carries CORS and the mock's request id", async () => {
    next = () =>
      answerWith(429, {
        headers: {
          "Retry-After": 5,
          "X-Trace": "trace-1",
          "x-amzn-RequestId": "spoofed",
          "Content-Type": "text/plain",
          "Access-Control-Allow-Origin": "https://evil.example",
          "bad name": "v",
          "x-long": "a".repeat(1025),
          "x-control": "a\u0001b",
          "x-object": { a: 1 },
        },
        body: { success: false, error: { code: "THROTTLING", message: "Slow down." } },
      });
    const answer = await send({ headers: { ...json, prefer: "code=429" } });
    expectAnswer(answer, 429, "THROTTLING", "Slow down.");
    expect(answer.headers["retry-after"]).toBe("5");
    expect(answer.headers["x-trace"]).toBe("trace-1");
    expect(answer.headers["access-control-allow-origin"]).toBe("*");
    expect(answer.headers["access-control-expose-headers"]).toBe("x-amzn-RequestId, x-amzn-ErrorType, Allow, Retry-After");
    expect(answer.headers["x-amzn-requestid"]).not.toBe("spoofed");
    expect(answer.headers["x-amzn-errortype"]).toBe("ThrottlingException");
    expect(answer.headers["content-type"]).toBe("application/json");
    for (const name of ["bad name", "x-long", "x-control", "x-object"]) expect(answer.headers).not.toHaveProperty(name);
  });

  it("keeps a header value of 1024 characters", async () => {
    next = () => answerWith(429, { headers: { "x-long": "a".repeat(1024) }, body: {} });
    expect((await send({ headers: { ...json, prefer: "code=429" } })).headers["x-long"]).toHaveLength(1024);
  });

  it("of a status the spec does not document: the engine failing, 500", async () => {
    next = () => answerWith(418, { body: {} });
    expectAnswer(await send({ headers: { ...json, prefer: "code=418" } }), 500, "INTERNAL_SERVER_ERROR");
    expect(logged.at(-1)?.entry.note).toBe("engine failed: Prism chose status 418, which the spec does not document");
  });
});

describe("what the server hands Prism", () => {
  it("the method in lower case, the path, the query, the headers without accept, the decoded body, and no preferences unasked", async () => {
    next = () => answerWith(200);
    await send({ path: "/update-flow?a=1&a=2&b=3", headers: { ...json, accept: "text/html", "x-one": "1" } });
    const [{ input, preferences }] = asked as [(typeof asked)[number]];
    expect(input).toMatchObject({ method: "post", url: { path: "/update-flow", baseUrl: undefined, query: { a: ["1", "2"], b: "3" } }, body: valid });
    expect(input.headers).toMatchObject({ "x-one": "1", authorization: json.authorization });
    expect(input.headers).not.toHaveProperty("accept");
    expect(preferences).toEqual({});
  });

  it("what the query's __ members ask, and the server the query names", async () => {
    next = () => answerWith(200);
    await send({ path: "/update-flow?__code=200&__server=https%3A%2F%2Fappflow.test" });
    expect(asked[0]?.preferences).toMatchObject({ code: 200 });
    expect(asked[0]?.input.url.baseUrl).toBe("https://appflow.test");
  });

  it("no body when the guards refused it, so that Prism still routes and checks the signature", async () => {
    next = () => answerWith(200);
    await send({ body: "[1]" });
    expect(asked[0]?.input.body).toBeUndefined();
  });
});

describe("a browser's preflight", () => {
  const preflight = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${mock.baseUrl}${path}`, { method: "OPTIONS", headers: { origin: "http://localhost:3000", "access-control-request-method": "GET", ...headers } });

  it("allows the path's methods, the headers AWS's SDKs send, for 10 minutes, and is logged", async () => {
    const answer = await preflight("/flows/my-flow");
    expect(answer.status).toBe(204);
    expect(Object.fromEntries(answer.headers)).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, OPTIONS",
      "access-control-allow-headers":
        "authorization, content-type, prefer, x-amz-date, x-amz-security-token, x-amz-content-sha256, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request",
      "access-control-max-age": "600",
      vary: "access-control-request-headers",
      "content-length": "0",
    });
    expect(asked).toEqual([]);
    expect(logged.map((l) => [l.entry.status, l.entry.note])).toEqual([[204, "CORS preflight"]]);
  });

  it("allows every method of the API on a path of no operation", async () => {
    expect((await preflight("/nowhere")).headers.get("access-control-allow-methods")).toBe("POST, GET, OPTIONS");
  });

  it("an OPTIONS that is no preflight goes to Prism", async () => {
    next = () => refusal("NO_METHOD_MATCHED_ERROR");
    const answer = await fetch(`${mock.baseUrl}/update-flow`, { method: "OPTIONS" });
    expect(answer.status).toBe(405);
  });
});

describe("the log", () => {
  it("is one line per request: method, path, status, code or -, milliseconds, the note in brackets", async () => {
    next = () => answerWith(200);
    await send();
    next = () => refusal("NOT_FOUND", "no example");
    await send();
    expect(logged.map((l) => l.line)).toEqual([
      expect.stringMatching(/^POST \/update-flow 200 - \d+(\.\d)?ms$/),
      expect.stringMatching(/^POST \/update-flow 500 INTERNAL_SERVER_ERROR \d+(\.\d)?ms \(engine failed: Prism refused the request \(NOT_FOUND\): no example\)$/),
    ]);
    expect(logged[0]?.entry).toEqual({ method: "POST", path: "/update-flow", status: 200, code: undefined, ms: expect.any(Number), requestId: expect.any(String) });
  });

  it("cuts a path past 200 characters in the line, not in the entry", async () => {
    next = () => refusal("NO_PATH_MATCHED_ERROR");
    const path = `/${"p".repeat(300)}`;
    await send({ path });
    expect(logged[0]?.line).toMatch(new RegExp(`^POST ${path.slice(0, 200)}… 404 UNKNOWN_OPERATION `));
    expect(logged[0]?.entry.path).toBe(path);
  });

  it("goes to stderr unless quiet or given a log", async () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    next = () => answerWith(200);
    for (const options of [{}, { quiet: true }]) {
      const other = await listenMock(engine, options);
      try {
        await post(other.baseUrl, { headers: json, body: JSON.stringify(valid) });
      } finally {
        await other.stop();
      }
    }
    expect(write.mock.calls.map(([line]) => String(line))).toEqual([expect.stringMatching(/^POST \/update-flow 200 - \S+ms\n$/)]);
  });
});

describe("listening", () => {
  it("on IPv6: a base URL with the host in brackets", async () => {
    next = () => answerWith(200);
    const six = await listenMock(engine, { host: "::1", quiet: true }).catch(() => undefined);
    if (!six) return; // no IPv6 loopback on this machine
    try {
      expect(six.baseUrl).toBe(`http://[::1]:${six.port}`);
      expect((await post(six.baseUrl, { headers: json, body: JSON.stringify(valid) })).status).toBe(200);
    } finally {
      await six.stop();
    }
  });

  it("refuses an address it cannot bind, naming it and keeping the error's code", async () => {
    const error = (await listenMock(engine, { host: "192.0.2.1", quiet: true }).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error.code).toBe("EADDRNOTAVAIL");
    expect(error.message).toMatch(/^The mock could not listen on 192\.0\.2\.1:0: listen EADDRNOTAVAIL/);
  });

  it("keeps Node's time limits: the head's and the request's, the latter never shorter", () => {
    const defaults = createMockServer(engine);
    expect([defaults.headersTimeout, defaults.requestTimeout]).toEqual([DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS]);
    const short = createMockServer(engine, { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 });
    expect([short.headersTimeout, short.requestTimeout]).toEqual([5_000, 5_000]);
  });
});
