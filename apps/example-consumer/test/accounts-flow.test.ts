// The app against a real Prism mock of the contract.
import { createUpdateFlowClient, type UpdateFlowClient } from "@appflow-contract/client";
import { useMock } from "@appflow-contract/test-support";
import { beforeAll, describe, expect, it } from "vitest";
import { accountsFlowRequest, syncAccountsFlow, type AccountsFlowSettings } from "../src/accounts-flow.js";

const settings: AccountsFlowSettings = {
  flowName: "salesforce-accounts-to-s3",
  salesforceProfile: "my-salesforce-profile",
  bucketName: "my-appflow-exports",
  fields: ["Id", "Name", "Industry"],
  startAt: new Date("2026-01-01T00:00:00Z"),
};

const mock = useMock();
let client: UpdateFlowClient;
beforeAll(() => {
  client = createUpdateFlowClient({
    baseUrl: mock().baseUrl,
    headers: { Authorization: "AWS4-HMAC-SHA256 example" },
    retry: { baseDelayMs: 10 },
    validateResponses: true,
  });
});

describe("the accounts flow", () => {
  it("is a request with one Map task per field, timestamps in epoch seconds", () => {
    const request = accountsFlowRequest(settings);
    expect(request.tasks.map((t) => t.taskType)).toEqual(["Filter", "Map", "Map", "Map"]);
    expect(request.triggerConfig.triggerProperties?.Scheduled).toMatchObject({ scheduleStartTime: 1767225600 });
  });

  it("is updated on the mock", async () => {
    await expect(syncAccountsFlow(client, settings)).resolves.toMatchObject({ action: "done", flowId: expect.any(String) });
  });

  it("asks for a configuration fix when the flow does not exist (404)", async () => {
    const notFound = createUpdateFlowClient({
      baseUrl: mock().baseUrl,
      headers: { Authorization: "AWS4-HMAC-SHA256 example", Prefer: "code=404" },
    });
    await expect(syncAccountsFlow(notFound, settings)).resolves.toMatchObject({
      action: "fix-configuration",
      code: "RESOURCE_NOT_FOUND",
    });
  });

  it("asks to retry later after the client's own retries of a 500", async () => {
    const failing = createUpdateFlowClient({
      baseUrl: mock().baseUrl,
      headers: { Authorization: "AWS4-HMAC-SHA256 example", Prefer: "code=500" },
      retry: { baseDelayMs: 10 },
    });
    await expect(syncAccountsFlow(failing, settings)).resolves.toMatchObject({ action: "retry-later", code: "INTERNAL_SERVER_ERROR" });
  });

  it("is refused locally, naming the member, when the configured flow name is invalid", async () => {
    const outcome = await syncAccountsFlow(client, { ...settings, flowName: "accounts to s3" });
    expect(outcome).toMatchObject({ action: "fix-configuration", code: "VALIDATION_ERROR" });
    expect(outcome.action === "fix-configuration" && outcome.detail).toContain("flowName must match pattern");
  });
});
