import { describe, expect, it } from "vitest";
import { canonicalJson, flowData, TOKEN_TTL_MS, TokenStore } from "../src/flows.js";
import { schemaErrors } from "./contract.js";

describe("flowData", () => {
  it("is the same for the same flow, another for another, and a valid success", () => {
    const a = flowData("salesforce-accounts-to-s3");
    expect(flowData("salesforce-accounts-to-s3")).toEqual(a);
    expect(a).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), created_at: expect.stringMatching(/^20(2[0-4])-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), flowStatus: "Active" });
    expect(flowData("other-flow").id).not.toBe(a.id);
    expect(schemaErrors(200, { success: true, data: a })).toEqual([]);
  });
});

describe("canonicalJson", () => {
  it("orders members by name at every level, keeps arrays in order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe("TokenStore", () => {
  it("tells a new token, the same update again, and a conflicting one", () => {
    const store = new TokenStore(() => 0);
    expect(store.check("t", "{}")).toEqual({ kind: "new" });
    store.remember("t", "{}", "answer");
    expect(store.check("t", "{}")).toEqual({ kind: "same", payload: "answer" });
    expect(store.check("t", '{"a":1}')).toEqual({ kind: "conflict", firstUsedAt: 0 });
  });

  it("remembers a token for 8 hours, not a millisecond more", () => {
    let now = 1_000;
    const store = new TokenStore(() => now);
    store.remember("t", "{}", "answer");
    now += TOKEN_TTL_MS;
    expect(store.check("t", "other").kind).toBe("conflict");
    now += 1;
    expect(store.check("t", "other").kind).toBe("new");
    expect(store.size).toBe(0);
  });

  it("remembers at most its capacity, forgetting the oldest first", () => {
    const store = new TokenStore(() => 0, 3);
    for (const token of ["a", "b", "c", "d", "e"]) store.remember(token, "{}", token);
    expect(store.size).toBe(3);
    expect(["a", "b", "c", "d", "e"].map((t) => store.check(t, "{}").kind)).toEqual(["new", "new", "same", "same", "same"]);
  });

  it("stays bounded at its default capacity", () => {
    const store = new TokenStore(() => 0);
    for (let i = 0; i < 25_000; i++) store.remember(`token-${i}`, "{}", "x");
    expect(store.size).toBe(10_000);
    expect(store.check("token-24999", "{}").kind).toBe("same");
    expect(store.check("token-14999", "{}").kind).toBe("new");
  });
});
