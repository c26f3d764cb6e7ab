/**
 * Bare Prism, `prism mock` as a child process: only for `startMock({ errorEnvelopes: false })`,
 * the baseline that the bench compares the mock with. The mock itself runs Prism's engine in its
 * own process (engine.ts); nothing here is on its path. Internal to the package.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

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

/** Prism exited before it listened; `output` is what it printed. */
export class PrismExitedError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = "PrismExitedError";
  }
  /** Whether Prism could not bind its port because something else took it. */
  get portTaken(): boolean {
    return this.output.includes("EADDRINUSE");
  }
}

/** How many times {@link startBarePrism} tries again with a new port when its port was taken meanwhile. */
export const PORT_RETRIES = 3;

/** Options of {@link startBarePrism}. */
export interface BarePrismOptions {
  /** The bundled spec to serve. */
  spec: string;
  /** Host to bind. */
  host: string;
  /** The port to bind; when omitted, `choosePort` picks one (again after an EADDRINUSE). */
  port?: number;
  /** Milliseconds to wait for Prism to report that it listens. */
  startTimeoutMs: number;
  /** Picks a free port; {@link freePort} by default (tests pass one that loses the race). */
  choosePort?: (host: string) => Promise<number>;
}

/**
 * Spawns `prism mock` and resolves once it listens. A port picked by `choosePort` can be taken by
 * another process before Prism binds it; then Prism exits with EADDRINUSE and this tries a new
 * port, up to {@link PORT_RETRIES} times. A port given by the caller is never replaced.
 */
export async function startBarePrism(options: BarePrismOptions): Promise<{ child: ChildProcess; port: number }> {
  const choose = options.choosePort ?? freePort;
  for (let attempt = 0; ; attempt++) {
    const port = options.port ?? (await choose(options.host));
    const child = spawn(
      process.execPath,
      [prismBin(), "mock", options.spec, "--host", options.host, "--port", String(port), "--errors", "false"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      await waitForListening(child, `http://${options.host}:${port}`, options.startTimeoutMs);
      return { child, port };
    } catch (error) {
      await stopChild(child);
      const retry = error instanceof PrismExitedError && error.portTaken && options.port === undefined && attempt < PORT_RETRIES;
      if (!retry) throw error;
    }
  }
}

/**
 * Resolves once `child` (Prism) prints that it listens on `baseUrl`; rejects when it exits
 * first ({@link PrismExitedError}), cannot be spawned (its `error`), or takes longer than
 * `timeoutMs` (then it is killed).
 */
export function waitForListening(child: ChildProcess, baseUrl: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Prism is listening on ${baseUrl}`)) {
        cleanup();
        resolve();
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      const why = signal ? `signal ${signal}` : `code ${code}`;
      reject(new PrismExitedError(`Prism exited (${why}) before listening on ${baseUrl}:\n${output}`, output));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new Error(`Prism could not be started: ${error.message}`, { cause: error }));
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
      child.off("error", onError);
      // A later spawn or kill error must not crash the process: nobody waits for it any more.
      child.on("error", () => {});
      // Keep draining so a chatty Prism never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

/** Stops `child` (SIGTERM, SIGKILL after 5 s) and resolves once it exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  // Never spawned (no pid), or gone already.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
