// Throws at the mock what a hostile or broken client might send. Every answer must be a status
// the spec documents with a body valid against that status's schema, CORS and x-amzn-RequestId
// (contractProblems), and after each case a valid request must still get 200.
import { once } from "node:events";
import { type IncomingMessage, request } from "node:http";
import { bundledSpecPath } from "@appflow-contract/spec";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine, type PrismLike, readSpec } from "../src/engine.js";
import { type RequestLog, type RunningMock, startMock } from "../src/index.js";
import { listenMock } from "../src/server.js";
import { type Answer, answerOf, codeOf, contractProblems, json, messageOf, post, rawExchange, useLoggedMock, valid } from "./contract.js";

const MB10 = 10 * 1024 * 1024;
const run = useLoggedMock();

/** After every case: the mock still answers a valid request with 200. */
afterEach(async () => {
  const answer = await post(run.mock.baseUrl, { headers: json, body: JSON.stringify(valid) });
  expect(answer.status).toBe(200);
  expect(contractProblems(answer)).toEqual([]);
});

/** Asserts an answer's status and code, and that it is a valid answer of the contract. */
function expectAnswer(answer: Answer | undefined, status: number, code: string | undefined, message?: RegExp) {
  expect(answer, "an answer").toBeDefined();
  expect([answer!.status, codeOf(answer!)]).toEqual([status, code]);
  expect(contractProblems(answer!)).toEqual([]);
  if (message) expect(messageOf(answer!)).toMatch(message);
}

const send = (body: BodyInit, headers: Record<string, string> = json) => post(run.mock.baseUrl, { headers, body });

describe("deep nesting", () => {
  const objects = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  const arrays = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

  it.each([
    ["objects", 5_000, objects],
    ["objects", 20_000, objects],
    ["arrays", 5_000, arrays],
    ["arrays", 20_000, arrays],
  ])("%s %i levels deep: 400 naming the limit", async (_kind, levels, nest) => {
    expectAnswer(await send(nest(levels)), 400, "VALIDATION_ERROR", /more than 64 levels deep \(the limit is 64\)/);
    // Inside a valid request too.
    const inside = `${JSON.stringify({ ...valid, tasks: "HERE" }).replace('"HERE"', `[${nest(levels)}]`)}`;
    expectAnswer(await send(inside), 400, "VALIDATION_ERROR", /more than 64 levels deep/);
  });

  it("64 levels pass the guard, and Prism judges the request", async () => {
    const answer = await send(JSON.stringify({ ...valid, extra: JSON.parse(arrays(63)) }));
    expectAnswer(answer, 400, "VALIDATION_ERROR", /\/extra is not a member/);
  });
});

describe("a body over the limit (10 MB)", () => {
  it("declared in Content-Length: 413 before it is read", async () => {
    expectAnswer(await send(new Uint8Array(MB10 + 1)), 413, "PAYLOAD_TOO_LARGE", /larger than 10485760 bytes/);
  });

  it("streamed in chunks without a length: 413 once it passes the limit", async () => {
    const client = request(`${run.mock.baseUrl}/update-flow`, { method: "POST", headers: json });
    client.on("error", () => {}); // the mock closes the connection while the client still sends
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent <= MB10 + chunk.length && !client.destroyed) {
        sent += chunk.length;
        if (!client.write(chunk)) {
          client.once("drain", pump);
          return;
        }
      }
      client.end();
    };
    pump();
    const [response] = (await once(client, "response")) as [IncomingMessage];
    const chunks: Buffer[] = [];
    for await (const part of response) chunks.push(part as Buffer);
    const text = Buffer.concat(chunks).toString();
    const answer: Answer = { status: response.statusCode!, headers: response.headers as Record<string, string>, text, body: JSON.parse(text) };
    expectAnswer(answer, 413, "PAYLOAD_TOO_LARGE");
    expect(response.headers.connection).toBe("close");
  });

  it("a lying Content-Length (11 MB declared, a few bytes sent): 413 at once, without waiting for the body", async () => {
    const { answers, closed, ms } = await rawExchange(run.mock.port, (write) =>
      write(`POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\ncontent-length: ${11 * 1024 * 1024}\r\n\r\n{"fl`),
    );
    expect(closed).toBe(true);
    expect(ms).toBeLessThan(500);
    expectAnswer(answers[0], 413, "PAYLOAD_TOO_LARGE");
  });

  it("a Content-Length shorter than the body: the declared bytes are the body, the rest is no request", async () => {
    const body = JSON.stringify(valid);
    const { answers, closed } = await rawExchange(run.mock.port, (write) =>
      write(`POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\ncontent-length: 10\r\n\r\n${body}`),
    );
    expect(closed).toBe(true);
    expectAnswer(answers[0], 400, "VALIDATION_ERROR", /not valid JSON/);
    expectAnswer(answers[1], 400, "VALIDATION_ERROR", /not valid HTTP\/1\.1/);
  });

  it("exactly 10 MB is read, and judged", async () => {
    const padded = JSON.stringify({ ...valid, description: "" });
    const body = padded.replace('"description":""', `"description":"${"d".repeat(MB10 - Buffer.byteLength(padded))}"`);
    expect(Buffer.byteLength(body)).toBe(MB10);
    expectAnswer(await send(body), 400, "VALIDATION_ERROR", /\/description must NOT have more than/);
  });
});

