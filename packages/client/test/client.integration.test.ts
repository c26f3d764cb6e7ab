// Against a real Prism process serving the bundled contract (apps/mock's startMock()).
import { startMock, type RunningMock } from "@appflow-contract/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractViolationError, createUpdateFlowClient, type Middleware, type UpdateFlowClientOptions } from "../src/index.js";
import { exampleRequest } from "./test-fixtures.js";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
}, 60_000);
afterAll(async () => {
  await mock?.stop();
});

/** The escape hatch at work: a middleware that signs (here: stamps) each request and records it. */
function recorder() {
  const sent: Array<{ clientToken?: string; authorization: string | null }> = [];
  const middleware: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/appflow/aws4_request");
      const body = (await request.clone().json()) as { clientToken?: string };
      sent.push({ clientToken: body.clientToken, authorization: request.headers.get("Authorization") });
    },
  };
  return { sent, middleware };
}

function client(options: Partial<UpdateFlowClientOptions> = {}) {
  const record = recorder();
  const c = createUpdateFlowClient({ baseUrl: mock.baseUrl, retry: { baseDelayMs: 10 }, ...options });
  c.raw.use(record.middleware);
  return { client: c, sent: record.sent };
}

describe("against the Prism mock", () => {
  it.each(["on-demand-salesforce-to-s3", "scheduled-s3-to-redshift"])(
    "sends the spec's example %s and gets the success envelope, response checked against the full schema",
    async (name) => {
      const { client: c, sent } = client({ validateResponses: true });
      const result = await c.updateFlow(exampleRequest(name));
      expect(result.success).toBe(true);
      if (result.success) expect(result.data.id).toEqual(expect.any(String));
      expect(sent).toHaveLength(1);
      expect(sent[0]?.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it("is answered 403 without an Authorization header: a documented failure, not an exception", async () => {
    const c = createUpdateFlowClient({ baseUrl: mock.baseUrl });
    const result = await c.updateFlow(exampleRequest());
    expect(result).toMatchObject({ success: false, error: { code: "MISSING_AUTHENTICATION_TOKEN" } });
  });

  it("passes Authorization given as a client header", async () => {
    const c = createUpdateFlowClient({ baseUrl: mock.baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 test" } });
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({ success: true });
  });

  it("sees a middleware added with raw.use() after calls without one", async () => {
    const c = createUpdateFlowClient({ baseUrl: mock.baseUrl });
    // Without middleware the call takes the plain path: no Authorization, so a documented 403.
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({ success: false, error: { code: "MISSING_AUTHENTICATION_TOKEN" } });
    const { middleware, sent } = recorder();
    c.raw.use(middleware);
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({ success: true });
    expect(sent).toHaveLength(1);
  });

  it("retries a 500 three times with one clientToken, then resolves to INTERNAL_SERVER_ERROR", async () => {
    const { client: c, sent } = client();
    const result = await c.updateFlow(exampleRequest(), { headers: { Prefer: "code=500" } });
    expect(result).toMatchObject({ success: false, error: { code: "INTERNAL_SERVER_ERROR" } });
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.clientToken)).size).toBe(1);
  });

  it.each([
    [402, "SERVICE_QUOTA_EXCEEDED"],
    [403, "ACCESS_DENIED"],
    [404, "RESOURCE_NOT_FOUND"],
    [409, "CONFLICT"],
  ])("sends a %i once and resolves to %s", async (status, code) => {
    const { client: c, sent } = client({ validateResponses: true });
    const result = await c.updateFlow(exampleRequest("on-demand-salesforce-to-s3", true), {
      headers: { Prefer: `code=${status}` },
    });
    expect(result).toMatchObject({ success: false, error: { code } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.clientToken).toBe(exampleRequest("on-demand-salesforce-to-s3", true).clientToken);
  });

  it("refuses an invalid request before it reaches the server", async () => {
    const { client: c, sent } = client();
    const result = await c.updateFlow({ ...exampleRequest(), flowName: "has a space" });
    expect(result).toMatchObject({ success: false, error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName" }] } });
    expect(sent).toHaveLength(0);
  });

  it("with validation off, lets the server refuse it: 400 VALIDATION_ERROR, not retried", async () => {
    const { client: c, sent } = client({ validateRequests: false });
    const result = await c.updateFlow({ ...exampleRequest(), flowName: "has a space" });
    // The server's envelope has the same shape as a pre-flight refusal: the member and the rule.
    expect(result).toMatchObject({
      success: false,
      error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName", rule: "pattern" }] },
    });
    expect(sent).toHaveLength(1);
  });

  it("resolves malformed JSON to the mock's documented 400 envelope", async () => {
    const { client: c } = client();
    // A middleware that breaks the body on its way out.
    c.raw.use({ onRequest: ({ request }) => new Request(request, { body: "{not json" }) });
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({
      success: false,
      error: { code: "VALIDATION_ERROR" },
    });
  });

  it("throws a ContractViolationError for bare Prism's own malformed-JSON answer, which is outside the envelope", async () => {
    const bare = await startMock({ errorEnvelopes: false });
    try {
      const c = createUpdateFlowClient({ baseUrl: bare.baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 test" } });
      c.raw.use({ onRequest: ({ request }) => new Request(request, { body: "{not json" }) });
      const error = await c.updateFlow(exampleRequest()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContractViolationError);
      expect(error).toMatchObject({ reason: "unexpected-shape", status: 400 });
      expect((error as ContractViolationError).body).toContain("invalid_json");
    } finally {
      await bare.stop();
    }
  });
});
