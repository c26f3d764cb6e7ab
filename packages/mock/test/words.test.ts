// The words and limits of the pure modules, at the edges mutation testing found untried
// (MUTATION.md at the root): a summary of three or fewer violations, clipping by characters
// where UTF-16 would clip, what contractError keeps of Prism's body, the media type's
// parameters, where the first bad byte is, and the token store's clock.
import { envelopeLimits } from "@appflow-contract/spec/contract";
import { describe, expect, it } from "vitest";
import { codesOfStatus, contractError, envelope, summarize, validationAnswer } from "../src/envelope.js";
import { canonicalJson, TokenStore } from "../src/flows.js";
import { decodeBody, mediaTypeProblem, nestsDeeperThan } from "../src/guards.js";
import { schemaErrors } from "./contract.js";

const violation = (path: string, rule = "type", message = "must be string") => ({ path, rule, message });

describe("summarize", () => {
  it("names up to three violations and says nothing of more when there are no more", () => {
    expect(summarize([violation("/a"), violation("", "required", "is required")])).toBe("Invalid request: /a must be string (type); (body) is required (required)");
    expect(summarize([violation("/a"), violation("/b"), violation("/c")])).toBe(
      "Invalid request: /a must be string (type); /b must be string (type); /c must be string (type)",
    );
  });

  it("counts the ones past the third, and says when the envelope lists fewer than there were", () => {
    const four = ["/a", "/b", "/c", "/d"].map((p) => violation(p));
    expect(summarize(four)).toBe("Invalid request: /a must be string (type); /b must be string (type); /c must be string (type); and 1 more");
    expect(summarize(four, 7)).toBe(
      "Invalid request: /a must be string (type); /b must be string (type); /c must be string (type); and 4 more (error.violations lists the first 4 of 7)",
    );
  });

  it("clips the named rules to fit the count in 2,048 characters", () => {
    const long = [violation(`/${"x".repeat(3000)}`), violation("/b"), violation("/c"), violation("/d")];
    const message = summarize(long, 150);
    expect(Array.from(message)).toHaveLength(envelopeLimits.message);
    expect(message).toMatch(/x…; and 147 more \(error\.violations lists the first 4 of 150\)$/);
  });
});

describe("clipping by characters", () => {
  it("keeps a message of 2,048 characters that is 4,096 UTF-16 units long", () => {
    const emoji = "😀".repeat(envelopeLimits.message);
    expect(envelope("VALIDATION_ERROR", emoji).body.error.message).toBe(emoji);
    const clipped = envelope("VALIDATION_ERROR", `${emoji}!`).body.error.message;
    expect(clipped).toBe(`${"😀".repeat(envelopeLimits.message - 1)}…`);
  });
});

describe("validationAnswer and codesOfStatus", () => {
  it("joins findings outside the body with semicolons, leaving warnings out", () => {
    const answer = validationAnswer([
      { path: ["query", "x"], code: "type", message: "x must be integer", severity: 0 },
      { path: ["header", "y"], code: "type", message: "y is a hint", severity: 2 },
      { path: ["header", "z"], code: "pattern", message: "z must match", severity: 0 },
    ]);
    expect(answer.body.error.message).toBe("Invalid request: x must be integer; z must match");
  });

  it("has no codes for a status the spec documents no error with", () => {
    expect(codesOfStatus(418)).toEqual([]);
    expect(codesOfStatus(200)).toEqual([]);
    expect(codesOfStatus(413)).toEqual(["PAYLOAD_TOO_LARGE"]);
  });
});

describe("contractError keeps of Prism's body", () => {
  it("its code when the status has it, else the status's first; a message of words only", () => {
    expect(contractError(400, { error: { code: "CONNECTOR_SERVER_ERROR", message: "  " } }, "Prefer: code=400")!.body).toEqual({
      success: false,
      error: { code: "CONNECTOR_SERVER_ERROR", message: "The mock answers 400 CONNECTOR_SERVER_ERROR as asked (Prefer: code=400)." },
    });
    expect(contractError(409, null, "the query ?__code=409")!.body.error).toEqual({
      code: "CONFLICT",
      message: "The mock answers 409 CONFLICT as asked (the query ?__code=409).",
    });
  });

  it("only violations with three strings, at most 100, each clipped; none at all leaves the member out", () => {
    const good = { path: "/a", rule: "type", message: "must be string" };
    const violations = [null, "x", { path: "/b", rule: "type" }, { ...good, message: 1 }, ...Array.from({ length: 120 }, () => good)];
    const answer = contractError(400, { error: { code: "VALIDATION_ERROR", message: "Bad.", violations } }, "Prefer: code=400")!;
    expect(answer.body.error.violations).toHaveLength(envelopeLimits.violations);
    expect(answer.body.error.violations![0]).toEqual(good);
    expect(schemaErrors(400, answer.body)).toEqual([]);
    const none = contractError(400, { error: { code: "VALIDATION_ERROR", message: "Bad.", violations: [{ path: 1 }] } }, "Prefer: code=400")!;
    expect(none.body.error).not.toHaveProperty("violations");
    const long = contractError(400, { error: { violations: [{ path: `/${"p".repeat(3000)}`, rule: "r", message: "m".repeat(3000) }] } }, "x")!;
    expect(schemaErrors(400, long.body)).toEqual([]);
  });
});

