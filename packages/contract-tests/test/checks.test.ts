import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadBundledSpec } from "@appflow-contract/spec";
import { errorCodesByStatus } from "@appflow-contract/spec/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildCases,
  type Case,
  changeOneMember,
  checkConformance,
  checkGeneratedRequests,
  describeProblem,
  type Finding,
  formatFindings,
  judge,
  onFlow,
  runCase,
  type Scenario,
  validateRequestExamples,
} from "../src/checks.js";
import { compileContract, loadContract, type Contract, type Schema } from "../src/contract.js";
import type { Exchange } from "../src/http.js";
import { generateMutations } from "../src/mutations.js";

// The checks without Prism: answers built by hand, and a small in-process server where a case
// has to be sent.

const real = loadContract();

/** An answer as `send` returns it. */
const answer = (status: number, body: unknown, contentType: string | null = "application/json"): Exchange => ({
  probe: {},
  sent: { method: "POST", url: "http://127.0.0.1:1/update-flow", headers: {}, redacted: [] },
  status,
  contentType,
  headers: new Headers(),
  text: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
  json: typeof body === "string" ? undefined : body,
});
const success = { success: true, data: { id: "abc123", created_at: "2025-01-01T00:00:00Z" } };
const failure = (code: string, extra: Record<string, unknown> = {}) => ({ success: false, error: { code, message: "Something is wrong.", ...extra } });
const sentences = (contract: Contract, exchange: Exchange) => checkConformance(contract, exchange).map(describeProblem);

/**
 * The bundled document (its real responses) with a small request schema: quick to mutate, and
 * with members the checks treat specially (`flowName`, `clientToken`, an optional `description`).
 */
function smallContract(request: Schema = SMALL_REQUEST, example: unknown = SMALL_EXAMPLE): Contract {
  const doc = loadBundledSpec() as unknown as Schema & { paths: Record<string, { post: Schema }> };
  const post = doc.paths["/update-flow"]!.post;
  post.requestBody = { content: { "application/json": { schema: request } } };
  return compileContract(doc, "/update-flow", "post", { codesByStatus: errorCodesByStatus, requestExamples: [{ name: "small", value: example }] });
}
const SMALL_REQUEST: Schema = {
  type: "object",
  additionalProperties: false,
  required: ["flowName", "clientToken"],
  properties: {
    flowName: { type: "string", minLength: 1, maxLength: 16 },
    description: { type: "string", maxLength: 32 },
    clientToken: { type: "string", minLength: 1, maxLength: 64 },
    note: { type: "string", pattern: ".*" },
  },
};
const SMALL_EXAMPLE = { flowName: "my-flow", description: "first", clientToken: "token-1" };

describe("describeProblem and formatFindings", () => {
  const finding = (i: number): Finding => ({ check: "invalid requests", label: `case ${i}`, expected: "status 400", got: "status 200" });

  it("says what came back, then what the contract says", () => {
    expect(describeProblem({ expected: "status 400", got: "status 200" })).toBe("status 200, expected status 400");
  });

  it("writes a line per finding, at most `limit`, and counts the rest", () => {
    expect(formatFindings([finding(1), finding(2)])).toBe("- [invalid requests] case 1: status 200, expected status 400\n- [invalid requests] case 2: status 200, expected status 400");
    expect(formatFindings([finding(1), finding(2), finding(3)], 2).split("\n")).toEqual([
      "- [invalid requests] case 1: status 200, expected status 400",
      "- [invalid requests] case 2: status 200, expected status 400",
      "... and 1 more",
    ]);
    const forty = Array.from({ length: 40 }, (_, i) => finding(i));
    expect(formatFindings(forty).split("\n")).toHaveLength(40);
    expect(formatFindings([...forty, finding(40)]).split("\n").at(-1)).toBe("... and 1 more");
    expect(formatFindings([])).toBe("");
  });
});

