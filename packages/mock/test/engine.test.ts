// The engine's own decisions, without a server: reading the spec, which of Prism's Lefts are the
// request's fault (a refusal the server words) and which are Prism failing (thrown, a 500), and
// how a request's `Prefer` becomes mock options. hostile.test.ts and mock.test.ts run the same
// engine behind the server.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledSpecPath } from "@appflow-contract/spec";
import type { IHttpRequest } from "@stoplight/prism-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine, type PrismLike, preferencesOf, readSpec } from "../src/engine.js";
import { json, valid } from "./contract.js";

describe("readSpec", () => {
  const dir = mkdtempSync(join(tmpdir(), "mock-engine-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("reads a bundled OpenAPI document in JSON", () => {
    expect(readSpec(bundledSpecPath)).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./), paths: { "/update-flow": expect.any(Object) } });
  });

  it("names the file and why, when it cannot be read or is not JSON", () => {
    const missing = join(dir, "missing.json");
    expect(() => readSpec(missing)).toThrow(
      new RegExp(`^The mock serves a bundled OpenAPI document in JSON \\(e\\.g\\. spec/dist/openapi\\.json\\); could not read ${missing}: ENOENT`),
    );
    const yaml = file("spec.yaml", "openapi: 3.1.0\n");
    let thrown: unknown;
    try {
      readSpec(yaml);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(new RegExp(`could not read ${yaml}: Unexpected token`));
    // The parser's error stays at hand for whoever logs the whole chain.
    expect((thrown as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it("refuses JSON that is no OpenAPI document", () => {
    for (const text of ["null", "[]", '"openapi"', '{"swagger": "2.0"}']) {
      const path = file("other.json", text);
      expect(() => readSpec(path), text).toThrow(
        `The mock serves a bundled OpenAPI document in JSON (e.g. spec/dist/openapi.json); ${path} is JSON but no OpenAPI document`,
      );
    }
  });
});

describe("createEngine", () => {
  it("refuses a document that declares no operation", async () => {
    await expect(createEngine({ openapi: "3.1.0", info: { title: "none", version: "1" }, paths: {} })).rejects.toThrow("The mock's spec declares no operation");
  });
});

describe("the engine's answers and refusals", () => {
  /** What the Prism instance answers next: its own answer (undefined), or this Left. */
  let left: unknown;
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine(readSpec(bundledSpecPath), {
      prism: (real): PrismLike => ({
        request: (...args) => (left === undefined ? real.request(...args) : () => Promise.resolve({ _tag: "Left", left })),
      }),
    });
  });
  const input = (over: Partial<IHttpRequest> = {}): IHttpRequest => ({ method: "post", url: { path: "/update-flow" }, headers: { ...json }, body: valid, ...over });
  const problem = (type: string, status: number | undefined, fields: { detail?: string; message?: string } = {}) =>
    Object.assign(new Error(fields.message), { name: `https://stoplight.io/prism/errors#${type}`, status, detail: fields.detail });
  const ask = (result: unknown) => {
    left = result;
    return engine.request(input(), {}).finally(() => {
      left = undefined;
    });
  };

  it("answers a valid request with Prism's answer and no violations", async () => {
    const result = await engine.request(input(), {});
    expect(result).toMatchObject({ kind: "answer", output: { statusCode: 200 }, violations: [] });
  });

  it("lists the violations of an invalid request beside the answer", async () => {
    const result = await engine.request(input({ body: { flowName: "x" } }), {});
    expect(result.kind).toBe("answer");
    expect(result.kind === "answer" && result.violations.map((v) => v.code)).toContain("required");
  });

  it("refuses with Prism's own refusal: the router's, the negotiator's", async () => {
    expect(await engine.request(input({ url: { path: "/nowhere" } }), {})).toMatchObject({ kind: "refused", type: "NO_PATH_MATCHED_ERROR", status: 404 });
    expect(await engine.request(input(), { code: 299 } as never)).toMatchObject({ kind: "refused", type: "NOT_FOUND", status: 404, detail: expect.stringContaining("299") });
  });

  it("takes a problem of a client status as a refusal: its type, status and detail (or message)", async () => {
    expect(await ask(problem("NO_METHOD_MATCHED_ERROR", 405, { detail: "no such method", message: "ignored" }))).toEqual({
      kind: "refused",
      type: "NO_METHOD_MATCHED_ERROR",
      status: 405,
      detail: "no such method",
    });
    expect(await ask(problem("UNPROCESSABLE_ENTITY", 422, { message: "the message" }))).toEqual({ kind: "refused", type: "UNPROCESSABLE_ENTITY", status: 422, detail: "the message" });
    expect(await ask(problem("NOT_FOUND", 499, { message: "" }))).toEqual({ kind: "refused", type: "NOT_FOUND", status: 499, detail: "" });
  });

  it("takes anything else as Prism failing: a 5xx problem, a problem without status, another error, no error at all", async () => {
    const tooComplex = problem("SCHEMA_TOO_COMPLEX", 500, { detail: "too complex" });
    await expect(ask(tooComplex)).rejects.toBe(tooComplex);
    const noStatus = problem("NOT_FOUND", undefined, { detail: "?" });
    await expect(ask(noStatus)).rejects.toBe(noStatus);
    // A status does not make an error Prism's problem: its name does (the type's URL first).
    const plain = Object.assign(new Error("boom"), { status: 400 });
    await expect(ask(plain)).rejects.toBe(plain);
    const named = Object.assign(new Error("boom"), { name: "Error https://stoplight.io/prism/errors#NOT_FOUND", status: 404 });
    await expect(ask(named)).rejects.toBe(named);
    await expect(ask("a string")).rejects.toThrow("Prism failed: a string");
  });

  it("unwraps the NOT_FOUND the negotiator wraps in a plain Error, all of its detail", async () => {
    const message = "https://stoplight.io/prism/errors#NOT_FOUND: Requested status code 299 is not defined.\nWe tried default response, but it is not defined.";
    expect(await ask(new Error(message))).toEqual({
      kind: "refused",
      type: "NOT_FOUND",
      status: 404,
      detail: "Requested status code 299 is not defined.\nWe tried default response, but it is not defined.",
    });
    const elsewhere = new Error(`Prism said: ${message}`);
    await expect(ask(elsewhere)).rejects.toBe(elsewhere);
  });
});

describe("preferencesOf", () => {
  const of = (headers: Record<string, string>, query?: Record<string, string>) => preferencesOf({ headers, url: { path: "/update-flow", ...(query ? { query } : {}) } });

  it("reads Prefer as mock options, and only what it names", () => {
    // Strict: an option the request did not ask for is absent, not undefined (Prism's defaults stay).
    expect(of({ prefer: "code=409, example=conflict" })).toStrictEqual({ ok: true, preferences: { code: 409, exampleKey: "conflict" } });
    expect(of({})).toStrictEqual({ ok: true, preferences: {} });
  });

  it("reads the query's __code without a Prefer header", () => {
    expect(of({}, { __code: "404" })).toStrictEqual({ ok: true, preferences: { code: 404 } });
  });

  it("refuses what Prism cannot read, in Prism's words", () => {
    const refused = of({ prefer: "code=abc" });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.detail).toMatch(/code/);
  });
});