describe("the media type's parameters", () => {
  it.each([" ", "\t"])("a blank Content-Type (%j) is no Content-Type", (type) => {
    expect(mediaTypeProblem(type)).toBe("The request has no Content-Type header; send the body as application/json.");
  });

  it("reads charset whatever its case and spacing, and looks at charset only", () => {
    expect(mediaTypeProblem(" application/json ; Charset = UTF-8 ")).toBeUndefined();
    expect(mediaTypeProblem("application/json; version=2; charset=utf-8")).toBeUndefined();
    expect(mediaTypeProblem("application/json; x-charset=latin1")).toBeUndefined();
    expect(mediaTypeProblem("application/json; charset=latin1")).toBe(
      "Content-Type application/json; charset=latin1 is not supported: the body must be UTF-8 (charset=utf-8, or no charset); send it as application/json.",
    );
    expect(mediaTypeProblem('application/json; charset="latin1"')).toMatch(/must be UTF-8/);
  });
});

describe("the first bad byte", () => {
  const offset = (bytes: number[]) => {
    const decoded = decodeBody("application/json", Buffer.from(bytes), 64);
    return decoded.ok ? undefined : /offset (\d+)\)/.exec(decoded.answer.body.error.message)?.[1];
  };

  it("is found after well-formed sequences of every length", () => {
    // "é" (2 bytes), "€" (3), "😀" (4), then a byte no sequence starts with.
    expect(offset([0x22, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x80, 0x22])).toBe("10");
  });

  it("is a lead byte whose sequence is cut short, at the end too", () => {
    expect(offset([0x22, 0xe2, 0x82, 0x22])).toBe("1");
    expect(offset([0x22, 0xf0, 0x9f, 0x98])).toBe("1");
    expect(offset([0x22, 0xc3])).toBe("1");
  });

  it.each([
    ["0xc1 (an overlong lead)", [0x22, 0xc1, 0x81]],
    ["0xf5 (past U+10FFFF)", [0x22, 0xf5, 0x80, 0x80, 0x80]],
    ["0xff", [0x22, 0xff]],
  ])("is a byte that starts no sequence: %s", (_what, bytes) => {
    expect(offset(bytes)).toBe("1");
  });
});

describe("nesting", () => {
  it("is counted from the body, level 1, to the deepest member only", () => {
    expect(nestsDeeperThan({ a: [1, { b: {} }] }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(nestsDeeperThan([[], [[]]], 3)).toBe(false);
    expect(nestsDeeperThan("text", 0)).toBe(false);
  });
});

describe("canonicalJson and the token store's clock", () => {
  it("leaves out undefined members, and writes undefined as null", () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1] })).toBe("{\"a\":[null,1]}");
    expect(canonicalJson(undefined)).toBe("null");
  });

  it("remembers a token from its first use: using it again does not make it younger", () => {
    let now = 0;
    const store = new TokenStore(() => now, 10, 1_000);
    store.remember("t", "{}", "first");
    now = 900;
    expect(store.check("t", "{}")).toEqual({ kind: "same", payload: "first" });
    store.remember("u", "{}", "second");
    now = 1_001;
    expect(store.check("t", "{}").kind).toBe("new");
    expect(store.check("u", "{}").kind).toBe("same");
    expect(store.size).toBe(1);
  });

  it("counts its capacity after adding: a full store drops the oldest, never the new one", () => {
    const store = new TokenStore(() => 0, 2);
    for (const token of ["a", "b", "c"]) store.remember(token, "{}", token);
    expect(store.size).toBe(2);
    expect(["a", "b", "c"].map((t) => store.check(t, "{}").kind)).toEqual(["new", "same", "same"]);
    store.remember("b", "{}", "b again");
    store.remember("d", "{}", "d");
    expect(["b", "c", "d"].map((t) => store.check(t, "{}").kind)).toEqual(["same", "new", "same"]);
  });
});