describe("checkConformance", () => {
  it("accepts a documented answer, whatever the case of the media type and its parameters", () => {
    expect(sentences(real, answer(200, success))).toEqual([]);
    expect(sentences(real, answer(200, success, "Application/JSON; charset=utf-8"))).toEqual([]);
    expect(sentences(real, answer(404, failure("RESOURCE_NOT_FOUND")))).toEqual([]);
  });

  it("refuses a status the contract does not document, naming the documented ones", () => {
    expect(sentences(real, answer(302, success))).toEqual([
      "status 302, expected a documented status (200, 400, 401, 402, 403, 404, 405, 408, 409, 413, 415, 429, 431, 500, 503)",
    ]);
  });

  it("refuses a content type not documented for the status, or none", () => {
    expect(sentences(real, answer(200, success, "text/html"))).toEqual(['content type "text/html", expected a content type documented for 200 (application/json)']);
    expect(sentences(real, answer(400, failure("VALIDATION_ERROR"), null))).toEqual(["content type null, expected a content type documented for 400 (application/json)"]);
  });

  it("refuses a body that is not JSON, quoting its start", () => {
    const page = `<html>${"x".repeat(100)}</html>`;
    const [problem] = sentences(real, answer(500, page));
    expect(problem).toMatch(/^a body that is not JSON: "<html>x+…", expected a JSON 500 body$/);
    expect(problem).not.toContain("</html>");
  });

  it("refuses a body the status's schema refuses, and success inconsistent with the status", () => {
    expect(sentences(real, answer(200, { success: true, data: { id: "abc123" } }))).toEqual([
      "/data must have required property 'created_at', expected a body valid for the 200 schema",
    ]);
    expect(sentences(real, answer(200, { ...failure("VALIDATION_ERROR") }))).toEqual([
      expect.stringMatching(/, expected a body valid for the 200 schema$/),
      "success false, expected success true with status 200",
    ]);
    expect(sentences(real, answer(400, { ...failure("VALIDATION_ERROR"), success: "false" }))).toEqual([
      expect.stringMatching(/, expected a body valid for the 400 schema$/),
      'success "false", expected success false with status 400',
    ]);
  });

  it("reads a null body as a body without success or error", () => {
    expect(sentences(real, answer(200, null))).toEqual(["(body) must be object, expected a body valid for the 200 schema", "success undefined, expected success true with status 200"]);
    expect(sentences(real, answer(404, null))).toEqual([expect.stringMatching(/, expected a body valid for the 404 schema$/), "success undefined, expected success false with status 404"]);
    expect(judge(real, answer(500, null), { status: 400 })[0]).toEqual({ expected: "status 400", got: "status 500" });
    expect(judge(real, answer(404, null), { status: 404, code: "RESOURCE_NOT_FOUND" })).toHaveLength(2);
  });

  it("reports a code of another status once (not also as the schema's enum), beside the body's other problems", () => {
    expect(sentences(real, answer(404, failure("ACCESS_DENIED", { extra: 1 })))).toEqual([
      "/error must NOT have additional properties, expected a body valid for the 404 schema",
      "error code ACCESS_DENIED, expected a code documented for 404 (RESOURCE_NOT_FOUND, UNKNOWN_OPERATION)",
    ]);
    // A code that is not a string is the schema's problem alone.
    expect(sentences(real, answer(404, failure(5 as unknown as string)))).toEqual([expect.stringMatching(/^\/error\/code must be string; .*, expected a body valid for the 404 schema$/)]);
  });

  it("looks a status up as itself, then as its class (4XX), then as default", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "classes", version: "1" },
      paths: {
        "/x": {
          post: {
            requestBody: { content: { "application/json": { schema: { type: "object" } } } },
            responses: {
              "200": { description: "ok", content: { "application/json": { schema: { type: "object", required: ["success", "one"], properties: { success: { type: "boolean" }, one: { type: "integer" } } } } } },
              "2XX": { description: "ok", content: { "application/json": { schema: { type: "object", required: ["success", "two"], properties: { success: { type: "boolean" }, two: { type: "integer" } } } } } },
              "3XX": { description: "elsewhere", content: { "application/json": { schema: { type: "object" } } } },
              "4XX": { description: "client", content: { "application/problem+json": { schema: { type: "object" } } } },
              default: { description: "other", content: { "text/plain": { schema: { type: "string" } } } },
            },
          },
        },
      },
    };
    const classes = compileContract(doc, "/x", "post");
    expect(sentences(classes, answer(200, { success: true, one: 1 }))).toEqual([]);
    expect(sentences(classes, answer(299, { success: true, two: 2 }))).toEqual([]);
    expect(sentences(classes, answer(299, { success: true, one: 1 }))).toEqual(["(body) must have required property 'two', expected a body valid for the 299 schema"]);
    expect(sentences(classes, answer(418, { success: false }, "application/problem+json"))).toEqual([]);
    expect(sentences(classes, answer(418, { success: false }))).toEqual(['content type "application/json", expected a content type documented for 418 (application/problem+json)']);
    expect(sentences(classes, answer(502, { success: true }))).toEqual(['content type "application/json", expected a content type documented for 502 (text/plain)']);
    // 2xx is success, anything else is not.
    expect(sentences(classes, answer(418, { success: true }, "application/problem+json"))).toEqual(["success true, expected success false with status 418"]);
    expect(sentences(classes, answer(299, { success: false, two: 2 }))).toEqual(["success false, expected success true with status 299"]);
    expect(sentences(classes, answer(300, { success: false }))).toEqual([]);
    expect(sentences(classes, answer(300, { success: true }))).toEqual(["success true, expected success false with status 300"]);
  });
});

