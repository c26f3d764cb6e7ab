import { bundledSpecPath } from "@appflow-contract/spec";
import { readOperations, startEngine, stopChild } from "./engine.js";
import { createErrorLayer } from "./server.js";

/** Options for {@link startMock}. */
export interface MockOptions {
  /** TCP port to listen on; a free port chosen by the OS when omitted. */
  port?: number;
  /** Host to bind; `127.0.0.1` by default. */
  host?: string;
  /**
   * OpenAPI document to serve: a *bundled* document in JSON, one file with every `$ref` local
   * (what `redocly bundle openapi.yaml -o openapi.json` writes); the spec package's
   * `bundledSpecPath` by default. A YAML or multi-file document is refused before Prism starts.
   */
  spec?: string;
  /** Milliseconds to wait for Prism to report that it listens; 30 000 by default. */
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
  /** The TCP port the mock listens on (the one in {@link RunningMock.baseUrl}). */
  port: number;
  /** PID of the Prism process (the engine behind the error layer). */
  pid: number;
  /** Stops the error layer and the Prism process, and waits for both. */
  stop(): Promise<void>;
}

/**
 * Starts the mock: Prism on the bundled spec (on a private port), behind a thin layer that
 * answers every bad request with the documented error envelope. Resolves once *this* Prism
 * reports that it listens, so a server some other process left on a port is never mistaken
 * for ours.
 *
 * @param options - port, host, spec and timeout; all optional
 * @returns the running mock; call `stop()` when done
 * @throws when `spec` is not a readable JSON document, Prism does not start, or the port is taken
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const spec = options.spec ?? bundledSpecPath;
  const layered = options.errorEnvelopes ?? true;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  // Before Prism starts: a spec the layer cannot read must not leave a Prism behind.
  const operations = readOperations(spec);
  const { child, port: enginePort } = await startEngine({
    spec,
    host,
    port: layered ? undefined : options.port,
    startTimeoutMs,
  });
  if (!layered) {
    return { baseUrl: `http://${host}:${enginePort}`, port: enginePort, pid: child.pid!, stop: () => stopChild(child) };
  }
  const layer = createErrorLayer({ host, port: enginePort }, operations);
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
