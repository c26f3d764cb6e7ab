import { createServer, type Server } from "node:http";

/** The success envelope every benchmarked caller receives. */
export const successBody = JSON.stringify({
  success: true,
  data: { id: "abc123", created_at: "2025-01-01T00:00:00Z", flowStatus: "Active" },
});

/**
 * A minimal HTTP server that reads the request body and answers the success envelope, so the
 * call-overhead benchmark measures the callers, not a mock.
 */
export async function startSuccessServer(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(successBody),
      });
      res.end(successBody);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("server has no address");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