describe("judge", () => {
  it("puts a wrong status first, with the code that came with it, before the answer's own problems", () => {
    expect(judge(real, answer(200, success), { status: 400, code: "VALIDATION_ERROR" })).toEqual([{ expected: "status 400 VALIDATION_ERROR", got: "status 200" }]);
    expect(judge(real, answer(500, failure("INTERNAL_SERVER_ERROR")), { status: 200 })).toEqual([{ expected: "status 200", got: "status 500 INTERNAL_SERVER_ERROR" }]);
    expect(judge(real, answer(500, "<html>oops</html>"), { status: 400, code: "VALIDATION_ERROR" }).map(describeProblem)).toEqual([
      "status 500, expected status 400 VALIDATION_ERROR",
      'a body that is not JSON: "<html>oops</html>", expected a JSON 500 body',
    ]);
  });

  it("catches a wrong code that the status documents (CONNECTOR_SERVER_ERROR for an invalid request)", () => {
    expect(judge(real, answer(400, failure("CONNECTOR_SERVER_ERROR")), { status: 400, code: "VALIDATION_ERROR" })).toEqual([
      { expected: "error code VALIDATION_ERROR", got: "error code CONNECTOR_SERVER_ERROR" },
    ]);
    expect(judge(real, answer(404, failure("RESOURCE_NOT_FOUND")), { status: 404, code: "UNKNOWN_OPERATION" }).map(describeProblem)).toEqual([
      "error code RESOURCE_NOT_FOUND, expected error code UNKNOWN_OPERATION",
    ]);
    expect(judge(real, answer(400, failure("VALIDATION_ERROR")), { status: 400, code: "VALIDATION_ERROR" })).toEqual([]);
    // No code expected: any code the status documents will do.
    expect(judge(real, answer(400, failure("CONNECTOR_SERVER_ERROR")), { status: 400 })).toEqual([]);
    expect(judge(real, answer(200, success), { status: 200 })).toEqual([]);
  });

  it("reports a non-conforming answer once, not also as a wrong code", () => {
    const noMessage = { success: false, error: { code: "CONNECTOR_SERVER_ERROR" } };
    expect(judge(real, answer(400, noMessage), { status: 400, code: "VALIDATION_ERROR" }).map(describeProblem)).toEqual([
      "/error must have required property 'message', expected a body valid for the 400 schema",
    ]);
  });
});

/** A server in this process: `handle` answers each request, `requests` records what came. */
function useServer(handle: (request: { method: string; url: string; headers: IncomingMessage["headers"]; body: string; json: unknown }, response: ServerResponse) => void) {
  const requests: { method: string; url: string; headers: IncomingMessage["headers"]; body: string; json: unknown }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body, json };
      requests.push(request);
      handle(request, res);
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    requests,
    target: () => ({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
  };
}
const reply = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