describe("over-long request heads (16 KB)", () => {
  it("a 64 KB header: 431", async () => {
    const { answers, closed } = await rawExchange(run.mock.port, (write) =>
      write(`POST /update-flow HTTP/1.1\r\nhost: x\r\nx-big: ${"a".repeat(64 * 1024)}\r\ncontent-length: 2\r\n\r\n{}`),
    );
    expect(closed).toBe(true);
    expectAnswer(answers[0], 431, "REQUEST_HEADER_FIELDS_TOO_LARGE", /larger than 16384 bytes/);
  });

  it("a 64 KB header sent by fetch: 431", async () => {
    expectAnswer(await post(run.mock.baseUrl, { headers: { ...json, "x-big": "a".repeat(64 * 1024) }, body: "{}" }), 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
  });

  it("a 20 KB URL: 431", async () => {
    const { answers } = await rawExchange(run.mock.port, (write) => write(`GET /update-flow?${"q".repeat(20 * 1024)} HTTP/1.1\r\nhost: x\r\n\r\n`));
    expectAnswer(answers[0], 431, "REQUEST_HEADER_FIELDS_TOO_LARGE");
  });
});

describe("slow clients", () => {
  // A mock of their own with short time limits, so that these take a second, not a minute (and
  // the other cases, a burst among them, keep the default limits on a busy machine).
  let slow: RunningMock;
  beforeAll(async () => {
    slow = await startMock({ headersTimeoutMs: 300, requestTimeoutMs: 600, quiet: true });
  });
  afterAll(async () => {
    await slow?.stop();
  });
  afterEach(async () => {
    expectAnswer(await post(slow.baseUrl, { headers: json, body: JSON.stringify(valid) }), 200, undefined);
  });

  it("a head that never ends: 408 once the head's time is up", async () => {
    const { answers, closed, ms } = await rawExchange(slow.port, (write) => write("POST /update-flow HTTP/1.1\r\nhost: x\r\n"));
    expect(closed).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(3_000);
    expectAnswer(answers[0], 408, "REQUEST_TIMEOUT", /time limit \(300 ms for its head, 600 ms in all\)/);
  });

  it("a body that never ends: 408 once the request's time is up", async () => {
    const { answers, closed, ms } = await rawExchange(slow.port, (write) =>
      write('POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"flowName":'),
    );
    expect(closed).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(550);
    expect(ms).toBeLessThan(3_000);
    expectAnswer(answers[0], 408, "REQUEST_TIMEOUT");
  });

  it("a connection that never sends a byte: 408", async () => {
    const { answers, closed } = await rawExchange(slow.port, () => {});
    expect(closed).toBe(true);
    expectAnswer(answers[0], 408, "REQUEST_TIMEOUT");
  });
});

describe("odd content types", () => {
  it.each([
    ["application/json;", 200, undefined],
    ["application/json; charset=utf-8", 200, undefined],
    ['application/json; charset="UTF-8"', 200, undefined],
    ["application/json; charset=utf-16", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["application/json; charset=iso-8859-1", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["application/json-patch+json", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["application/merge-patch+json", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["text/plain", 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["multipart/form-data; boundary=x", 415, "UNSUPPORTED_MEDIA_TYPE"],
  ])("%s: %i", async (type, status, code) => {
    expectAnswer(await send(JSON.stringify(valid), { ...json, "content-type": type }), status, code);
  });

  it("none: 415", async () => {
    expectAnswer(await send(new TextEncoder().encode(JSON.stringify(valid)), { authorization: json.authorization }), 415, "UNSUPPORTED_MEDIA_TYPE", /no Content-Type/);
  });
});

describe("JSON that is not an object", () => {
  it.each([
    ["null", "null"],
    ["[]", "an array"],
    ["1", "a number"],
    ['"x"', "a string"],
    ["true", "a boolean"],
    [JSON.stringify([valid]), "an array"],
  ])("%s: 400 naming it %s, never empty", async (body, kind) => {
    const answer = await send(body);
    expectAnswer(answer, 400, "VALIDATION_ERROR", new RegExp(`^The request body is ${kind}, not an object`));
    expect(messageOf(answer)).not.toMatch(/empty/);
  });
});

describe("bodies that are not UTF-8 JSON", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(utf8(p)) : Buffer.from(p))));

  it.each([
    ["a stray 0xFF", bytes('{"flowName":"a', [0xff], '"}')],
    ["a lone surrogate (CESU-8)", bytes('{"flowName":"a', [0xed, 0xa0, 0x80], '"}')],
    ["an overlong /", bytes('{"flowName":"a', [0xc0, 0xaf], '"}')],
    ["a sequence cut short at the end", bytes('{"flowName":"a"}', [0xe2, 0x82])],
    ["UTF-16", Buffer.from('{"flowName":"a"}', "utf16le")],
  ])("%s: 400", async (_name, body) => {
    expectAnswer(await send(body), 400, "VALIDATION_ERROR", /not valid UTF-8|not valid JSON/);
  });

  it("a member named __proto__ is a member like any other", async () => {
    const answer = await send(`{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`);
    expectAnswer(answer, 400, "VALIDATION_ERROR", /\/__proto__ is not a member/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("not HTTP at all: 400, and the connection closed", async () => {
    const { answers, closed } = await rawExchange(run.mock.port, (write) => write("\x00\x01\x02 hello\r\n\r\n"));
    expect(closed).toBe(true);
    expectAnswer(answers[0], 400, "VALIDATION_ERROR", /not valid HTTP\/1\.1/);
  });

  it("Content-Length and Transfer-Encoding together (request smuggling): 400", async () => {
    const { answers } = await rawExchange(run.mock.port, (write) =>
      write("POST /update-flow HTTP/1.1\r\nhost: x\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n"),
    );
    expectAnswer(answers[0], 400, "VALIDATION_ERROR", /not valid HTTP\/1\.1/);
  });
});

describe("a client that hangs up mid-body", () => {
  it("is logged as gone, and costs the mock nothing else", async () => {
    run.logged.length = 0;
    const client = request(`${run.mock.baseUrl}/update-flow`, { method: "POST", headers: { ...json, "content-length": "1000" } });
    client.on("error", () => {});
    client.write('{"flowName":"abc", "description": "');
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.destroy();
    await expect.poll(() => run.logged.find((entry) => entry.note === "client hung up")).toMatchObject({ method: "POST", path: "/update-flow", status: undefined });
  });
});

describe("a burst of 200 concurrent requests", () => {
  it("gets 200 answers, each the right one", async () => {
    const kinds = [
      { body: JSON.stringify(valid), status: 200, code: undefined },
      { body: JSON.stringify({ ...valid, flowName: "has a space" }), status: 400, code: "VALIDATION_ERROR" },
      { body: "{bad", status: 400, code: "VALIDATION_ERROR" },
      { body: JSON.stringify({ ...valid, flowName: "no-such-flow" }), status: 404, code: "RESOURCE_NOT_FOUND" },
    ];
    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const kind = kinds[i % kinds.length]!;
        return { kind, answer: await send(kind.body) };
      }),
    );
    for (const { kind, answer } of answers) expectAnswer(answer, kind.status, kind.code);
    expect(new Set(answers.map(({ answer }) => answer.headers["x-amzn-requestid"])).size).toBe(200);
  });
});

describe("an engine that fails", () => {
  let failing: RunningMock;
  let fail: "throw" | "reject" | "left" | "problem" | undefined;
  const failures: RequestLog[] = [];

  beforeAll(async () => {
    const doc = readSpec(bundledSpecPath);
    // Through the engine's own seam: the Prism instance answers a Left once when asked to.
    const engine = await createEngine(doc, {
      prism: (real): PrismLike => ({
        request: (...args) => {
          if (fail === "left") return () => Promise.resolve({ _tag: "Left", left: new Error("boom (a Left)") });
          if (fail === "problem") {
            const problem = Object.assign(new Error("too complex"), { name: "https://stoplight.io/prism/errors#SCHEMA_TOO_COMPLEX", status: 500 });
            return () => Promise.resolve({ _tag: "Left", left: problem });
          }
          return real.request(...args);
        },
      }),
    });
    // And around it: an engine that throws, or whose promise rejects.
    const wrapped: Engine = {
      operations: engine.operations,
      request: (input, preferences) => {
        if (fail === "throw") throw new Error("boom (thrown)");
        if (fail === "reject") return Promise.reject(new Error("boom (rejected)"));
        return engine.request(input, preferences);
      },
    };
    failing = await listenMock(wrapped, { log: (_line, entry) => failures.push(entry) });
  });
  afterAll(async () => {
    await failing?.stop();
  });

  it.each(["throw", "reject", "left", "problem"] as const)("(%s) gives that caller the 500 envelope, logs why, and answers the next request", async (mode) => {
    fail = mode;
    const answer = await post(failing.baseUrl, { headers: json, body: JSON.stringify(valid) });
    fail = undefined;
    expectAnswer(answer, 500, "INTERNAL_SERVER_ERROR");
    expect(failures.at(-1)).toMatchObject({ status: 500, code: "INTERNAL_SERVER_ERROR", note: expect.stringMatching(/^engine failed: /) });
    const next = await post(failing.baseUrl, { headers: json, body: JSON.stringify(valid) });
    expectAnswer(next, 200, undefined);
  });
});

describe("Expect headers", () => {
  it("Expect: 100-continue for a body over the limit: 413 without 100 Continue", async () => {
    const { answers } = await rawExchange(run.mock.port, (write) =>
      write(`POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\nexpect: 100-continue\r\ncontent-length: ${11 * 1024 * 1024}\r\n\r\n`),
    );
    expect(answers.map((a) => a.status)).toEqual([413]);
    expectAnswer(answers[0], 413, "PAYLOAD_TOO_LARGE");
  });

  it("Expect: 100-continue for a body it takes: 100 Continue, then the answer", async () => {
    const body = JSON.stringify(valid);
    const { answers } = await rawExchange(run.mock.port, async (write) => {
      write(
        `POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\nexpect: 100-continue\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      write(body);
    });
    expect(answers.map((a) => a.status)).toEqual([100, 200]);
    expectAnswer(answers[1], 200, undefined);
  });

  it("another expectation: answered as if it were not there, never 417", async () => {
    const body = JSON.stringify(valid);
    const { answers } = await rawExchange(run.mock.port, (write) =>
      write(
        `POST /update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\nexpect: something-else\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      ),
    );
    expectAnswer(answers[0], 200, undefined);
  });
});

describe("methods and targets", () => {
  it.each(["GET", "PUT", "PATCH", "DELETE"])("%s /update-flow: 405 with Allow", async (method) => {
    const answer = await answerOf(await fetch(`${run.mock.baseUrl}/update-flow`, { method, headers: json, body: method === "GET" ? undefined : "{}" }));
    expectAnswer(answer, 405, "METHOD_NOT_ALLOWED");
    expect(answer.headers.allow).toBe("POST");
  });

  it("an absolute-form target is routed by its path", async () => {
    const { answers } = await rawExchange(run.mock.port, (write) =>
      write(`POST http://elsewhere.example/update-flow HTTP/1.1\r\nhost: x\r\nauthorization: x\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}`),
    );
    expectAnswer(answers[0], 400, "VALIDATION_ERROR", /is required/);
  });

  it("a path with odd characters: 404", async () => {
    expectAnswer(await post(run.mock.baseUrl, { path: "/%2e%2e/%00/update-flow", headers: json, body: "{}" }), 404, "UNKNOWN_OPERATION");
  });
});
