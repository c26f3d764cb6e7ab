import { once } from "node:events";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createErrorLayer } from "../src/server.js";

const operations = new Map([["/update-flow", new Map([["POST", ["200", "400", "500"]]])]]);
const json = { authorization: "AWS4-HMAC-SHA256 Credential=test", "content-type": "application/json" };
const servers: Server[] = [];

async function listen(server: Server): Promise<number> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A stand-in for Prism, and the layer in front of it. */
async function layerOver(engine: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const enginePort = await listen(createServer(engine));
  const layerPort = await listen(createErrorLayer({ host: "127.0.0.1", port: enginePort }, operations));
  return `http://127.0.0.1:${layerPort}`;
}

/** An engine that sends headers and part of the body, then drops the connection. */
const dropsMidAnswer = (status: number) => (req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(status, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"success":');
    setTimeout(() => res.socket?.destroy(), 20);
  });
};

const post = (baseUrl: string) =>
  fetch(`${baseUrl}/update-flow`, { method: "POST", headers: json, body: "{}", signal: AbortSignal.timeout(10_000) });

describe("the layer when Prism drops the connection after its headers", () => {
  it("cuts a success answer off at once instead of hanging", async () => {
    const baseUrl = await layerOver(dropsMidAnswer(200));
    const started = Date.now();
    // The status line went out already: the caller can only learn of the failure as a broken body.
    const outcome = await post(baseUrl).then((response) => response.text()).then(
      () => "complete",
      (error: Error) => error.name,
    );
    expect(outcome).not.toBe("complete");
    expect(outcome).not.toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it("answers an error answer with the 500 envelope", async () => {
    const baseUrl = await layerOver(dropsMidAnswer(400));
    const response = await post(baseUrl);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      success: false,
      error: { code: "INTERNAL_SERVER_ERROR", message: expect.stringMatching(/Prism\) did not answer/) },
    });
  });
});

describe("the layer when the caller hangs up", () => {
  /** An engine that reports when its connection from the layer closes. */
  function watchedEngine(onRequest: (req: IncomingMessage, res: ServerResponse) => void) {
    let closed: () => void = () => {};
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve));
    let seen: () => void = () => {};
    const requested = new Promise<void>((resolve) => (seen = resolve));
    const engine = (req: IncomingMessage, res: ServerResponse) => {
      req.socket.once("close", closed);
      seen();
      onRequest(req, res);
    };
    return { engine, requested, upstreamClosed };
  }

  const within = (promise: Promise<void>, ms: number) =>
    Promise.race([promise.then(() => "closed"), new Promise((resolve) => setTimeout(() => resolve("still open"), ms))]);

  it("aborts the request to Prism mid-answer", async () => {
    const watched = watchedEngine((req, res) => {
      req.resume();
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"success":true,'); // and never more
    });
    const baseUrl = await layerOver(watched.engine);
    const client = request(`${baseUrl}/update-flow`, { method: "POST", headers: json });
    client.on("error", () => {});
    client.end("{}");
    const [response] = (await once(client, "response")) as [IncomingMessage];
    await once(response, "data");
    client.destroy();
    expect(await within(watched.upstreamClosed, 5_000)).toBe("closed");
  });

  it("aborts the request to Prism mid-upload", async () => {
    const watched = watchedEngine((req) => req.resume());
    const baseUrl = await layerOver(watched.engine);
    const client = request(`${baseUrl}/update-flow`, { method: "POST", headers: { ...json, "content-length": "100" } });
    client.on("error", () => {});
    client.write('{"flowName":');
    await watched.requested;
    client.destroy();
    expect(await within(watched.upstreamClosed, 5_000)).toBe("closed");
  });
});
