/**
 * The mock's one HTTP server: guards in front of Prism's engine (engine.ts), in the same
 * process. Every answer is a status the spec documents with a body valid against that status's
 * schema, and carries CORS headers and `x-amzn-RequestId`; every error `x-amzn-ErrorType`.
 *
 * The order of the checks: the head (431, 408, malformed: before a request exists), the size of
 * the body (413), then Prism's router (404, 405) and its security check (403), the body's media
 * type, encoding, syntax, depth and kind (415, 400), `Prefer` (400), Prism's request validator
 * (400), and last the operation itself (the flow, its `clientToken`: 200, 404, 409).
 * Internal to the package (index.ts is its face).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse, STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type ErrorCode, exceptionOfErrorCode, missingFlowName as specMissingFlowName } from "@appflow-contract/spec/contract";
import type { IHttpRequest } from "@stoplight/prism-http";
import { type Engine, ERROR_SEVERITY, type Operation, preferencesOf } from "./engine.js";
import { contractError, type ErrorAnswer, envelope, validationAnswer } from "./envelope.js";
import { canonicalJson, flowData, TokenStore } from "./flows.js";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, decodeBody, MAX_HEADER_BYTES } from "./guards.js";
import type { MockOptions, RequestLog, RunningMock } from "./types.js";

/** Defaults of the head and request time limits. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** How long a connection answered from `clientError` may stay open, for the client to read the answer, before it is closed. */
const LINGER_MS = 2_000;

/** Errors of a connection whose client is gone: nobody to answer. */
const CLIENT_GONE = new Set(["ECONNRESET", "EPIPE", "HPE_INVALID_EOF_STATE"]);

/** Closes `socket` in {@link LINGER_MS} unless it closes first (the client read the answer and hung up). */
function linger(socket: Duplex): void {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
}

/** The headers the mock writes itself, never Prism's for them. */
const OWN_HEADERS = /^(content-type|content-length|connection|transfer-encoding|x-amzn-requestid|x-amzn-errortype|access-control-.*)$/i;
/** An HTTP header name (RFC 9110 token) and a value Node writes as it is. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e]{0,1024}$/;

/** Headers of every answer: anyone's page may call the mock, and read the headers AWS's SDKs read. */
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-amzn-RequestId, x-amzn-ErrorType, Allow, Retry-After",
} as const;

/** Request headers a preflight allows when it names none: the ones AWS's SDKs and this client send. */
const ALLOWED_HEADERS =
  "authorization, content-type, prefer, x-amz-date, x-amz-security-token, x-amz-content-sha256, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request";

/** One request on its way through the server. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly requestId: string;
  readonly started: number;
  method: string;
  path: string;
  /** Whether it was answered (or given up on), so nothing answers it twice. */
  done: boolean;
}

/** Settings of {@link createMockServer}, every option resolved. */
interface Settings {
  now: () => number;
  missingFlowName: string;
  maxBodyBytes: number;
  maxDepth: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  log: ((line: string, entry: RequestLog) => void) | undefined;
}

function settingsOf(options: MockOptions): Settings {
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  return {
    now: options.now ?? Date.now,
    missingFlowName: options.missingFlowName ?? specMissingFlowName,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    headersTimeoutMs,
    // Node refuses a request timeout shorter than the head's.
    requestTimeoutMs: Math.max(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, headersTimeoutMs),
    log: options.quiet ? undefined : (options.log ?? ((line) => process.stderr.write(`${line}\n`))),
  };
}

const ABORTED = Symbol("aborted");
const TOO_LARGE = Symbol("too large");

/** Reads the body, at most `limit` bytes: the bytes, {@link TOO_LARGE} past the limit (the rest is not kept), or {@link ABORTED}. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | typeof ABORTED | typeof TOO_LARGE> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | typeof ABORTED | typeof TOO_LARGE) => {
      if (settled) return;
      settled = true;
      chunks.length = value === TOO_LARGE || value === ABORTED ? 0 : chunks.length;
      resolve(value);
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) settle(TOO_LARGE);
      else chunks.push(chunk);
    });
    req.on("end", () => settle(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.on("error", () => settle(ABORTED));
    req.on("close", () => settle(ABORTED));
  });
}

/** Node's header values as Prism takes them (one string each), without `accept`: the mock always answers JSON. */
function prismHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === "accept") continue;
    out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** The query as prism-http-server gives it to Prism: one string per name, or all of them. */
