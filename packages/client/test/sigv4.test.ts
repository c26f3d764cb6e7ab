// sigv4() against a local server that signs each request it receives again with AWS's own signer
// (test/sigv4-server.ts) and refuses it, 403 ACCESS_DENIED, unless the signatures match.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUpdateFlowClient, type UpdateFlowClientOptions } from "../src/index.js";
import { sigv4 } from "../src/sigv4.js";
import { credentials, region, startSigningServer, temporaryCredentials, type SignedAnswer } from "./sigv4-server.js";
import { errorBody, exampleRequest, successBody } from "./test-fixtures.js";

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(answer?: SignedAnswer) {
  const started = await startSigningServer(answer);
  servers.push(started);
  return started;
}

function client(baseUrl: string, options: Partial<UpdateFlowClientOptions> = {}) {
  return createUpdateFlowClient({ baseUrl, retry: { baseDelayMs: 0 }, ...options });
}

const accessDenied = { success: false, error: { code: "ACCESS_DENIED" } };

describe("sigv4", () => {
  it("signs a request that AWS's signer, recomputing it with the same credentials, accepts", async () => {
    const s = await server();
    const result = await client(s.baseUrl, { middleware: [sigv4({ region, credentials })] }).updateFlow(exampleRequest());
    expect(result).toEqual(successBody);
    const [checked] = s.checked;
    expect(checked?.refused).toBeUndefined();
    expect(checked?.authorization).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/${region}/appflow/aws4_request, `));
    // host, the content type and the payload hash are covered; the body's hash is the body's.
    expect(checked?.signedHeaders).toEqual(expect.arrayContaining(["host", "content-type", "x-amz-date", "x-amz-content-sha256"]));
    expect(checked?.securityToken).toBeUndefined();
  });

  it("is refused by that server when the secret is wrong: the server really checks", async () => {
    const s = await server();
    const wrong = sigv4({ region, credentials: { ...credentials, secretAccessKey: "not-the-secret" } });
    await expect(client(s.baseUrl, { middleware: [wrong] }).updateFlow(exampleRequest())).resolves.toMatchObject(accessDenied);
    expect(s.checked[0]?.refused).toBe("signature mismatch");
  });

  it("covers the body: the same signature with other bytes is refused", async () => {
    const s = await server();
    // A transport that changes the body after signing, keeping every signed header.
    const tamper = async (request: Request) => fetch(new Request(request, { body: (await request.text()).replace("salesforce", "SALESFORCE") }));
    const c = client(s.baseUrl, { middleware: [sigv4({ region, credentials })], fetch: tamper });
    await expect(c.updateFlow(exampleRequest())).resolves.toMatchObject(accessDenied);
    expect(s.checked[0]?.refused).toBe("signature mismatch");
  });

  it("adds X-Amz-Security-Token for temporary credentials, and signs it", async () => {
    const s = await server();
    const provider = vi.fn(async () => temporaryCredentials);
    await expect(client(s.baseUrl, { middleware: [sigv4({ region, credentials: provider })] }).updateFlow(exampleRequest())).resolves.toEqual(successBody);
    expect(s.checked[0]?.refused).toBeUndefined();
    expect(s.checked[0]?.securityToken).toBe(temporaryCredentials.sessionToken);
    expect(s.checked[0]?.signedHeaders).toContain("x-amz-security-token");

    // The same keys with another token: the token is part of what is signed.
    const forged = sigv4({ region, credentials: { ...temporaryCredentials, sessionToken: "another-token" } });
    await expect(client(s.baseUrl, { middleware: [forged] }).updateFlow(exampleRequest())).resolves.toMatchObject(accessDenied);
  });

  it("signs a retry afresh: a new X-Amz-Date and signature for the same bytes and token, both accepted", async () => {
    // 503 with Retry-After: 1 on the first attempt, so that the retry is at least a second later.
    const s = await server((res, attempt) => {
      const [status, body] = attempt === 1 ? [503, errorBody("SERVICE_UNAVAILABLE")] : [200, successBody];
      res.writeHead(status, { "content-type": "application/json", "retry-after": "1" });
      res.end(JSON.stringify(body));
    });
    const provider = vi.fn(async () => temporaryCredentials);
    const signer = sigv4({ region, credentials: provider });
    const onRequest = vi.spyOn(signer, "onRequest");
    await expect(client(s.baseUrl, { middleware: [signer] }).updateFlow(exampleRequest())).resolves.toEqual(successBody);

    const [first, second] = s.checked;
    expect(s.checked.map((c) => c.refused)).toEqual([undefined, undefined]);
    expect(second!.amzDate).not.toBe(first!.amzDate);
    expect(second!.authorization).not.toBe(first!.authorization);
    expect(second!.body).toBe(first!.body);
    expect(onRequest.mock.calls.map(([context]) => (context as unknown as { attempt: number }).attempt)).toEqual([1, 2]);
    // Credentials without an expiration are asked for once.
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it("the very same middleware object signs client.raw's requests too", async () => {
    const s = await server();
    const signer = sigv4({ region, credentials });
    const c = client(s.baseUrl, { middleware: [signer] });
    c.raw.use(signer);
    const { data, response } = await c.raw.POST("/update-flow", { body: exampleRequest("onDemandSalesforceToS3", true) });
    expect(response.status).toBe(200);
    expect(data).toEqual(successBody);
    expect(s.checked[0]?.refused).toBeUndefined();
  });

  it("asks a provider again only within 5 minutes of its credentials' expiration, with one request in flight for concurrent calls", async () => {
    const s = await server();
    const minutes = (n: number) => new Date(Date.now() + n * 60_000);
    const lasting = vi.fn(async () => ({ ...temporaryCredentials, expiration: minutes(60) }));
    const c = client(s.baseUrl, { middleware: [sigv4({ region, credentials: lasting })] });
    await Promise.all([c.updateFlow(exampleRequest()), c.updateFlow(exampleRequest())]);
    await c.updateFlow(exampleRequest());
    expect(lasting).toHaveBeenCalledTimes(1);

    const expiring = vi.fn(async () => ({ ...temporaryCredentials, expiration: minutes(4) }));
    const d = client(s.baseUrl, { middleware: [sigv4({ region, credentials: expiring })] });
    await Promise.all([d.updateFlow(exampleRequest()), d.updateFlow(exampleRequest())]);
    expect(expiring).toHaveBeenCalledTimes(1);
    await d.updateFlow(exampleRequest());
    expect(expiring).toHaveBeenCalledTimes(2);
    expect(s.checked.map((checked) => checked.refused)).toEqual(Array(6).fill(undefined));
  });

  it("fails the call at once, unsent and not retried, when the provider rejects; the next call asks again", async () => {
    const s = await server();
    const provider = vi.fn().mockRejectedValueOnce(new Error("Could not load credentials from any providers")).mockResolvedValue(credentials);
    const c = client(s.baseUrl, { middleware: [sigv4({ region, credentials: provider })] });
    await expect(c.updateFlow(exampleRequest())).rejects.toThrow("Could not load credentials");
    expect(s.checked).toHaveLength(0);
    await expect(c.updateFlow(exampleRequest())).resolves.toEqual(successBody);
    expect(provider).toHaveBeenCalledTimes(2);
  });
});
