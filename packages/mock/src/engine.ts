/**
 * Prism's engine in the mock's own process: the spec read as `prism mock` reads it, Prism's
 * router, request validator and example selection (`createInstance` of `@stoplight/prism-http`),
 * and its `Prefer` parsing (prism-http-server's own helper). What it answers arrives as data:
 * the mocked output and the request's violations (`validations.input`). Internal to the package.
 */
import { readFileSync } from "node:fs";
import {
  createInstance,
  getHttpOperationsFromSpec,
  type IHttpOperationConfig,
  type IHttpRequest,
  type IHttpResponse,
} from "@stoplight/prism-http";
// The helper prism-http-server's own handler uses; the package's index exports only createServer.
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";

/** One operation of the spec as Prism knows it (`IHttpOperation`). */
export type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** Severity of a {@link Diagnostic} that makes a request invalid (`DiagnosticSeverity.Error`). */
export const ERROR_SEVERITY = 0;

/** One finding of Prism's request validator. */
export interface Diagnostic {
  /** Where: `["body", ...member tokens as JSON Pointer tokens]`, `["header", name]`, ...; absent for the request as a whole. */
  path?: string[];
  /** The JSON Schema keyword, or an HTTP status (`401`, `415`) for a protocol check. */
  code?: string | number;
  /** Prism's sentence, e.g. "Request body property flowName must match pattern ...". */
  message: string;
  /** {@link ERROR_SEVERITY} for a violation; warnings and hints otherwise. */
  severity: number;
}

/** The mock options Prism takes per request: `Prefer`'s `code`, `exampleKey`, `dynamic`, `seed`. */
export type MockPreferences = Partial<IHttpOperationConfig>;

/** What the engine made of a request. */
export type EngineResult =
  | {
      kind: "answer";
      /** The mocked answer Prism chose (status, headers, body). */
      output: IHttpResponse;
      /** What Prism's validator found in the request (security and input). */
      violations: Diagnostic[];
    }
  | {
      kind: "refused";
      /** Prism's problem type without its URL, e.g. `NO_PATH_MATCHED_ERROR`, `NOT_FOUND`. */
      type: string;
      /** Prism's status for it (below 500). */
      status: number;
      /** Prism's sentence. */
      detail: string;
    };

/** The engine behind the mock's server. */
export interface Engine {
  /** The spec's operations. */
  readonly operations: readonly Operation[];
  /**
   * Routes, validates and mocks one request as Prism does, with `preferences` as the request's
   * mock options. Resolves with Prism's answer, or with its refusal when it has a client-side
   * reason (no such path or method; a status or example `Prefer` asked for that the operation
   * lacks). Rejects (or throws) when Prism itself fails.
   */
  request(input: IHttpRequest, preferences: MockPreferences): Promise<EngineResult>;
}

/** The part of a Prism instance the engine calls (`createInstance(...)`); tests pass one that fails. */
export interface PrismLike {
  request(input: IHttpRequest, operations: Operation[], config: never): () => Promise<unknown>;
}

/**
 * Reads the mock's spec: a bundled OpenAPI document in JSON (what `redocly bundle -o x.json`
 * writes). Throws, naming the file, when it cannot be read or is not JSON.
 */
