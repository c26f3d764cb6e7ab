// clientToken as the spec describes it (info.description, "Idempotency and retries"), with a
// clock the tests move.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";
import { codeOf, contractProblems, json, post, valid } from "./contract.js";

const HOUR = 60 * 60 * 1000;
let now = Date.UTC(2026, 0, 1);
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ now: () => now, quiet: true });
});
afterAll(async () => {
  await mock?.stop();
});

const update = async (body: Record<string, unknown>) => {
  const answer = await post(mock.baseUrl, { headers: json, body: JSON.stringify(body) });
  expect(contractProblems(answer)).toEqual([]);
  return answer;
};

describe("clientToken", () => {
  it("the same token with the same parameters is the same update: the same answer", async () => {
    const first = await update({ ...valid, clientToken: "same-1" });
    expect(first.status).toBe(200);
    now += HOUR;
    const again = await update({ ...valid, clientToken: "same-1" });
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    // The same parameters in another order are the same parameters (canonical JSON).
    const reordered = Object.fromEntries(Object.entries({ ...valid, clientToken: "same-1" }).reverse());
    expect((await update(reordered)).text).toBe(first.text);
    expect(again.headers["x-amzn-requestid"]).not.toBe(first.headers["x-amzn-requestid"]);
  });

  it("the same token with other parameters is 409 CONFLICT", async () => {
    expect((await update({ ...valid, clientToken: "conflict-1" })).status).toBe(200);
    const other = await update({ ...valid, description: "another description", clientToken: "conflict-1" });
    expect([other.status, codeOf(other)]).toEqual([409, "CONFLICT"]);
    const otherFlow = await update({ ...valid, flowName: "another-flow", clientToken: "conflict-1" });
    expect([otherFlow.status, codeOf(otherFlow)]).toEqual([409, "CONFLICT"]);
  });

  it("is remembered for 8 hours: after 8 h + 1 ms the token is new again", async () => {
    expect((await update({ ...valid, clientToken: "expiry-1" })).status).toBe(200);
    now += 8 * HOUR;
    expect((await update({ ...valid, description: "changed", clientToken: "expiry-1" })).status).toBe(409);
    now += 1;
    const renewed = await update({ ...valid, description: "changed", clientToken: "expiry-1" });
    expect(renewed.status).toBe(200);
    // ... and from then on it stands for the new parameters.
    expect((await update({ ...valid, clientToken: "expiry-1" })).status).toBe(409);
  });

  it("is not remembered for an answer that was no update", async () => {
    const invalid = await update({ ...valid, flowName: "has a space", clientToken: "failed-1" });
    expect(invalid.status).toBe(400);
    const missing = await update({ ...valid, flowName: "no-such-flow", clientToken: "failed-1" });
    expect([missing.status, codeOf(missing)]).toEqual([404, "RESOURCE_NOT_FOUND"]);
    const forced = await post(mock.baseUrl, { headers: { ...json, prefer: "code=500" }, body: JSON.stringify({ ...valid, clientToken: "failed-1" }) });
    expect(forced.status).toBe(500);
    // A retry after the 500 updates the flow (once).
    expect((await update({ ...valid, clientToken: "failed-1" })).status).toBe(200);
  });

  it("a new token is a new update of the same flow: the flow's data stays the same", async () => {
    const a = await update({ ...valid, clientToken: "new-a" });
    const b = await update({ ...valid, description: "changed", clientToken: "new-b" });
    expect(b.status).toBe(200);
    expect(b.body).toEqual(a.body);
  });
});

describe("flows", () => {
  it("have the same id and created_at in every mock, and the missing flow is configurable", async () => {
    const other = await startMock({ quiet: true, missingFlowName: "gone-flow" });
    try {
      const here = await update(valid);
      const there = await post(other.baseUrl, { headers: json, body: JSON.stringify(valid) });
      expect(there.body).toEqual(here.body);
      const gone = await post(other.baseUrl, { headers: json, body: JSON.stringify({ ...valid, flowName: "gone-flow" }) });
      expect([gone.status, codeOf(gone)]).toEqual([404, "RESOURCE_NOT_FOUND"]);
      const exists = await post(other.baseUrl, { headers: json, body: JSON.stringify({ ...valid, flowName: "no-such-flow" }) });
      expect(exists.status).toBe(200);
    } finally {
      await other.stop();
    }
  });
});