describe("runCase", () => {
  let next: { status: number; body: unknown } = { status: 200, body: success };
  const server = useServer((_req, res) => reply(res, next.status, next.body));
  const probe = { json: { flowName: "my-flow", clientToken: "kept-token" } };
  const base: Case = { check: "invalid requests", label: "a case", probe, expect: { status: 400, code: "VALIDATION_ERROR" } };

  it("returns no finding for the expected answer", async () => {
    next = { status: 400, body: failure("VALIDATION_ERROR") };
    expect(await runCase(real, server.target(), base)).toEqual([]);
  });

  it("turns each problem into a finding about the case, with the request that was sent", async () => {
    next = { status: 200, body: success };
    const findings = await runCase(real, server.target(), { ...base, member: "/flowName", rule: "pattern" });
    expect(findings).toEqual([
      {
        check: "invalid requests",
        label: "a case",
        member: "/flowName",
        rule: "pattern",
        expected: "status 400 VALIDATION_ERROR",
        got: "status 200",
        request: expect.objectContaining({ method: "POST", url: `${server.target().baseUrl}/update-flow`, body: JSON.stringify(probe.json) }),
      },
    ]);
    // The body is a member too (""); a case about no member or rule says nothing of them.
    const [body] = await runCase(real, server.target(), { ...base, member: "" });
    expect(body).toHaveProperty("member", "");
    expect(body).not.toHaveProperty("rule");
    const [plain] = await runCase(real, server.target(), base);
    expect(Object.keys(plain!).sort()).toEqual(["check", "expected", "got", "label", "request"]);
  });

  it("sends the probe as it is, or with a fresh clientToken when the case asks for one", async () => {
    next = { status: 400, body: failure("VALIDATION_ERROR") };
    const from = server.requests.length;
    await runCase(real, server.target(), base);
    await runCase(real, server.target(), { ...base, freshToken: true });
    await runCase(real, server.target(), { ...base, freshToken: true });
    const [asIs, fresh, again] = server.requests.slice(from).map((r) => r.json as Record<string, unknown>);
    expect(asIs).toEqual(probe.json);
    expect(fresh).toEqual({ flowName: "my-flow", clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(again!.clientToken).not.toBe(fresh!.clientToken);
    // Nothing to refresh: a body without a string token, or no object at all, goes as it is.
    for (const json of [{ flowName: "x" }, { clientToken: 7 }, ["a"], null, "text"]) {
      await runCase(real, server.target(), { ...base, probe: { json }, freshToken: true });
      expect(server.requests.at(-1)!.json).toEqual(json);
    }
  });

  it("runs the case's further checks on a conforming answer only", async () => {
    const also = (exchange: Exchange) => [{ expected: "more", got: `status ${exchange.status} seen` }];
    next = { status: 400, body: failure("VALIDATION_ERROR") };
    expect((await runCase(real, server.target(), { ...base, also })).map(describeProblem)).toEqual(["status 400 seen, expected more"]);
    next = { status: 200, body: success };
    expect((await runCase(real, server.target(), { ...base, also })).map(describeProblem)).toEqual(["status 200, expected status 400 VALIDATION_ERROR"]);
  });

  it("makes no answer a finding, with what was asked", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const findings = await runCase(real, { baseUrl: `http://127.0.0.1:${port}` }, { ...base, member: "/flowName" });
    expect(findings).toEqual([
      {
        check: "invalid requests",
        label: "a case",
        member: "/flowName",
        expected: "an answer within the time limit",
        got: "no answer: ECONNREFUSED",
        request: expect.objectContaining({ url: `http://127.0.0.1:${port}/update-flow` }),
      },
    ]);
  });

  it("lets a scenario send its own requests", async () => {
    const seen: unknown[] = [];
    const scenario: Scenario = {
      check: "idempotency",
      label: "a scenario",
      run: async (contract, target) => {
        seen.push(contract, target);
        return [{ check: "idempotency", label: "a scenario", expected: "x", got: "y" }];
      },
    };
    const target = server.target();
    expect(await runCase(real, target, scenario)).toEqual([{ check: "idempotency", label: "a scenario", expected: "x", got: "y" }]);
    expect(seen).toEqual([real, target]);
  });
});

// Built inside each test, never while vitest collects: Stryker activates a mutant for the tests only.
const small = smallContract();
const group = (check: string, options?: Parameters<typeof buildCases>[1]) => buildCases(small, options).find((g) => g.check === check)!;

describe("buildCases", () => {

  it("groups the cases by check, in the order the suite runs them; only documented errors need the mock", () => {
    const groups = buildCases(small);
    expect(groups.map((g) => [g.check, g.mockOnly])).toEqual([
      ["request examples", false],
      ["invalid requests", false],
      ["protocol errors", false],
      ["idempotency", false],
      ["missing flow", false],
      ["documented errors", true],
    ]);
    // The titles are what the report prints for each check.
    expect(groups.map((g) => g.title)).toEqual([
      "named request examples: accepted with 200 and the success envelope",
      `generated invalid requests (${group("invalid requests").cases.length}): 400 and VALIDATION_ERROR`,
      "malformed, unsigned and misrouted requests: their documented error",
      "clientToken: the same update is answered the same, another update with the same token is refused",
      "a flow the server does not have: 404 RESOURCE_NOT_FOUND",
      "documented error statuses (Prefer: code=N): that status's error envelope",
    ]);
    expect(group("request examples").cases).toEqual([{ check: "request examples", label: "example small", probe: { json: SMALL_EXAMPLE }, expect: { status: 200 }, freshToken: true }]);
    expect(groups.filter((g) => g.skip !== undefined).map((g) => g.check)).toEqual(["missing flow"]);
    for (const g of groups.filter((g) => g.check !== "invalid requests")) expect(g.notes, g.check).toEqual([]);
  });

  it("makes every mutation a case: 400 VALIDATION_ERROR, labelled by member, rule and change, counted by rule", () => {
    const { mutations, unmutated } = generateMutations(small);
    const invalid = group("invalid requests");
    expect(invalid.title).toBe(`generated invalid requests (${mutations.length}): 400 and VALIDATION_ERROR`);
    expect(invalid.cases).toHaveLength(mutations.length);
    const cases = invalid.cases as Case[];
    expect(cases.map((c) => c.label)).toEqual(mutations.map((m) => `${m.path || "(body)"} breaks ${m.rule} (${m.change})`));
    expect(cases[0]!.label).toMatch(/^\(body\) breaks type /);
    for (const [i, c] of cases.entries()) {
      expect(c).toMatchObject({ check: "invalid requests", member: mutations[i]!.path, rule: mutations[i]!.rule, probe: { json: mutations[i]!.request }, expect: { status: 400, code: "VALIDATION_ERROR" } });
    }
    // Each carries a fresh token, except a mutation of the token itself.
    expect(cases.filter((c) => !c.freshToken).map((c) => c.member)).toEqual(cases.filter((c) => c.member === "/clientToken").map(() => "/clientToken"));
    expect(cases.some((c) => c.member === "/clientToken")).toBe(true);
    const byRule = new Map<string, number>();
    for (const m of mutations) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
    expect(invalid.notes).toEqual([
      `${mutations.length} mutations generated from the request schema, by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ")}`,
      ...unmutated.map((u) => `not mutated: ${u.path} ${u.rule} (${u.reason})`),
    ]);
    expect(invalid.notes[0]).toMatch(/^\d+ mutations generated from the request schema, by rule: type \d+, required 2, additionalProperties 1, /);
    expect(invalid.notes).toContain("not mutated: /note pattern (no string within the length bounds breaks .*)");
  });

  it("clips a long change in a label", () => {
    const long = smallContract(SMALL_REQUEST, { ...SMALL_EXAMPLE, flowName: "f".repeat(16), description: "d".repeat(32) });
    const labels = (buildCases(long).find((g) => g.check === "invalid requests")!.cases as Case[]).map((c) => c.label);
    expect(labels).toContain(`/description breaks maxLength (length 33 (max 32))`);
    for (const label of labels) expect(label.length, label).toBeLessThan(140);
  });

  it("samples the invalid requests evenly when asked for fewer", () => {
    const all = group("invalid requests").cases as Case[];
    const three = group("invalid requests", { mutations: 3 });
    const step = all.length / 3;
    expect((three.cases as Case[]).map((c) => c.label)).toEqual([0, 1, 2].map((i) => all[Math.floor(i * step)]!.label));
    expect(three.title).toBe("generated invalid requests (3): 400 and VALIDATION_ERROR");
    expect(three.notes[0]).toMatch(/^3 mutations generated/);
    for (const more of [all.length, all.length + 5, 0]) {
      expect(group("invalid requests", { mutations: more }).cases, String(more)).toHaveLength(all.length);
    }
  });

  it("checks the violations an error envelope lists, when it lists them", () => {
    const c = (group("invalid requests").cases as Case[]).find((x) => x.member === "/flowName" && x.rule === "maxLength")!;
    const violations = (list: unknown) => answer(400, failure("VALIDATION_ERROR", list === undefined ? {} : { violations: list }));
    expect(c.also!(violations(undefined))).toEqual([]);
    expect(c.also!(violations([{ path: "/flowName", rule: "maxLength", message: "too long" }]))).toEqual([]);
    expect(c.also!(violations([{ path: "/other", rule: "type" }, { path: "/flowName", rule: "maxLength" }]))).toEqual([]);
    expect(c.also!(violations([{ path: "/flowName", rule: "pattern" }, { path: "/description", rule: "maxLength" }]))).toEqual([
      { expected: "error.violations naming /flowName maxLength", got: 'error.violations [{"path":"/flowName","rule":"pattern"},{"path":"/description","rule":"maxLength"}]' },
    ]);
    const many = Array.from({ length: 20 }, () => ({ path: "/x", rule: "type" }));
    expect(c.also!(violations(many))[0]!.got.length).toBeLessThanOrEqual("error.violations ".length + 201);
  });

  it("asks for each protocol error with the one code meant for it", () => {
    const protocol = group("protocol errors");
    expect(protocol.title).toBe("malformed, unsigned and misrouted requests: their documented error");
    const valid = SMALL_EXAMPLE;
    // Strict: a header set to undefined is one the request must not carry.
    expect(protocol.cases).toStrictEqual([
      { check: "protocol errors", label: "malformed JSON", probe: { raw: '{"flowName": ' }, expect: { status: 400, code: "VALIDATION_ERROR" } },
      { check: "protocol errors", label: "empty body", probe: {}, expect: { status: 400, code: "VALIDATION_ERROR" } },
      { check: "protocol errors", label: "a JSON array as body", probe: { json: [valid] }, expect: { status: 400, code: "VALIDATION_ERROR" } },
      {
        check: "protocol errors",
        label: "Content-Type text/plain",
        probe: { raw: JSON.stringify(valid), headers: { "content-type": "text/plain" } },
        expect: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
      },
      {
        check: "protocol errors",
        label: "no Content-Type",
        probe: { raw: JSON.stringify(valid), headers: { "content-type": undefined } },
        expect: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
      },
      {
        check: "protocol errors",
        label: "no Authorization",
        probe: { json: valid, headers: { authorization: undefined }, unsigned: true },
        expect: { status: 403, code: "MISSING_AUTHENTICATION_TOKEN" },
        freshToken: true,
      },
      { check: "protocol errors", label: "unknown path", probe: { json: valid, path: "/update-flow-unknown" }, expect: { status: 404, code: "UNKNOWN_OPERATION" } },
      { check: "protocol errors", label: "GET instead of POST", probe: { method: "GET" }, expect: { status: 405, code: "METHOD_NOT_ALLOWED" } },
    ]);
  });

  it("skips the missing flow, saying why, unless a flow is named as missing; then expects 404 RESOURCE_NOT_FOUND for it", () => {
    expect(group("missing flow")).toEqual({
      check: "missing flow",
      title: "a flow the server does not have: 404 RESOURCE_NOT_FOUND",
      cases: [],
      notes: [],
      mockOnly: false,
      skip: "no flow named as missing: give --missing-flow NAME (or CONTRACT_MISSING_FLOW), a flowName your server does not have, to check its 404",
    });
    const named = group("missing flow", { missingFlow: "gone-flow" });
    expect(named).not.toHaveProperty("skip");
    expect(named.cases).toEqual([
      {
        check: "missing flow",
        label: "a flow the server does not have: 404 RESOURCE_NOT_FOUND",
        member: "/flowName",
        probe: { json: { ...SMALL_EXAMPLE, flowName: "gone-flow", clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/) } },
        expect: { status: 404, code: "RESOURCE_NOT_FOUND" },
        freshToken: true,
      },
    ]);
    expect(() => buildCases(small, { missingFlow: "f".repeat(17) })).toThrow(
      `the missing flow's name "${"f".repeat(17)}" is not a valid flowName: /flowName must NOT have more than 16 characters`,
    );
  });

  it("asks for every documented error status and example with Prefer, expecting its status and the example's code", () => {
    const documented = group("documented errors");
    const expected = [...small.responses.values()]
      .filter((r) => Number(r.status) >= 400)
      .flatMap((r) => r.examples.map((e) => ({ status: Number(r.status), name: e.name, code: (e.value as { error: { code: string } }).error.code })));
    expect(expected.length).toBeGreaterThan(14);
    expect(documented.cases).toEqual(
      expected.map(({ status, name, code }) => ({
        check: "documented errors",
        label: `Prefer: code=${status}, example=${name}`,
        probe: { json: SMALL_EXAMPLE, headers: { prefer: `code=${status}, example=${name}` } },
        expect: { status, code },
      })),
    );
    expect(documented.cases).toContainEqual(expect.objectContaining({ expect: { status: 409, code: "CONFLICT" } }));
  });

  it("names the idempotency scenarios after the member the conflicting request changes", () => {
    expect(group("idempotency").cases.map((c) => [c.label, c.member])).toEqual([
      ["the same clientToken and body twice: 200 both times, the same data", undefined],
      ["the same clientToken with /description changed: 409 CONFLICT", "/description"],
    ]);
  });

  it("needs a named request example that is an object", () => {
    for (const example of [null, ["x"], "x"]) expect(() => buildCases({ ...small, requestExamples: [{ name: "odd", value: example }] }), JSON.stringify(example)).toThrow("the spec has no named request example to start from");
    const noExample = { ...small, requestExamples: [] };
    expect(() => buildCases(noExample)).toThrow("the request has no named example to start from");
  });
});