export function readSpec(spec: string): object {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(spec, "utf8"));
  } catch (error) {
    throw new Error(
      `The mock serves a bundled OpenAPI document in JSON (e.g. spec/dist/openapi.json); could not read ${spec}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (doc === null || typeof doc !== "object" || !("openapi" in doc)) {
    throw new Error(`The mock serves a bundled OpenAPI document in JSON (e.g. spec/dist/openapi.json); ${spec} is JSON but no OpenAPI document`);
  }
  return doc;
}

const noop = () => {};
/** Prism logs every step of every request; the mock logs one line per request of its own. */
const silent = { child: () => silent, trace: noop, debug: noop, info: noop, success: noop, warn: noop, error: noop, fatal: noop };

/**
 * Prism's configuration for `prism mock <spec> --errors false` (prism-cli's createServer), but
 * without checking its own answers (`validateResponse`): the mock writes its answers itself.
 */
const config = {
  validateRequest: true,
  validateResponse: false,
  checkSecurity: true,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: false, ignoreExamples: false },
} as const;

/** Prism's `ProblemJsonError`: its name is the problem type's URL. */
interface Problem {
  name: string;
  status?: number;
  detail?: string;
  message?: string;
}

const PROBLEM = "https://stoplight.io/prism/errors#";

function isProblem(value: unknown): value is Problem {
  return value instanceof Error && value.name.startsWith(PROBLEM);
}

/** Prism's output in fp-ts form (`Either`). */
type Either = { _tag: "Left"; left: unknown } | { _tag: "Right"; right: { output: IHttpResponse; validations: { input: Diagnostic[] } } };

/** Options of {@link createEngine}: seams for the tests, not options of the mock. */
export interface EngineSeams {
  /** Wraps the Prism instance the engine calls (tests: one that fails on demand). */
  prism?: (real: PrismLike) => PrismLike;
}

/**
 * Prism's engine for `doc`, in this process.
 *
 * @param doc - a bundled OpenAPI document ({@link readSpec})
 * @throws when Prism cannot read the document or it declares no operation
 */
export async function createEngine(doc: object, seams: EngineSeams = {}): Promise<Engine> {
  const operations = await getHttpOperationsFromSpec(doc);
  if (operations.length === 0) throw new Error("The mock's spec declares no operation");
  const real = createInstance(config, { logger: silent as never }) as unknown as PrismLike;
  const prism = seams.prism ? seams.prism(real) : real;
  return {
    operations,
    async request(input, preferences) {
      // Prism's factory merges the request's config over its defaults one level deep.
      const requestConfig = { ...config, mock: { ...config.mock, ...preferences } } as never;
      const result = (await prism.request(input, operations, requestConfig)()) as Either;
      if (result._tag === "Right") {
        return { kind: "answer", output: result.right.output, violations: result.right.validations.input };
      }
      const error = result.left;
      // The router's and the example negotiator's refusals are about the request; anything else
      // (a plain Error, a 5xx problem such as SCHEMA_TOO_COMPLEX) is the engine failing.
      if (isProblem(error) && typeof error.status === "number" && error.status < 500) {
        return { kind: "refused", type: error.name.slice(PROBLEM.length), status: error.status, detail: error.detail ?? error.message ?? "" };
      }
      // The negotiator's fallback to the default response wraps its NOT_FOUND in a plain Error
      // ("https://stoplight.io/prism/errors#NOT_FOUND: ... We tried default response, ...").
      const wrapped = error instanceof Error ? /^https:\/\/stoplight\.io\/prism\/errors#NOT_FOUND: ([\s\S]*)$/.exec(error.message) : null;
      if (wrapped) return { kind: "refused", type: "NOT_FOUND", status: 404, detail: wrapped[1]! };
      throw error instanceof Error ? error : new Error(`Prism failed: ${String(error)}`);
    },
  };
}

/** The request's `Prefer` (or Prism's `__code`, `__example`, ... query members) as mock options. */
export type Preferences = { ok: true; preferences: MockPreferences } | { ok: false; detail: string };

/**
 * Reads what the request asks of the mock as prism-http-server does: `Prefer: code=409,
 * example=conflict, dynamic=true` (or, without a `Prefer` header, `?__code=409&__example=...`).
 */
export function preferencesOf(input: Pick<IHttpRequest, "headers" | "url">): Preferences {
  const parsed = getHttpConfigFromRequest(input);
  if (parsed._tag === "Left") return { ok: false, detail: parsed.left.detail || parsed.left.message };
  const preferences: MockPreferences = {};
  for (const [key, value] of Object.entries(parsed.right)) {
    if (value !== undefined) Object.assign(preferences, { [key]: value });
  }
  return { ok: true, preferences };
}
