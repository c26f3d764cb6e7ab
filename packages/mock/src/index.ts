import { bundledSpecPath } from "@appflow-contract/spec";
import { startBarePrism, stopChild } from "./bare.js";
import { createEngine, readSpec } from "./engine.js";
import { listenMock } from "./server.js";
import type { MockOptions, RunningMock } from "./types.js";

export type { MockOptions, RequestLog, RunningMock } from "./types.js";

/**
 * Starts the mock: Prism's engine (router, request validator, example selection, `Prefer`) on
 * the bundled spec, in this process, behind guards that answer every request, however hostile,
 * with a status the spec documents and a body valid against it (the error envelope for every
 * failure; see the package's README for what each hostile input gets). Resolves once the mock's
 * own server listens, on a free port unless `options.port` names one.
 *
 * @param options - port, host, spec, the token clock, limits, logging; all optional
 * @returns the running mock; call `stop()` when done
 * @throws when `spec` is not a readable bundled JSON document, Prism cannot read it, or the port
 *   is taken (the error's `code` is `EADDRINUSE`)
 * @example
 * ```ts
 * const mock = await startMock({ quiet: true });
 * const answer = await fetch(`${mock.baseUrl}/update-flow`, { method: "POST", headers, body });
 * await mock.stop();
 * ```
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const spec = options.spec ?? bundledSpecPath;
  // Before anything starts: a spec the mock cannot read must not leave a server or a Prism behind.
  const doc = readSpec(spec);
  if (options.errorEnvelopes === false) {
    const host = options.host ?? "127.0.0.1";
    const { child, port } = await startBarePrism({ spec, host, port: options.port, startTimeoutMs: options.startTimeoutMs ?? 30_000 });
    return { baseUrl: `http://${host}:${port}`, port, pid: child.pid!, stop: () => stopChild(child) };
  }
  return listenMock(await createEngine(doc), options);
}
