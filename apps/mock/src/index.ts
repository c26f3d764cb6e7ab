import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { bundledSpecPath } from "@appflow-contract/spec";
import { createErrorLayer } from "./server.js";

export { translate, toViolations, type ErrorEnvelope, type Violation } from "./envelope.js";

const require = createRequire(import.meta.url);

/** Absolute path of the bundled OpenAPI document that the mock serves by default. */
export { bundledSpecPath };

/** Options for {@link startMock}. */
export interface MockOptions {
  /** TCP port to listen on; a free port chosen by the OS when omitted. */
  port?: number;
  /** Host to bind; `127.0.0.1` by default. */
  host?: string;
  /** OpenAPI document to serve; the bundled UpdateFlow spec by default. */
  spec?: string;
  /** Milliseconds to wait for Prism to report that it listens. */
  startTimeoutMs?: number;
  /**
   * `false` serves bare Prism, without the layer that turns its violations into the error
   * envelope (only to compare the two, e.g. for overhead).
   */
  errorEnvelopes?: boolean;
}

/** A running mock server. */
export interface RunningMock {
  /** Base URL of the mock, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  port: number;
  /** PID of the Prism process (the engine behind the error layer). */
  pid: number;
  /** Stops the error layer and the Prism process, and waits for both. */
  stop(): Promise<void>;
}

/** Asks the OS for a port that is free right now. */
export async function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not get a free port"));
      });
    });
  });
}

function prismBin(): string {
  const pkg = require.resolve("@stoplight/prism-cli/package.json");
  return join(dirname(pkg), "dist", "index.js");
}

/** The methods the spec declares per path, for the `Allow` header of a 405. */
function methodsByPath(spec: string): Map<string, string[]> {
  const doc = JSON.parse(readFileSync(spec, "utf8")) as { paths?: Record<string, Record<string, unknown>> };
  const verbs = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
  return new Map(
    Object.entries(doc.paths ?? {}).map(([path, item]) => [
      path,
      Object.keys(item)
        .filter((key) => verbs.has(key))
        .map((key) => key.toUpperCase()),
    ]),
  );
}

/**
 * Starts the mock: Prism on the bundled spec (on a private port), behind a thin layer that
 * answers every bad request with the documented error envelope. Resolves once *this* Prism
 * reports that it listens, so a server some other process left on a port is never mistaken
 * for ours.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ?? bundledSpecPath;
  const layered = options.errorEnvelopes ?? true;
  const enginePort = layered ? await freePort(host) : (options.port ?? (await freePort(host)));
  const child = spawn(
    process.execPath,
    [prismBin(), "mock", spec, "--host", host, "--port", String(enginePort), "--errors", "false"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await waitForListening(child, `http://${host}:${enginePort}`, options.startTimeoutMs ?? 30_000);
  if (!layered) {
    return { baseUrl: `http://${host}:${enginePort}`, port: enginePort, pid: child.pid!, stop: () => stopChild(child) };
  }
  const layer = createErrorLayer({ host, port: enginePort }, methodsByPath(spec));
  try {
    await new Promise<void>((resolve, reject) => {
      layer.once("error", reject);
      layer.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  const address = layer.address();
  const port = address && typeof address === "object" ? address.port : 0;
  return {
    baseUrl: `http://${host}:${port}`,
    port,
    pid: child.pid!,
    stop: async () => {
      layer.closeAllConnections();
      await Promise.all([new Promise((resolve) => layer.close(resolve)), stopChild(child)]);
    },
  };
}

function waitForListening(child: ChildProcess, baseUrl: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Prism is listening on ${baseUrl}`)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`Prism exited (code ${code}) before listening on ${baseUrl}:\n${output}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      child.kill("SIGTERM");
      reject(new Error(`Prism did not listen on ${baseUrl} within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining so a chatty Prism never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
