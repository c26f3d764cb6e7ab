import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBundledSpec, requestExamples } from "@appflow-contract/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toViolations } from "../src/envelope.js";
import { type RunningMock, startMock } from "../src/index.js";

const spec = loadBundledSpec();
const operation = spec.paths["/update-flow"]!.post as { responses: Record<string, { $ref?: string }> };
const valid = requestExamples(spec).onDemandSalesforceToS3!.value;
// redocly hoists the 200 example to components.examples.
const updated = spec.components.examples!.updated!.value;
const json = { authorization: "AWS4-HMAC-SHA256 Credential=test", "content-type": "application/json" };

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

async function call(init: RequestInit & { path?: string } = {}) {
  const response = await fetch(`${mock.baseUrl}${init.path ?? "/update-flow"}`, { method: "POST", ...init });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), headers: response.headers, body: JSON.parse(text) };
}

describe("the error layer in front of Prism", () => {
  it("names the member and the rule of every violation", async () => {
    const bad: Record<string, unknown> = { ...valid, flowName: "has space", unexpected: 1, triggerConfig: { triggerType: "Hourly" } };
    delete bad.tasks;
    const { status, body, headers } = await call({ headers: json, body: JSON.stringify(bad) });
    expect(status).toBe(400);
    // Prism's own diagnostics stay available to tools that read them.
    expect(headers.get("sl-violations")).toContain("flowName");
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("VALIDATION_ERROR");
    const rules = body.error.violations.map((v: { path: string; rule: string }) => `${v.path} ${v.rule}`).sort();
    expect(rules).toEqual(["/flowName pattern", "/tasks required", "/triggerConfig/triggerType enum", "/unexpected additionalProperties"]);
    expect(body.error.message).toContain("/flowName");
    expect(body.error.message).toContain("(pattern)");
  });

  it.each([
    ["malformed JSON", { headers: json, body: "{bad" }, 400, "VALIDATION_ERROR", /not valid JSON/],
    ["an empty body", { headers: json }, 400, "VALIDATION_ERROR", /body is empty/],
    ["a wrong Content-Type", { headers: { ...json, "content-type": "text/csv" }, body: "{}" }, 415, "UNSUPPORTED_MEDIA_TYPE", /text\/csv/],
    ["no Content-Type", { headers: { authorization: "x" }, body: new Uint8Array([123, 125]) }, 415, "UNSUPPORTED_MEDIA_TYPE", /no Content-Type/],
    ["no Authorization", { headers: { "content-type": "application/json" }, body: JSON.stringify(valid) }, 403, "MISSING_AUTHENTICATION_TOKEN", /Authorization header/],
    ["an unknown path", { path: "/update-flows", headers: json, body: JSON.stringify(valid) }, 404, "UNKNOWN_OPERATION", /POST \/update-flows/],
    ["another method", { method: "DELETE", headers: json }, 405, "METHOD_NOT_ALLOWED", /DELETE/],
  ])("answers %s with a documented status and the error envelope", async (_name, init, status, code, message) => {
    const answer = await call(init as RequestInit);
    expect(answer.status).toBe(status);
    expect(Object.keys(operation.responses)).toContain(String(status));
    expect(answer.type).toBe("application/json");
    expect(answer.body).toEqual({ success: false, error: { code, message: expect.stringMatching(message) } });
    if (status === 405) expect(answer.headers.get("allow")).toBe("POST");
  });

  it("passes a valid request's answer through unchanged", async () => {
    const answer = await call({ headers: json, body: JSON.stringify(valid) });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(updated);
  });

  it("keeps Prefer: code=, example= and dynamic=true working", async () => {
    const conflict = await call({ headers: { ...json, prefer: "code=409" }, body: JSON.stringify(valid) });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("CONFLICT");
    const example = await call({ headers: { ...json, prefer: "code=400, example=connectorServerError" }, body: JSON.stringify(valid) });
    expect(example.body.error.code).toBe("CONNECTOR_SERVER_ERROR");
    const dynamic = await call({ headers: { ...json, prefer: "dynamic=true" }, body: JSON.stringify(valid) });
    expect(dynamic.status).toBe(200);
    expect(dynamic.body.success).toBe(true);
    expect(dynamic.body.data.id).not.toBe("abc123");
  });
});

