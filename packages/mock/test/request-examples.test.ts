import { requestExamples as namedRequestExamples } from "@appflow-contract/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../src/index.js";

/** The named request examples of `POST /update-flow` in the bundled spec. */
const requestExamples = (): [string, unknown][] =>
  Object.entries(namedRequestExamples()).map(([name, example]) => [name, example.value]);

const post = (mock: RunningMock, body: unknown) =>
  fetch(`${mock.baseUrl}/update-flow`, {
    method: "POST",
    // Prism answers 401 without it; the mock does not check the signature.
    headers: { "content-type": "application/json", authorization: "AWS4-HMAC-SHA256 Credential=test" },
    body: JSON.stringify(body),
  });

describe("Prism serves every named request example of the spec", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ quiet: true });
  }, 60_000);
  afterAll(async () => {
    await mock?.stop();
  });

  const examples = requestExamples();
  it("has examples to send", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  for (const [name, value] of examples) {
    it(`answers 200 with a success envelope for ${name}`, async () => {
      const response = await post(mock, value);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ success: true });
    });
  }

  it("rejects a request that breaks a rule of the model", async () => {
    const [, first] = examples[0]!;
    const response = await post(mock, { ...(first as object), flowName: "has a space" });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; violations: { path: string }[] } };
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.violations.map((v) => v.path)).toEqual(["/flowName"]);
  });
});
