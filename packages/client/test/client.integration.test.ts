// Against a real Prism process serving the bundled contract (the mock's startMock(), through
// test-support's useMock()).
import { useMock } from "@appflow-contract/test-support";
import { describe, expect, it } from "vitest";
import { ContractViolationError, createUpdateFlowClient, type UpdateFlowClientOptions } from "../src/index.js";
import { exampleNames, exampleRequest } from "./test-fixtures.js";

const mock = useMock();
const signature = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/appflow/aws4_request";

/** The documented hook at work: a custom fetch that signs (here: stamps) each request and records it. */
function signingFetch(send: (request: Request) => Promise<Response> = (request) => fetch(request)) {
  const sent: Array<{ clientToken?: string; authorization: string | null }> = [];
  const sign = async (request: Request) => {
    request.headers.set("Authorization", signature);
    const body = (await request.clone().json()) as { clientToken?: string };
    sent.push({ clientToken: body.clientToken, authorization: request.headers.get("Authorization") });
    return send(request);
  };
  return { sent, sign };
}

function client(options: Partial<UpdateFlowClientOptions> = {}) {
  const { sent, sign } = signingFetch();
  return { client: createUpdateFlowClient({ baseUrl: mock().baseUrl, fetch: sign, retry: { baseDelayMs: 10 }, ...options }), sent };
}

/** A custom fetch that breaks the body on its way out. */
const malformed = (request: Request) => fetch(new Request(request, { body: "{not json" }));

describe("against the Prism mock", () => {
  it("has the request examples this suite sends", () => {
    expect(exampleNames).toEqual(expect.arrayContaining(["onDemandSalesforceToS3", "scheduledS3ToRedshift"]));
  });

  it.each(exampleNames)("sends the spec's example %s and gets the success envelope, response checked against the full schema", async (name) => {
    const { client: c, sent } = client({ validateResponses: true });
    const result = await c.updateFlow(exampleRequest(name));
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.id).toEqual(expect.any(String));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.clientToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is answered 403 without an Authorization header: a documented failure, not an exception", async () => {
    const c = createUpdateFlowClient({ baseUrl: mock().baseUrl });
    const result = await c.updateFlow(exampleRequest());
    expect(result).toMatchObject({ success: false, error: { code: "MISSING_AUTHENTICATION_TOKEN" } });
  });

  it("passes Authorization given as a client header", async () => {
    const c = createUpdateFlowClient({ baseUrl: mock().baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 test" } });
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({ success: true });
  });

  it("retries a 500 three times with one clientToken, then resolves to INTERNAL_SERVER_ERROR", async () => {
    const { client: c, sent } = client();
    const result = await c.updateFlow(exampleRequest(), { headers: { Prefer: "code=500" } });
    expect(result).toMatchObject({ success: false, error: { code: "INTERNAL_SERVER_ERROR" } });
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.clientToken)).size).toBe(1);
  });

  it.each([
    [429, "THROTTLING"],
    [503, "SERVICE_UNAVAILABLE"],
  ])("retries a %i three times with one clientToken, then resolves to %s, checked against the full schema", async (status, code) => {
    // A short cap, whatever Retry-After the mock sends.
    const { client: c, sent } = client({ validateResponses: true, retry: { baseDelayMs: 10, maxDelayMs: 20 } });
    const result = await c.updateFlow(exampleRequest(), { headers: { Prefer: `code=${status}` } });
    expect(result).toMatchObject({ success: false, error: { code } });
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
    const result = await c.updateFlow(exampleRequest("onDemandSalesforceToS3", true), {
      headers: { Prefer: `code=${status}` },
    });
    expect(result).toMatchObject({ success: false, error: { code } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.clientToken).toBe(exampleRequest("onDemandSalesforceToS3", true).clientToken);
  });

  it("refuses an invalid request before it reaches the server", async () => {
    const { client: c, sent } = client();
    const result = await c.updateFlow({ ...exampleRequest(), flowName: "has a space" });
    expect(result).toMatchObject({ success: false, error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName" }] } });
    expect(sent).toHaveLength(0);
  });

  it("with validation off, lets the server refuse it: 400 VALIDATION_ERROR, not retried", async () => {
    const { client: c, sent } = client({ validateRequests: false, validateResponses: true });
    const result = await c.updateFlow({ ...exampleRequest(), flowName: "has a space" });
    // The server's envelope has the same shape as a pre-flight refusal: the member and the rule.
    expect(result).toMatchObject({
      success: false,
      error: { code: "VALIDATION_ERROR", violations: [{ path: "/flowName", rule: "pattern" }] },
    });
    expect(sent).toHaveLength(1);
  });

  it("resolves malformed JSON to the mock's documented 400 envelope", async () => {
    const { sign } = signingFetch(malformed);
    const c = createUpdateFlowClient({ baseUrl: mock().baseUrl, fetch: sign, validateResponses: true });
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject({ success: false, error: { code: "VALIDATION_ERROR" } });
  });
});

describe("raw, against the Prism mock", () => {
  it("sends a request made by hand with the client's headers to baseUrl + path", async () => {
    // Without the header the mock answers 403 MISSING_AUTHENTICATION_TOKEN, at another path 404.
    const c = createUpdateFlowClient({ baseUrl: `${mock().baseUrl}/`, headers: { Authorization: "AWS4-HMAC-SHA256 test" } });
    const { data, error, response } = await c.raw.POST("/update-flow", { body: exampleRequest("onDemandSalesforceToS3", true) });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${mock().baseUrl}/update-flow`);
    expect(data).toMatchObject({ success: true, data: { id: expect.any(String) } });
  });

  it("goes through the client's custom fetch", async () => {
    const { sent, sign } = signingFetch();
    const c = createUpdateFlowClient({ baseUrl: mock().baseUrl, fetch: sign });
    const { response } = await c.raw.POST("/update-flow", { body: exampleRequest("onDemandSalesforceToS3", true) });
    expect(response.status).toBe(200);
    expect(sent).toEqual([{ clientToken: exampleRequest("onDemandSalesforceToS3", true).clientToken, authorization: signature }]);
  });
});

describe("against bare Prism (no error envelopes)", () => {
  const bare = useMock({ errorEnvelopes: false });

  it("throws a ContractViolationError for Prism's own malformed-JSON answer, which is outside the envelope", async () => {
    const c = createUpdateFlowClient({ baseUrl: bare().baseUrl, headers: { Authorization: "AWS4-HMAC-SHA256 test" }, fetch: malformed });
    const error = await c.updateFlow(exampleRequest()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractViolationError);
    expect(error).toMatchObject({ reason: "unexpected-shape", status: 400 });
    expect((error as ContractViolationError).body).toContain("invalid_json");
  });
});