describe("Prefer asking for what the operation does not document", () => {
  const documented = Object.keys(operation.responses).join(", ");

  it.each([
    ["code=418", /Prefer: code=418 \(Requested status code 418 is not defined/],
    ["example=nope", /Prefer: example=nope \(.*exampleKey: nope/],
    ["code=400, example=nope", /Prefer: code=400, example=nope/],
  ])("answers Prefer: %s with the 400 envelope naming it", async (prefer, message) => {
    const answer = await call({ headers: { ...json, prefer }, body: JSON.stringify(valid) });
    expect(answer.status).toBe(400);
    expect(answer.type).toBe("application/json");
    expect(answer.body).toEqual({ success: false, error: { code: "VALIDATION_ERROR", message: expect.stringMatching(message) } });
    expect(answer.body.error.message).toContain(`POST /update-flow documents ${documented}`);
  });
});

describe("requests with very long member names", () => {
  const characters = (text: string) => Array.from(text).length;
  type Envelope = { error: { code: string; message: string; violations: { path: string; rule: string; message: string }[] } };
  const withinLimits = ({ error }: Envelope) => {
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(characters(error.message)).toBeLessThanOrEqual(2048);
    expect(error.violations.length).toBeLessThanOrEqual(100);
    for (const violation of error.violations) {
      expect(characters(violation.path)).toBeLessThanOrEqual(2048);
      expect(characters(violation.message)).toBeLessThanOrEqual(2048);
      expect(characters(violation.rule)).toBeLessThanOrEqual(64);
    }
  };

  it("get a clipped path for a 3000-character member", async () => {
    const answer = await call({ headers: json, body: JSON.stringify({ ...valid, ["x".repeat(3000)]: 1 }) });
    expect(answer.status).toBe(400);
    withinLimits(answer.body);
    expect(answer.body.error.violations).toEqual([
      { path: `/${"x".repeat(2046)}…`, rule: "additionalProperties", message: expect.any(String) },
    ]);
  });

  it("get the violations Prism could report, and word that there are more", async () => {
    // Prism cuts its sl-violations header at about 8 KB ("Too many violations! [..."): the
    // mock must not fall back to Prism's canned example, which names another member.
    const members = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`${"x".repeat(3000)}${i}`, 1]));
    const answer = await call({ headers: json, body: JSON.stringify({ ...valid, ...members }) });
    expect(answer.status).toBe(400);
    withinLimits(answer.body);
    expect(answer.body.error.violations.length).toBeGreaterThan(0);
    for (const violation of answer.body.error.violations) expect(violation.rule).toBe("additionalProperties");
    expect(answer.body.error.message).toMatch(/and more that the mock's engine did not report$/);
  });
});

/** The command lines of this process's children. */
function childProcesses(): string {
  try {
    return execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" });
  } catch (error) {
    // ps exits with 1 when there is none.
    if ((error as { status?: number }).status === 1) return "";
    throw error;
  }
}

describe("a spec the layer cannot read", () => {
  it("is refused before Prism starts, leaving no Prism behind", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mock-spec-")), "some.yaml");
    // A document Prism itself would serve, but not a bundled JSON one.
    writeFileSync(
      file,
      "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /x:\n    get:\n      responses:\n        '200': { description: ok }\n",
    );
    const failure = await startMock({ spec: file }).then(
      async (mock) => {
        await mock.stop();
        return undefined;
      },
      (error: Error) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(childProcesses()).not.toContain(file);
    expect(failure?.message).toMatch(/bundled OpenAPI document in JSON.*some\.yaml/);
  });
});

describe("toViolations", () => {
  it("points at the missing member and drops Prism's prefix", () => {
    expect(
      toViolations([
        { location: ["request", "body", "triggerConfig"], code: "required", message: "Request body property triggerConfig must have required property 'triggerType'" },
        { location: ["request", "body", "a/b"], code: "maxLength", message: "Request body property a/b must NOT have more than 2 characters" },
        { location: ["request"], code: 415, message: "Supported content types: application/json" },
      ]),
    ).toEqual([
      { path: "/triggerConfig/triggerType", rule: "required", message: "is required" },
      { path: "/a~1b", rule: "maxLength", message: "must NOT have more than 2 characters" },
    ]);
  });
});

describe("when Prism is gone", () => {
  it("answers with the error envelope instead of hanging", async () => {
    const orphan = await startMock();
    try {
      process.kill(orphan.pid, "SIGKILL");
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await fetch(`${orphan.baseUrl}/update-flow`, {
        method: "POST",
        headers: json,
        body: JSON.stringify(valid),
        signal: AbortSignal.timeout(5_000),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        success: false,
        error: { code: "INTERNAL_SERVER_ERROR", message: expect.stringMatching(/Prism\) did not answer/) },
      });
    } finally {
      await orphan.stop();
    }
  });
});
