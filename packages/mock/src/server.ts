import { Agent, request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pipeline } from "node:stream";
import type { Operations } from "./engine.js";
import { type ErrorAnswer, errorEnvelopeFor } from "./envelope.js";

/** Where the Prism engine listens. */
export interface Engine {
  /** Prism's host, e.g. `127.0.0.1`. */
  host: string;
  /** Prism's port. */
  port: number;
}

/**
 * The layer in front of Prism. Requests stream through to Prism unchanged; answers below 400
 * stream back unchanged; error answers (small) are buffered, and replaced by the error envelope
 * when Prism's body is its own shape or does not say what is wrong (see `errorEnvelopeFor`).
 *
 * Neither side can leave the other hanging: when Prism drops the connection, the caller gets
 * the 500 envelope (if nothing was sent yet) or a closed connection (mid-answer); when the
 * caller hangs up, the request to Prism is aborted.
 *
 * @param engine - where Prism listens
 * @param operations - the spec's operations, for the 405 `Allow` header and the 404/400 messages
 */
export function createErrorLayer(engine: Engine, operations: Operations): Server {
  // Reuse connections to Prism: a new TCP connection per request costs more than the layer.
  const agent = new Agent({ keepAlive: true });
  const names = [...operations].flatMap(([path, methods]) => [...methods.keys()].map((method) => `${method} ${path}`));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let settled = false;
    /** Prism failed us: answer with the 500 envelope, or cut a half-sent answer off. */
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      upstream.destroy();
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      send(res, {
        status: 500,
        body: {
          success: false,
          error: { code: "INTERNAL_SERVER_ERROR", message: `The mock engine (Prism) did not answer: ${error.message}` },
        },
      });
    };
    const upstream = httpRequest(
      { host: engine.host, port: engine.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        const status = answer.statusCode ?? 500;
        if (status < 400) {
          res.writeHead(status, answer.statusMessage, answer.rawHeaders);
          // On a premature close of either side, pipeline destroys both; the caller then sees
          // the connection close instead of waiting for the rest of the body.
          pipeline(answer, res, (error) => {
            if (error) fail(error);
            else settled = true;
          });
          return;
        }
        const body: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => body.push(chunk));
        answer.on("error", fail);
        answer.on("close", () => {
          if (!answer.complete) fail(new Error("Prism closed the connection before the end of its answer"));
        });
        answer.on("end", () => {
          if (settled) return;
          settled = true;
          const path = new URL(req.url ?? "/", "http://mock").pathname;
          const method = req.method ?? "GET";
          const methods = operations.get(path);
          const replacement = errorEnvelopeFor({
            method,
            path,
            contentType: req.headers["content-type"],
            prefer: header(req, "prefer"),
            requestBody: Buffer.concat(chunks),
            allowedMethods: [...(methods?.keys() ?? [])],
            operations: names,
            documentedStatuses: [...(methods?.get(method) ?? [])],
            status,
            responseType: header(answer, "content-type"),
            violationsHeader: header(answer, "sl-violations"),
            responseBody: Buffer.concat(body),
          });
          if (replacement) send(res, replacement, answer);
          else {
            res.writeHead(status, answer.statusMessage, answer.rawHeaders);
            res.end(Buffer.concat(body));
          }
        });
      },
    );
    upstream.on("error", fail);
    // The caller hung up before its answer was complete: stop asking Prism.
    res.on("close", () => {
      if (!res.writableFinished) {
        settled = true;
        upstream.destroy();
      }
    });
    req.on("error", () => upstream.destroy());
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.pipe(upstream);
  });
  server.on("close", () => agent.destroy());
  return server;
}

function header(message: IncomingMessage, name: string): string | undefined {
  const value = message.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function send(res: ServerResponse, answer: ErrorAnswer, prism?: IncomingMessage): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const payload = JSON.stringify(answer.body);
  // Keep Prism's CORS headers (browsers see the same answer shape as for a success) and its
  // own diagnostics, `sl-violations`, for tools that read them.
  const cors = Object.fromEntries(
    Object.entries(prism?.headers ?? {}).filter(([name]) => name.startsWith("access-control-") || name === "sl-violations"),
  );
  res.writeHead(answer.status, {
    ...cors,
    ...answer.headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}
