// Shared by the suites: what every answer of the mock must be (a documented status, a body valid
// against that status's schema, CORS, x-amzn-RequestId, x-amzn-ErrorType), and ways to send
// requests that fetch cannot (raw bytes on a socket).
import { connect } from "node:net";
import { loadBundledSpec, requestExamples, resolveRef } from "@appflow-contract/spec";
import { createContractAjv, toAjvSchema } from "@appflow-contract/spec/ajv";
import { exceptionOfErrorCode } from "@appflow-contract/spec/contract";
import { afterAll, beforeAll } from "vitest";
import { type MockOptions, type RequestLog, type RunningMock, startMock } from "../src/index.js";

export const spec = loadBundledSpec();
const ajv = createContractAjv(spec);
export const responses = (spec.paths["/update-flow"]!.post as { responses: Record<string, unknown> }).responses;

/** A valid request: the spec's first named example, without its clientToken (so suites can send it again and again). */
export const valid: Record<string, unknown> = (() => {
  const { clientToken: _token, ...rest } = requestExamples(spec).onDemandSalesforceToS3!.value;
  return rest;
})();

/** The headers of a signed JSON request. */
export const json = { authorization: "AWS4-HMAC-SHA256 Credential=test", "content-type": "application/json" } as const;

const validators = new Map<number, ReturnType<typeof ajv.compile>>();

/**
 * The ways `body` breaks the schema the spec documents for `status` (the project's one ajv
 * factory, so an error code of another status is caught too).
 */
export function schemaErrors(status: number, body: unknown): string[] {
  let validate = validators.get(status);
  if (!validate) {
    const response = responses[status];
    if (!response) return [`status ${status} is not documented`];
    const { content } = resolveRef<{ content: Record<string, { schema: unknown }> }>(spec, response);
    validate = ajv.compile(toAjvSchema(content["application/json"]!.schema) as object);
    validators.set(status, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** An answer of the mock, however it arrived. */
export interface Answer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
  /** The JSON body, or undefined when it is not JSON. */
  body: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Everything wrong with `answer` as an answer of the contract: an undocumented status, a body
 * that is not JSON or breaks the status's schema, a missing CORS header, a missing or malformed
 * `x-amzn-RequestId`, a missing or wrong `x-amzn-ErrorType` on an error.
 */
export function contractProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.headers["access-control-allow-origin"] !== "*") problems.push("no access-control-allow-origin: *");
  if (!UUID.test(answer.headers["x-amzn-requestid"] ?? "")) problems.push(`x-amzn-RequestId ${answer.headers["x-amzn-requestid"]} is not a UUID`);
  if (answer.body === undefined) return [...problems, `body is not JSON: ${answer.text.slice(0, 200)}`];
  if (answer.headers["content-type"] !== "application/json") problems.push(`content-type ${answer.headers["content-type"]}`);
  problems.push(...schemaErrors(answer.status, answer.body));
  if (answer.status >= 400) {
    const code = (answer.body as { error?: { code?: keyof typeof exceptionOfErrorCode } }).error?.code;
    const expected = code ? exceptionOfErrorCode[code] : undefined;
    if (answer.headers["x-amzn-errortype"] !== expected) problems.push(`x-amzn-ErrorType ${answer.headers["x-amzn-errortype"]}, expected ${expected}`);
  } else if (answer.headers["x-amzn-errortype"] !== undefined) {
    problems.push("x-amzn-ErrorType on a success");
  }
  return problems;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a fetch Response as an {@link Answer}. */
export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), text, body: parseJson(text) };
}

/** The error code of an answer (undefined for a success). */
export const codeOf = (answer: Answer): string | undefined => (answer.body as { error?: { code?: string } } | undefined)?.error?.code;

/** The error message of an answer. */
export const messageOf = (answer: Answer): string => (answer.body as { error?: { message?: string } } | undefined)?.error?.message ?? "";

/** POSTs to the mock's /update-flow (or `init.path`) and reads the answer. */
export async function post(baseUrl: string, init: RequestInit & { path?: string } = {}): Promise<Answer> {
  const { path = "/update-flow", ...rest } = init;
  return answerOf(await fetch(`${baseUrl}${path}`, { method: "POST", signal: AbortSignal.timeout(20_000), ...rest }));
}

/** Parses the HTTP/1.1 answers in `raw` (what a socket received), one after another. */
export function parseRawAnswers(raw: Buffer): Answer[] {
  const answers: Answer[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const end = rest.indexOf("\r\n\r\n");
    if (end < 0) break;
    const [statusLine = "", ...lines] = rest.subarray(0, end).toString("latin1").split("\r\n");
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const length = Number(headers["content-length"] ?? 0);
    const text = rest.subarray(end + 4, end + 4 + length).toString("utf8");
    answers.push({ status: Number(statusLine.split(" ")[1]), headers, text, body: parseJson(text) });
    rest = rest.subarray(end + 4 + length);
  }
  return answers;
}

/**
 * Opens a TCP connection to `port`, lets `talk` write to it, and resolves with everything the
 * server sent once it closed the connection (or after `timeoutMs`, then with `closed: false`).
 */
export function rawExchange(port: number, talk: (write: (data: string | Buffer) => void) => void | Promise<void>, timeoutMs = 10_000) {
  return new Promise<{ answers: Answer[]; closed: boolean; ms: number }>((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answers: parseRawAnswers(Buffer.concat(chunks)), closed: false, ms: Date.now() - started });
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // The server may close while the client still writes; what it answered is what counts.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ answers: parseRawAnswers(Buffer.concat(chunks)), closed: true, ms: Date.now() - started });
    });
    socket.on("connect", () => {
      Promise.resolve(talk((data) => socket.write(data))).catch(reject);
    });
  });
}

/** A mock for the calling file whose log entries are collected, started before its tests and stopped after. */
export interface LoggedMock {
  /** The running mock (set once the file's `beforeAll` ran). */
  mock: RunningMock;
  /** Every request's log entry, in order. */
  logged: RequestLog[];
}

/** Starts a {@link LoggedMock} for the calling file. */
export function useLoggedMock(options: MockOptions = {}): LoggedMock {
  const run = { logged: [] as RequestLog[] } as LoggedMock;
  beforeAll(async () => {
    run.mock = await startMock({ ...options, log: (_line, entry) => run.logged.push(entry) });
  });
  afterAll(async () => {
    await run.mock?.stop();
  });
  return run;
}
