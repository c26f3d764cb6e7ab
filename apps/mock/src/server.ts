import { Agent, request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { translate, type Answer } from "./envelope.js";

/** Where the Prism engine listens. */
export interface Engine {
  host: string;
  port: number;
}

/**
 * The layer in front of Prism. Requests stream through to Prism unchanged; answers below 400
 * stream back unchanged; error answers (small) are buffered, and replaced by the error envelope
 * when Prism's body is its own shape or does not say what is wrong (see `translate`).
 *
 * @param engine - where Prism listens
 * @param methodsByPath - the methods the spec declares per path, for the 405 `Allow` header
 */
export function createErrorLayer(engine: Engine, methodsByPath: ReadonlyMap<string, string[]>): Server {
  // Reuse connections to Prism: a new TCP connection per request costs more than the layer.
  const agent = new Agent({ keepAlive: true });
  const operations = [...methodsByPath].flatMap(([path, methods]) => methods.map((method) => `${method} ${path}`));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    const upstream = httpRequest(
      { host: engine.host, port: engine.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        const status = answer.statusCode ?? 500;
        if (status < 400) {
          res.writeHead(status, answer.statusMessage, answer.rawHeaders);
          answer.pipe(res);
          return;
        }
        const body: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => body.push(chunk));
        answer.on("end", () => {
          const path = new URL(req.url ?? "/", "http://mock").pathname;
          const replacement = translate({
            method: req.method ?? "GET",
            path,
            contentType: req.headers["content-type"],
            requestBody: Buffer.concat(chunks),
            allowedMethods: methodsByPath.get(path) ?? [],
            operations,
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
    upstream.on("error", (error) =>
      send(res, {
        status: 500,
        body: {
          success: false,
          error: { code: "INTERNAL_SERVER_ERROR", message: `The mock engine (Prism) did not answer: ${error.message}` },
        },
      }),
    );
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

function send(res: ServerResponse, answer: Answer, prism?: IncomingMessage): void {
  if (res.headersSent) {
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