describe("onFlow and buildCases with a flow the server has (--flow)", () => {
  it("names the flow in a request body that names one, and leaves anything else as it is", () => {
    expect(onFlow({ flowName: "a", x: 1 }, "mine")).toEqual({ flowName: "mine", x: 1 });
    const request = { flowName: "a" };
    expect(onFlow(request, undefined)).toBe(request);
    for (const other of [null, "flowName", 3, ["flowName"], { name: "a" }]) expect(onFlow(other, "mine"), JSON.stringify(other)).toEqual(other);
    // A copy: the example it came from keeps its own name.
    onFlow(request, "mine");
    expect(request).toEqual({ flowName: "a" });
  });

  it("makes every request meant to reach a flow name that flow, and keeps a broken flowName broken", () => {
    const withFlow = (check: string) => buildCases(small, { existingFlow: "their-flow" }).find((g) => g.check === check)!;
    expect((withFlow("request examples").cases as Case[]).map((c) => c.probe.json)).toEqual([{ ...SMALL_EXAMPLE, flowName: "their-flow" }]);
    const invalid = withFlow("invalid requests").cases as Case[];
    const plain = group("invalid requests").cases as Case[];
    expect(invalid).toHaveLength(plain.length);
    for (const [i, c] of invalid.entries()) {
      const json = c.probe.json as Record<string, unknown>;
      if (c.member === "/flowName") expect(json, c.label).toEqual(plain[i]!.probe.json);
      else if (json !== null && typeof json === "object" && !Array.isArray(json) && "flowName" in json) expect(json.flowName, c.label).toBe("their-flow");
    }
    // A mutation of flowName itself is not "repaired" into the flow the server has.
    expect(invalid.filter((c) => c.member === "/flowName").map((c) => (c.probe.json as { flowName?: unknown }).flowName)).not.toContain("their-flow");
    expect(invalid.some((c) => c.member === "/flowName")).toBe(true);
    const protocol = withFlow("protocol errors").cases as Case[];
    const named = { ...SMALL_EXAMPLE, flowName: "their-flow" };
    expect(protocol.find((c) => c.label === "a JSON array as body")!.probe.json).toEqual([named]);
    expect(protocol.find((c) => c.label === "no Authorization")!.probe.json).toEqual(named);
    expect(protocol.find((c) => c.label === "unknown path")!.probe.json).toEqual(named);
    expect(JSON.parse(protocol.find((c) => c.label === "Content-Type text/plain")!.probe.raw!)).toEqual(named);
    // The missing flow stays the one named as missing.
    const missing = buildCases(small, { existingFlow: "their-flow", missingFlow: "gone-flow" }).find((g) => g.check === "missing flow")!;
    expect((missing.cases[0] as Case).probe.json).toMatchObject({ flowName: "gone-flow" });
  });

  it("refuses a flow name that is not a valid flowName, before any request", () => {
    expect(() => buildCases(small, { existingFlow: "" })).toThrow('the flow name "" (--flow) is not a valid flowName: /flowName must NOT have fewer than 1 characters');
    expect(() => buildCases(small, { existingFlow: "f".repeat(16) })).not.toThrow();
  });
});