function queryOf(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** Whether `path` matches the path template `template` (`/flows/{name}`). */
function matchesTemplate(template: string, path: string): boolean {
  if (!template.includes("{")) return template === path;
  const pattern = template.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${pattern.join("[^/]+")}$`).test(path);
}

/** The raw HTTP/1.1 answer for a connection whose request never became one (`clientError`). */
function rawAnswer(answer: ErrorAnswer, requestId: string): string {
  const payload = JSON.stringify(answer.body);
  const code = answer.body.error.code;
  const headers = {
    ...CORS,
    "x-amzn-RequestId": requestId,
    "x-amzn-ErrorType": exceptionOfErrorCode[code],
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(payload)),
    connection: "close",
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ""}\r\n${head.join("")}\r\n${payload}`;
}

/**
 * The mock's HTTP server over `engine`, not yet listening.
 *
 * @param engine - Prism's engine (createEngine), or a stand-in (tests: one that fails)
 * @param options - the mock's options (`now`, `missingFlowName`, limits, `log`, ...)
 */
export function createMockServer(engine: Engine, options: MockOptions = {}): Server {
  const settings = settingsOf(options);
  const tokens = new TokenStore(settings.now);
  const operations = engine.operations;
  const names = operations.map((op) => `${op.method.toUpperCase()} ${op.path}`).join(", ");
  const allMethods = [...new Set(operations.map((op) => op.method.toUpperCase()))];
  /** The request now in flight on each connection, for `clientError`. */
  const inflight = new WeakMap<Duplex, Exchange>();
  /** Connections the `clientError` handler answered (and is closing). */
  const answeredRaw = new WeakSet<Duplex>();
  /** Connections that had a `clientError` already. */
  const erred = new WeakSet<Duplex>();

  const operationsAt = (path: string): Operation[] => operations.filter((op) => matchesTemplate(op.path, path));

  const log = (exchange: Pick<Exchange, "method" | "path" | "started" | "requestId">, status: number | undefined, code: string | undefined, note?: string) => {
    if (!settings.log) return;
    const ms = Math.round((performance.now() - exchange.started) * 10) / 10;
    const path = exchange.path.length > 200 ? `${exchange.path.slice(0, 200)}…` : exchange.path;
    const entry: RequestLog = { method: exchange.method, path: exchange.path, status, code, ms, requestId: exchange.requestId, ...(note ? { note } : {}) };
    settings.log(`${exchange.method} ${path} ${status ?? "-"} ${code ?? "-"} ${ms}ms${note ? ` (${note})` : ""}`, entry);
  };

  /** Whether `exchange` may still be answered through its response (not answered, not taken over by `clientError`). */
  const open = (exchange: Exchange): boolean => {
    const socket = exchange.res.socket;
    return !exchange.done && !exchange.res.destroyed && !(socket && answeredRaw.has(socket));
  };

  /** Writes one whole answer; `done` only once the head was taken (a head Node refuses throws, and the caller gets the 500). */
  const write = (exchange: Exchange, status: number, headers: OutgoingHttpHeaders, payload?: string) => {
    exchange.res.writeHead(status, headers);
    exchange.done = true;
    exchange.res.end(payload);
  };

  const sendError = (exchange: Exchange, answer: ErrorAnswer, extra: { close?: boolean; headers?: Record<string, string>; note?: string } = {}) => {
    if (!open(exchange)) return;
    const payload = JSON.stringify(answer.body);
    const code = answer.body.error.code;
    write(
      exchange,
      answer.status,
      {
        ...extra.headers,
        ...CORS,
        "x-amzn-RequestId": exchange.requestId,
        "x-amzn-ErrorType": exceptionOfErrorCode[code],
        ...answer.headers,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
        ...(extra.close ? { connection: "close" } : {}),
      },
      payload,
    );
    log(exchange, answer.status, code, extra.note);
  };

  const sendSuccess = (exchange: Exchange, payload: string) => {
    if (!open(exchange)) return;
    write(exchange, 200, { ...CORS, "x-amzn-RequestId": exchange.requestId, "content-type": "application/json", "content-length": Buffer.byteLength(payload) }, payload);
    log(exchange, 200, undefined);
  };

  const preflight = (exchange: Exchange, req: IncomingMessage) => {
    if (!open(exchange)) return;
    const methods = operationsAt(exchange.path).map((op) => op.method.toUpperCase());
    write(exchange, 204, {
      ...CORS,
      "access-control-allow-methods": [...(methods.length > 0 ? methods : allMethods), "OPTIONS"].join(", "),
      "access-control-allow-headers": req.headers["access-control-request-headers"] ?? ALLOWED_HEADERS,
      "access-control-max-age": "600",
      vary: "access-control-request-headers",
      "x-amzn-RequestId": exchange.requestId,
      "content-length": 0,
    });
    log(exchange, 204, undefined, "CORS preflight");
  };

  const tooLarge = () =>
    envelope("PAYLOAD_TOO_LARGE", `The request body is larger than ${settings.maxBodyBytes} bytes; send a smaller UpdateFlow request.`);

  /** What `Prefer` asked that the operation cannot give. */
  const preferAnswer = (exchange: Exchange, asked: string, detail: string): ErrorAnswer => {
    const statuses = operationsAt(exchange.path)
      .filter((op) => op.method.toUpperCase() === exchange.method)
      .flatMap((op) => op.responses.map((r) => r.code));
    const documents = statuses.length > 0 ? `; ${exchange.method} ${exchange.path} documents ${statuses.join(", ")}` : "";
    return envelope(
      "VALIDATION_ERROR",
      `The mock cannot answer ${asked} (${detail.trim().replace(/\s+/g, " ").replace(/\.$/, "")})${documents}. Ask for a documented status and an example it names, or send no Prefer header.`,
    );
  };

  /** The operation itself, for a valid request Prism answered 200: the flow and its `clientToken`. */
  const update = (exchange: Exchange, body: Record<string, unknown>) => {
    const flowName = String(body.flowName);
    // No such flow, nothing to update: answered before the token is looked at, and not remembered.
    if (flowName === settings.missingFlowName) {
      sendError(exchange, envelope("RESOURCE_NOT_FOUND", `No flow named ${flowName} exists in this account and Region.`));
      return;
    }
    const token = typeof body.clientToken === "string" ? body.clientToken : undefined;
    let parameters = "";
    if (token !== undefined) {
      const { clientToken: _token, ...rest } = body;
      parameters = canonicalJson(rest);
      const seen = tokens.check(token, parameters);
      if (seen.kind === "same") {
        sendSuccess(exchange, seen.payload);
        return;
      }
      if (seen.kind === "conflict") {
        const at = new Date(seen.firstUsedAt).toISOString();
        sendError(
          exchange,
          envelope(
            "CONFLICT",
            `The clientToken was already used with different parameters (first at ${at}; a token is remembered for 8 hours). Send the same parameters to retry that update, or a new clientToken for a new one.`,
          ),
        );
        return;
      }
    }
    const payload = JSON.stringify({ success: true, data: flowData(flowName) });
    if (token !== undefined) tokens.remember(token, parameters, payload);
    sendSuccess(exchange, payload);
  };

  const respond = async (exchange: Exchange, req: IncomingMessage) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://mock");
    } catch {
      sendError(exchange, envelope("VALIDATION_ERROR", `The request target ${exchange.path.slice(0, 200)} is not a valid URL path.`));
      return;
    }
    exchange.path = url.pathname;
    if (exchange.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
      preflight(exchange, req);
      return;
    }
    // A declared length past the limit is refused before a byte of the body is read.
    if (Number(req.headers["content-length"] ?? 0) > settings.maxBodyBytes) {
      sendError(exchange, tooLarge(), { close: true });
      return;
    }
    if (/^\s*100-continue\s*$/i.test(req.headers.expect ?? "")) exchange.res.writeContinue();
    const raw = await readBody(req, settings.maxBodyBytes);
    if (raw === ABORTED) {
      if (!exchange.done) log(exchange, undefined, undefined, "client hung up");
      exchange.done = true;
      return;
    }
    if (raw === TOO_LARGE) {
      sendError(exchange, tooLarge(), { close: true });
      return;
    }
    const decoded = decodeBody(req.headers["content-type"], raw, settings.maxDepth);
    const input: IHttpRequest = {
      method: exchange.method.toLowerCase() as IHttpRequest["method"],
      url: { path: url.pathname, baseUrl: url.searchParams.get("__server") || undefined, query: queryOf(url.searchParams) },
      headers: prismHeaders(req.headers),
      // A body the guards refused never reaches Prism; it still routes and checks the signature.
      body: decoded.ok ? decoded.body : undefined,
    };
    const preferHeader = req.headers.prefer;
    const queryAsks = url.search.includes("__");
    const asked = preferHeader !== undefined ? `Prefer: ${preferHeader}` : queryAsks ? `the query ${url.search}` : "";
    const prefer = asked ? preferencesOf(input) : ({ ok: true, preferences: {} } as const);
    const result = await engine.request(input, prefer.ok ? prefer.preferences : {});

    if (result.kind === "refused") {
      switch (result.type) {
        case "NO_PATH_MATCHED_ERROR":
        case "NO_RESOURCE_PROVIDED_ERROR":
        case "NO_SERVER_MATCHED_ERROR":
        case "NO_SERVER_CONFIGURATION_PROVIDED_ERROR":
          sendError(exchange, envelope("UNKNOWN_OPERATION", `No operation at ${exchange.method} ${exchange.path}; this API has ${names}.`));
          return;
        case "NO_METHOD_MATCHED_ERROR": {
          const allow = operationsAt(exchange.path).map((op) => op.method.toUpperCase());
          const list = (allow.length > 0 ? allow : allMethods).join(", ");
          sendError(exchange, { ...envelope("METHOD_NOT_ALLOWED", `${exchange.path} does not take ${exchange.method}; use ${list}.`), headers: { allow: list } });
          return;
        }
      }
      if (!decoded.ok) sendError(exchange, decoded.answer);
      // The operation exists, so Prism refused what `Prefer` asked for (a status the operation
      // does not document, an example it does not have): the request is at fault.
      else if (asked) sendError(exchange, preferAnswer(exchange, asked, result.detail));
      else throw new Error(`Prism refused the request (${result.type}): ${result.detail}`);
      return;
    }
    const errors = result.violations.filter((d) => d.severity === ERROR_SEVERITY);
    // Prism's security check: the request is unsigned. The real service answers it with 403.
    if (errors.some((d) => String(d.code) === "401")) {
      sendError(exchange, envelope("MISSING_AUTHENTICATION_TOKEN", "The request has no Authorization header; sign it with AWS Signature Version 4."));
      return;
    }
    if (!decoded.ok) {
      sendError(exchange, decoded.answer);
      return;
    }
    if (!prefer.ok) {
      sendError(exchange, preferAnswer(exchange, asked, prefer.detail));
      return;
    }
    if (errors.length > 0) {
      sendError(exchange, validationAnswer(errors));
      return;
    }
    const { statusCode, body, headers } = result.output;
    if (statusCode === 200) {
      update(exchange, decoded.body);
      return;
    }
    // A status `Prefer` asked for: Prism's example, or its invention (`dynamic=true`), made valid.
    const answer = contractError(statusCode, body, asked);
    if (!answer) throw new Error(`Prism chose status ${statusCode}, which the spec does not document`);
    // Keep the headers Prism mocked for that answer (e.g. Retry-After), not the ones the mock
    // writes, and only values a header can carry (`dynamic=true` invents them).
    const mocked: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers ?? {})) {
      if ((typeof value !== "string" && typeof value !== "number") || OWN_HEADERS.test(name) || !TOKEN.test(name)) continue;
      if (HEADER_VALUE.test(String(value))) mocked[name] = String(value);
    }
    sendError(exchange, answer, { headers: mocked });
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const exchange: Exchange = {
      req,
      res,
      requestId: randomUUID(),
      started: performance.now(),
      method: req.method ?? "GET",
      path: req.url ?? "/",
      done: false,
    };
    inflight.set(req.socket, exchange);
    respond(exchange, req)
      .catch((error: unknown) => {
        // The engine (or the mock) failed on this request: this caller gets the 500 envelope,
        // the log says why, and the next request starts afresh.
        const message = error instanceof Error ? error.message : String(error);
        sendError(exchange, envelope("INTERNAL_SERVER_ERROR", "The mock failed to answer this request; retry it with the same clientToken."), {
          note: `engine failed: ${message.replace(/\s+/g, " ").slice(0, 500)}`,
        });
      })
      .finally(() => {
        if (inflight.get(req.socket) === exchange) inflight.delete(req.socket);
      });
  };
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      // Node checks the time limits this often (30 s by default, which would make them late).
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(settings.headersTimeoutMs / 4))),
    },
    onRequest,
  );
  // `Expect: 100-continue`: the mock sends 100 Continue itself, once it knows that it will read
  // the body (not for one it refuses by its declared length). Any other expectation is ignored
  // rather than answered with Node's 417, which the spec does not document.
  server.on("checkContinue", onRequest);
  server.on("checkExpectation", onRequest);

  // A request that never became one: its head too large, too slow, or not HTTP at all. Node
  // hands over the connection; answer it with the envelope and close it.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Node reports again what follows on the same connection: the first error is the one.
    if (erred.has(socket)) return;
    erred.add(socket);
    const exchange = inflight.get(socket);
    // The error is about the request in flight when its body had not all arrived; else it is
    // about what came after it (a complete request in flight is answered first).
    const current = exchange && !exchange.req.complete ? exchange : undefined;
    if (CLIENT_GONE.has(error.code ?? "") || !socket.writable) {
      socket.destroy();
      if (current && !current.done) {
        current.done = true;
        log(current, undefined, undefined, "client hung up");
      }
      return;
    }
    if (current?.done || current?.res.headersSent) {
      // Answered already (a 413 before the body was read): let that answer out, then close.
      socket.end();
      linger(socket);
      return;
    }
    const answer =
      error.code === "HPE_HEADER_OVERFLOW"
        ? envelope("REQUEST_HEADER_FIELDS_TOO_LARGE", `The request head is larger than ${MAX_HEADER_BYTES} bytes; send shorter headers.`)
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? envelope(
              "REQUEST_TIMEOUT",
              `The request did not arrive within the server's time limit (${settings.headersTimeoutMs} ms for its head, ${settings.requestTimeoutMs} ms in all); send it again.`,
            )
          : envelope("VALIDATION_ERROR", `The request is not valid HTTP/1.1 (${(error as { reason?: string }).reason ?? error.message}); send a well-formed request.`);
    const answerRaw = () => {
      answeredRaw.add(socket);
      if (current) current.done = true;
      const requestId = current?.requestId ?? randomUUID();
      socket.end(rawAnswer(answer, requestId));
      linger(socket);
      const code: ErrorCode = answer.body.error.code;
      log(current ?? { method: "-", path: "-", started: performance.now(), requestId }, answer.status, code);
    };
    if (exchange && !current && !exchange.done) exchange.res.once("close", answerRaw);
    else answerRaw();
  });
  return server;
}

/**
 * Starts the mock's server over `engine` on `options.port` (0: a free port the OS picks) and
 * resolves once it listens. The seam startMock() and the tests share.
 *
 * @throws when the port is taken (`code` `EADDRINUSE`) or cannot be bound
 */
export async function listenMock(engine: Engine, options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const server = createMockServer(engine, options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const taken = error.code === "EADDRINUSE" ? `port ${options.port} on ${host} is taken` : `could not listen on ${host}:${options.port ?? 0}`;
      reject(Object.assign(new Error(`The mock ${taken}: ${error.message}`, { cause: error }), { code: error.code }));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    pid: process.pid,
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
