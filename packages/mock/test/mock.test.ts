import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { documentedStatuses, errorCodesByStatus } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { startMock } from "../src/index.js";
import { codeOf, contractProblems, json, messageOf, post, spec, useLoggedMock, valid } from "./contract.js";

const operation = spec.paths["/update-flow"]!.post as { responses: Record<string, unknown> };
const run = useLoggedMock();

const call = (init: RequestInit & { path?: string } = {}) => post(run.mock.baseUrl, init);

describe("the mock's answers", () => {
  it("names the member and the rule of every violation", async () => {
    const bad: Record<string, unknown> = { ...valid, flowName: "has space", unexpected: 1, triggerConfig: { triggerType: "Hourly" } };
    delete bad.tasks;
    const answer = await call({ headers: json, body: JSON.stringify(bad) });
    expect(answer.status).toBe(400);
    expect(contractProblems(answer)).toEqual([]);
    const error = (answer.body as { error: { code: string; message: string; violations: { path: string; rule: string }[] } }).error;
    expect(error.code).toBe("VALIDATION_ERROR");
    const rules = error.violations.map((v) => `${v.path} ${v.rule}`).sort();
    expect(rules).toEqual(["/flowName pattern", "/tasks required", "/triggerConfig/triggerType enum", "/unexpected additionalProperties"]);
    expect(error.message).toContain("/flowName");
    expect(error.message).toContain("(pattern)");
  });

  it.each([
    ["malformed JSON", { headers: json, body: "{bad" }, 400, "VALIDATION_ERROR", /not valid JSON/],
    ["an empty body", { headers: json }, 400, "VALIDATION_ERROR", /body is empty/],
    ["a wrong Content-Type", { headers: { ...json, "content-type": "text/csv" }, body: "{}" }, 415, "UNSUPPORTED_MEDIA_TYPE", /text\/csv/],
    ["no Content-Type", { headers: { authorization: "x" }, body: new Uint8Array([123, 125]) }, 415, "UNSUPPORTED_MEDIA_TYPE", /no Content-Type/],
    ["no Authorization", { headers: { "content-type": "application/json" }, body: JSON.stringify(valid) }, 403, "MISSING_AUTHENTICATION_TOKEN", /Authorization header/],
    ["no Authorization and a body that is not JSON", { headers: { "content-type": "text/plain" }, body: "x" }, 403, "MISSING_AUTHENTICATION_TOKEN", /Authorization header/],
    ["an unknown path", { path: "/update-flows", headers: json, body: JSON.stringify(valid) }, 404, "UNKNOWN_OPERATION", /POST \/update-flows/],
    ["another method", { method: "DELETE", headers: json }, 405, "METHOD_NOT_ALLOWED", /DELETE/],
    ["an OPTIONS that is no preflight", { method: "OPTIONS" }, 405, "METHOD_NOT_ALLOWED", /OPTIONS/],
    ["the flow the mock does not have", { headers: json, body: JSON.stringify({ ...valid, flowName: "no-such-flow" }) }, 404, "RESOURCE_NOT_FOUND", /No flow named no-such-flow/],
  ])("answers %s with its documented status and the error envelope", async (_name, init, status, code, message) => {
    const answer = await call(init as RequestInit);
    expect(answer.status).toBe(status);
    expect(contractProblems(answer)).toEqual([]);
    expect(answer.body).toEqual({ success: false, error: { code, message: expect.stringMatching(message) } });
    if (status === 405) expect(answer.headers.allow).toBe("POST");
  });

  it("answers a valid request with the flow's own data, in the spec's success shape", async () => {
    const answer = await call({ headers: json, body: JSON.stringify(valid) });
    expect(answer.status).toBe(200);
    expect(contractProblems(answer)).toEqual([]);
    const updated = spec.components.examples!.updated!.value as { data: Record<string, unknown> };
    const { data } = answer.body as { data: Record<string, unknown> };
    expect(Object.keys(data).sort()).toEqual(Object.keys(updated.data).sort());
    expect(data.flowStatus).toBe("Active");
    const again = await call({ headers: json, body: JSON.stringify({ ...valid, description: "changed" }) });
    expect(again.body).toEqual(answer.body);
    const other = await call({ headers: json, body: JSON.stringify({ ...valid, flowName: "another-flow" }) });
    expect((other.body as { data: { id: string } }).data.id).not.toBe(data.id);
  });

  it("keeps Prefer: code=, example= and dynamic=true working", async () => {
    const conflict = await call({ headers: { ...json, prefer: "code=409" }, body: JSON.stringify(valid) });
    expect([conflict.status, codeOf(conflict)]).toEqual([409, "CONFLICT"]);
    const example = await call({ headers: { ...json, prefer: "code=400, example=connectorServerError" }, body: JSON.stringify(valid) });
    expect([example.status, codeOf(example)]).toEqual([400, "CONNECTOR_SERVER_ERROR"]);
    const query = await call({ path: "/update-flow?__code=402", headers: json, body: JSON.stringify(valid) });
    expect([query.status, codeOf(query)]).toEqual([402, "SERVICE_QUOTA_EXCEEDED"]);
    const dynamic = await call({ headers: { ...json, prefer: "dynamic=true" }, body: JSON.stringify(valid) });
    expect(dynamic.status).toBe(200);
    expect((dynamic.body as { data: { id: string } }).data.id).not.toBe("abc123");
    for (const answer of [conflict, example, query, dynamic]) expect(contractProblems(answer)).toEqual([]);
  });

  it("keeps the headers Prism mocks for an answer, e.g. Retry-After", async () => {
    const answer = await call({ headers: { ...json, prefer: "code=429" }, body: JSON.stringify(valid) });
    expect([answer.status, codeOf(answer)]).toEqual([429, "THROTTLING"]);
    expect(answer.headers["retry-after"]).toMatch(/^\d+$/);
    expect(contractProblems(answer)).toEqual([]);
  });

  it("answers Prefer: code=500, dynamic=true with INTERNAL_SERVER_ERROR, and every documented status with one of its codes", async () => {
    for (const status of documentedStatuses) {
      const answer = await call({ headers: { ...json, prefer: `code=${status}, dynamic=true` }, body: JSON.stringify(valid) });
      expect(answer.status).toBe(status);
      expect(contractProblems(answer)).toEqual([]);
      if (status >= 400) expect(errorCodesByStatus[String(status) as keyof typeof errorCodesByStatus]).toContain(codeOf(answer));
    }
    const internal = await call({ headers: { ...json, prefer: "code=500, dynamic=true" }, body: JSON.stringify(valid) });
    expect(codeOf(internal)).toBe("INTERNAL_SERVER_ERROR");
  });

  it("carries CORS headers, and answers a browser's preflight", async () => {
    const answer = await call({ headers: { ...json, origin: "http://localhost:3000" }, body: JSON.stringify(valid) });
    expect(answer.headers["access-control-allow-origin"]).toBe("*");
    expect(answer.headers["access-control-expose-headers"]).toMatch(/x-amzn-RequestId/);
    const preflight = await fetch(`${run.mock.baseUrl}/update-flow`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:3000", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type, x-amz-date" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type, x-amz-date");
    expect(preflight.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives every answer a fresh x-amzn-RequestId", async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, () => call({ headers: json, body: JSON.stringify(valid) }).then((a) => a.headers["x-amzn-requestid"])));
    expect(new Set(ids).size).toBe(5);
  });

  it("logs one line per request: method, path, status, code, milliseconds", async () => {
    run.logged.length = 0;
    await call({ headers: json, body: "{bad" });
    await call({ headers: json, body: JSON.stringify(valid) });
    expect(run.logged).toEqual([
      { method: "POST", path: "/update-flow", status: 400, code: "VALIDATION_ERROR", ms: expect.any(Number), requestId: expect.any(String) },
      { method: "POST", path: "/update-flow", status: 200, code: undefined, ms: expect.any(Number), requestId: expect.any(String) },
    ]);
  });
});

describe("Prefer asking for what the operation does not document", () => {
  const documented = Object.keys(operation.responses).join(", ");

  it.each([
    ["code=418", /Prefer: code=418 \(Requested status code 418 is not defined/],
    ["example=nope", /Prefer: example=nope \(.*exampleKey: nope/],
    ["code=400, example=nope", /Prefer: code=400, example=nope/],
    ["code=abc", /Prefer: code=abc \(.*cannot decode "abc", should be a number/],
  ])("answers Prefer: %s with the 400 envelope naming it", async (prefer, message) => {
    const answer = await call({ headers: { ...json, prefer }, body: JSON.stringify(valid) });
    expect(answer.status).toBe(400);
    expect(contractProblems(answer)).toEqual([]);
    expect(answer.body).toEqual({ success: false, error: { code: "VALIDATION_ERROR", message: expect.stringMatching(message) } });
    expect(messageOf(answer)).toContain(`POST /update-flow documents ${documented}`);
  });
});

describe("requests with very long member names", () => {
  const characters = (text: string) => Array.from(text).length;

  it("get a clipped path for a 3000-character member", async () => {
    const answer = await call({ headers: json, body: JSON.stringify({ ...valid, ["x".repeat(3000)]: 1 }) });
    expect(answer.status).toBe(400);
    expect(contractProblems(answer)).toEqual([]);
    expect((answer.body as { error: { violations: unknown[] } }).error.violations).toEqual([
      { path: `/${"x".repeat(2046)}…`, rule: "additionalProperties", message: expect.any(String) },
    ]);
  });

  it("get every violation counted, the first 100 listed: nothing is cut short any more", async () => {
    const members = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`${"x".repeat(3000)}${i}`, 1]));
    const answer = await call({ headers: json, body: JSON.stringify({ ...valid, ...members }) });
    expect(answer.status).toBe(400);
    expect(contractProblems(answer)).toEqual([]);
    const { message, violations } = (answer.body as { error: { message: string; violations: { rule: string }[] } }).error;
    expect(violations).toHaveLength(100);
    for (const violation of violations) expect(violation.rule).toBe("additionalProperties");
    expect(characters(message)).toBeLessThanOrEqual(2048);
    expect(message).toMatch(/; and 117 more \(error\.violations lists the first 100 of 120\)$/);
  });
});

describe("a spec the mock cannot read", () => {
  it("is refused before anything starts, naming it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mock-spec-")), "some.yaml");
    // A document Prism itself would serve, but not a bundled JSON one.
    writeFileSync(
      file,
      "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    get:\n      responses:\n        '200': { description: ok }\n",
    );
    await expect(startMock({ spec: file })).rejects.toThrow(/bundled OpenAPI document in JSON.*some\.yaml/);
    await expect(startMock({ spec: file, errorEnvelopes: false })).rejects.toThrow(/bundled OpenAPI document in JSON.*some\.yaml/);
  });
});