describe("the idempotency scenarios", () => {
  const scenarios = () => group("idempotency").cases as [Scenario, Scenario];
  let mode: "honest" | "other data" | "ignores token" | "fails" = "honest";
  let serial = 0;
  const seen = new Map<string, string>();
  const server = useServer((req, res) => {
    const body = req.json as { clientToken: string };
    if (mode === "fails") return reply(res, 500, failure("INTERNAL_SERVER_ERROR"));
    const data = { id: mode === "other data" ? `flow-${serial++}` : "flow", created_at: "2025-01-01T00:00:00Z" };
    const before = seen.get(body.clientToken);
    if (mode === "honest" && before !== undefined && before !== req.body) return reply(res, 409, failure("CONFLICT"));
    seen.set(body.clientToken, req.body);
    reply(res, 200, { success: true, data });
  });

  it("pass against a provider that honours clientToken, each run with tokens of its own", async () => {
    mode = "honest";
    const [replay, conflict] = scenarios();
    expect(await runCase(small, server.target(), replay!)).toEqual([]);
    expect(await runCase(small, server.target(), conflict!)).toEqual([]);
    const [first, second, third, fourth] = server.requests.map((r) => r.json as Record<string, unknown>);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ flowName: "my-flow", description: "first" });
    expect(third!.clientToken).toBe(fourth!.clientToken);
    expect(third!.clientToken).not.toBe(first!.clientToken);
    expect(fourth).toEqual({ ...third, description: "first changed" });
  });

  it("name the flow the server has, when one is given", async () => {
    mode = "honest";
    const [replay, conflict] = buildCases(small, { existingFlow: "their-flow" }).find((g) => g.check === "idempotency")!.cases as [Scenario, Scenario];
    const from = server.requests.length;
    expect(await runCase(small, server.target(), replay)).toEqual([]);
    expect(await runCase(small, server.target(), conflict)).toEqual([]);
    expect(server.requests.slice(from).map((r) => (r.json as { flowName: string }).flowName)).toEqual(Array(4).fill("their-flow"));
  });

  it("catch a repeated update answered with other data", async () => {
    mode = "other data";
    const [replay] = scenarios();
    const [finding, ...rest] = await runCase(small, server.target(), replay!);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: "idempotency",
      label: replay!.label,
      expected: expect.stringMatching(/^the data of the first answer, \{"id":"flow-\d+"/),
      got: expect.stringMatching(/^data \{"id":"flow-\d+"/),
      detail: "the second of two identical requests",
      request: expect.objectContaining({ body: expect.any(String) }),
    });
  });

  it("catch a provider that ignores clientToken", async () => {
    mode = "ignores token";
    const [, conflict] = scenarios();
    expect(await runCase(small, server.target(), conflict!)).toEqual([
      expect.objectContaining({
        check: "idempotency",
        member: "/description",
        expected: "status 409 CONFLICT",
        got: "status 200",
        detail: "the second request: the first one's clientToken, /description changed",
      }),
    ]);
  });

  it("stop at the first answer that is already wrong", async () => {
    mode = "fails";
    const [replay, conflict] = scenarios();
    const from = server.requests.length;
    expect((await runCase(small, server.target(), replay!)).map((f) => [f.got, f.detail])).toEqual([["status 500 INTERNAL_SERVER_ERROR", undefined]]);
    expect((await runCase(small, server.target(), conflict!)).map((f) => [f.got, f.detail])).toEqual([["status 500 INTERNAL_SERVER_ERROR", "the first request, before the change"]]);
    expect(server.requests.length - from).toBe(2);
  });

  it("report the second answer of the replay when only it is wrong", async () => {
    mode = "honest";
    const [replay] = scenarios();
    let count = 0;
    const flaky = useLater(() => (count++ === 0 ? { status: 200, body: success } : { status: 503, body: failure("SERVICE_UNAVAILABLE") }));
    const findings = await runCase(small, await flaky.start(), replay!);
    await flaky.stop();
    expect(findings.map((f) => [f.got, f.detail])).toEqual([["status 503 SERVICE_UNAVAILABLE", "the second request"]]);
  });
});

