import { describe, expect, it } from "vitest";
import { decodeBody, kindOf, mediaTypeProblem, nestsDeeperThan } from "../src/guards.js";

describe("mediaTypeProblem", () => {
  it.each(["application/json", "application/json;", "application/json; charset=utf-8", 'application/json; charset="UTF-8"', "APPLICATION/JSON", "application/json; foo=bar"])(
    "takes %s",
    (type) => expect(mediaTypeProblem(type)).toBeUndefined(),
  );

  it.each([
    ["application/json; charset=utf-16", /must be UTF-8/],
    ["application/json;charset=iso-8859-1", /must be UTF-8/],
    ["application/json-patch+json", /application\/json-patch\+json is not supported/],
    ["application/vnd.api+json", /is not supported/],
    ["text/plain", /text\/plain is not supported/],
    ["", /no Content-Type/],
    [undefined, /no Content-Type/],
  ])("refuses %s", (type, message) => expect(mediaTypeProblem(type)).toMatch(message));
});

describe("nestsDeeperThan", () => {
  const nested = (levels: number, open: string, close: string) => JSON.parse(`${open.repeat(levels)}${close.repeat(levels)}`);

  it("counts the body itself as level 1, objects and arrays alike", () => {
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: {} }, 1)).toBe(true);
    expect(nestsDeeperThan(nested(64, "[", "]"), 64)).toBe(false);
    expect(nestsDeeperThan(nested(65, "[", "]"), 64)).toBe(true);
    expect(nestsDeeperThan({ a: [1, { b: "x" }], c: null }, 3)).toBe(false);
    expect(nestsDeeperThan(1, 0)).toBe(false);
  });

  it("walks 1,000,000 levels without recursion", () => {
    const deep = JSON.parse(`${'{"a":'.repeat(1_000_000)}1${"}".repeat(1_000_000)}`);
    expect(nestsDeeperThan(deep, 64)).toBe(true);
  });
});

describe("decodeBody", () => {
  const decode = (raw: string | Buffer, type = "application/json") => decodeBody(type, Buffer.isBuffer(raw) ? raw : Buffer.from(raw), 64);
  const refusal = (raw: string | Buffer, type?: string) => {
    const decoded = decode(raw, type);
    if (decoded.ok) throw new Error("taken");
    return [decoded.answer.status, decoded.answer.body.error.code, decoded.answer.body.error.message] as const;
  };

  it("takes a JSON object", () => {
    expect(decode('{"flowName":"a"}')).toEqual({ ok: true, body: { flowName: "a" } });
  });

  it.each([
    ["null", "null"],
    ["[]", "an array"],
    ["1", "a number"],
    ['"x"', "a string"],
    ["true", "a boolean"],
  ])("names %s for what it is, never empty", (raw, kind) => {
    const [status, code, message] = refusal(raw);
    expect([status, code]).toEqual([400, "VALIDATION_ERROR"]);
    expect(message).toBe(`The request body is ${kind}, not an object; send the UpdateFlow request as a JSON object.`);
    expect(kindOf(JSON.parse(raw))).toBe(kind);
  });

  it("refuses invalid UTF-8, naming where", () => {
    expect(refusal(Buffer.from([0x7b, 0x22, 0x61, 0xff, 0x22, 0x7d]))[2]).toMatch(/not valid UTF-8 \(first bad byte at offset 3\)/);
    // A lone surrogate (CESU-8) and an overlong "/".
    expect(refusal(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))[2]).toMatch(/offset 1\)/);
    expect(refusal(Buffer.from([0x22, 0xc0, 0xaf, 0x22]))[2]).toMatch(/offset 1\)/);
  });

  it("finds the first bad byte past well-formed sequences of every length, at each lead byte's bounds", () => {
    // Each well-formed sequence with the lowest and highest lead byte of its length, then 0xff.
    const sequences = [[0x7f], [0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0xa0, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]];
    for (const sequence of sequences) {
      const raw = Buffer.from([0x22, ...sequence, 0xff, 0x22]);
      expect(refusal(raw)[2], sequence.map((b) => b.toString(16)).join(" ")).toMatch(new RegExp(`first bad byte at offset ${1 + sequence.length}\\)`));
    }
    // Lead bytes just outside those bounds start no sequence: the bad byte is the lead itself.
    for (const lead of [0x80, 0xc1, 0xf5]) expect(refusal(Buffer.from([0x22, 0x61, lead, 0x80, 0x80, 0x80, 0x22]))[2], lead.toString(16)).toMatch(/offset 2\)/);
    // A sequence cut short by the end of the body.
    expect(refusal(Buffer.from([0x22, 0x61, 0xe2, 0x82]))[2]).toMatch(/offset 2\)/);
  });

  it("names an object for what it is too", () => {
    expect(kindOf({ a: 1 })).toBe("an object");
  });

  it("checks the media type first, then emptiness, then syntax", () => {
    expect(refusal("", "text/plain").slice(0, 2)).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    expect(refusal("")[2]).toMatch(/body is empty/);
    expect(refusal("{bad")[2]).toMatch(/^The request body is not valid JSON: /);
    expect(refusal(`${"[".repeat(20_000)}${"]".repeat(20_000)}`)[2]).toMatch(/more than 64 levels deep \(the limit is 64\)/);
  });
});