/** A server started inside a test (answers from `next`). */
function useLater(next: () => { status: number; body: unknown }) {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const { status, body } = next();
      reply(res, status, body);
    });
  });
  return {
    start: async () => {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("changeOneMember", () => {
  it("changes the first top-level string member other than flowName and clientToken to another valid value", () => {
    expect(changeOneMember(small, SMALL_EXAMPLE)).toEqual({ member: "/description", request: { ...SMALL_EXAMPLE, description: "first changed" } });
    // An absent member is set.
    const { description: _, ...without } = SMALL_EXAMPLE;
    expect(changeOneMember(small, without)).toEqual({ member: "/description", request: { ...without, description: "changed" } });
  });

  it("tries other variants when the first is not valid, and skips members it cannot change", () => {
    const request: Schema = {
      type: "object",
      required: ["flowName", "clientToken"],
      properties: {
        flowName: { type: "string" },
        count: { type: "integer" },
        description: { type: "string", pattern: "^[a-z0-9-]+$", maxLength: 12 },
        clientToken: { type: "string" },
      },
    };
    const tight = smallContract(request, { flowName: "f", count: 1, description: "abc", clientToken: "t" });
    expect(changeOneMember(tight, { flowName: "f", count: 1, description: "abc", clientToken: "t" }).request).toMatchObject({ count: 1, description: "abc-changed" });
    expect(changeOneMember(tight, { flowName: "f", count: 1, description: "abcdefghijkl", clientToken: "t" }).request).toMatchObject({ description: "changed" });
    expect(changeOneMember(tight, { flowName: "f", count: 1, description: "abcdefghij", clientToken: "t" }).request).toMatchObject({ description: "abcdefghij2" });
  });

  it("never changes flowName or the token, and says so when nothing else can change", () => {
    const request: Schema = { type: "object", properties: { flowName: { type: "string" }, clientToken: { type: "string" }, count: { type: "integer" } } };
    const none = smallContract(request, { flowName: "f", clientToken: "t", count: 1 });
    expect(() => changeOneMember(none, { flowName: "f", clientToken: "t", count: 1 })).toThrow("no top-level string member of the request can be changed to another valid value");
  });
});

describe("validateRequestExamples", () => {
  it("finds nothing wrong with valid examples, and names an invalid one", () => {
    expect(validateRequestExamples(small)).toEqual([]);
    expect(validateRequestExamples(smallContract(SMALL_REQUEST, { flowName: "" }))).toEqual([
      {
        check: "request examples",
        label: "example small",
        expected: "an example valid for the spec's own request schema",
        got: "(body) must have required property 'clientToken'; /flowName must NOT have fewer than 1 characters",
      },
    ]);
  });
});

describe("checkGeneratedRequests", () => {
  let status = 200;
  const server = useServer((_req, res) => (status === 200 ? reply(res, 200, success) : reply(res, status, failure("INTERNAL_SERVER_ERROR"))));

  it("sends each generated request with a fresh token and finds nothing wrong with a provider that accepts them", async () => {
    status = 200;
    const from = server.requests.length;
    expect(await checkGeneratedRequests(small, server.target(), 5, { seed: 3 })).toEqual({ ran: 5, findings: [] });
    const sent = server.requests.slice(from).map((r) => r.json as Record<string, unknown>);
    expect(sent).toHaveLength(5);
    for (const body of sent) expect(small.validateRequest(body)).toBe(true);
    expect(new Set(sent.map((b) => b.clientToken)).size).toBe(5);
  });

  it("reports the shrunk counterexample's findings with the seed that reproduces it", async () => {
    status = 500;
    const { ran, findings } = await checkGeneratedRequests(small, server.target(), 5, { seed: 3 });
    expect(ran).toBe(1);
    expect(findings).toEqual([
      expect.objectContaining({
        check: "generated requests",
        label: "requests fast-check generates from the request schema: 200 and the success envelope",
        expected: "status 200",
        got: "status 500 INTERNAL_SERVER_ERROR",
        detail: expect.stringMatching(/^seed 3, path \S+, failed at run 1 of 5, shrunk \d+ times$/),
      }),
    ]);
  });

  it("never generates the flow named as missing", async () => {
    status = 200;
    const one: Schema = { type: "object", required: ["flowName"], properties: { flowName: { type: "string", enum: ["gone", "here"] }, clientToken: { type: "string" } } };
    const from = server.requests.length;
    await checkGeneratedRequests(smallContract(one, { flowName: "here" }), server.target(), 8, { seed: 1, missingFlow: "gone" });
    expect(server.requests.slice(from).map((r) => (r.json as { flowName: string }).flowName)).toEqual(Array(8).fill("here"));
  });

  it("names the flow the server has in every generated request, when one is given", async () => {
    status = 200;
    const from = server.requests.length;
    expect(await checkGeneratedRequests(small, server.target(), 5, { seed: 3, existingFlow: "their-flow" })).toEqual({ ran: 5, findings: [] });
    const sent = server.requests.slice(from).map((r) => r.json as { flowName: string; description?: string });
    expect(sent.map((b) => b.flowName)).toEqual(Array(5).fill("their-flow"));
  });

  it("reports a generated request that breaks the schema as the suite's own defect", async () => {
    // The arbitrary cannot know `not`; the property catches it before anything is sent.
    const odd: Schema = { type: "object", required: ["flowName"], properties: { flowName: { type: "string", enum: ["a", "b"] } }, not: { properties: { flowName: { const: "b" } } } };
    const contract = smallContract(odd, { flowName: "a" });
    const strict = { ...contract, resolve: (s: Schema) => { const r = contract.resolve(s); if ("not" in r) { const { not: _, ...rest } = r; return rest; } return r; } };
    const { findings } = await checkGeneratedRequests(strict, server.target(), 20, { seed: 1 });
    expect(findings).toEqual([
      expect.objectContaining({
        check: "generated requests",
        expected: "a request valid for the schema",
        got: expect.stringMatching(/^generated request breaks the schema: \(body\) must NOT be valid/),
        detail: expect.stringMatching(/^seed 1, /),
      }),
    ]);
  });
});
