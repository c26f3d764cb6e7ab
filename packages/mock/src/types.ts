/** The types of the package's face (re-exported by index.ts). */

/** Options for `startMock()`. Every one is optional. */
export interface MockOptions {
  /** TCP port to listen on; a free port chosen by the OS when omitted (port 0). */
  port?: number;
  /** Host to bind; `127.0.0.1` by default. */
  host?: string;
  /**
   * OpenAPI document to serve: a *bundled* document in JSON, one file with every `$ref` local
   * (what `redocly bundle openapi.yaml -o openapi.json` writes); the spec package's
   * `bundledSpecPath` by default. A YAML or multi-file document is refused before anything starts.
   */
  spec?: string;
  /** Milliseconds to wait for bare Prism (`errorEnvelopes: false`) to report that it listens; 30 000 by default. */
  startTimeoutMs?: number;
  /**
   * `false` serves bare Prism instead (`prism mock` in a child process, without anything of the
   * mock's: no envelopes, no guards), only to compare the two, e.g. for overhead. Of the other
   * options only `port`, `host`, `spec` and `startTimeoutMs` apply then.
   */
  errorEnvelopes?: boolean;
  /**
   * The clock of the `clientToken` memory, in milliseconds since the epoch; `Date.now` by default.
   * Tests pass one they can move to see a token expire after 8 hours.
   */
  now?: () => number;
  /**
   * The `flowName` of the one flow the mock does not have: updating it answers 404
   * `RESOURCE_NOT_FOUND`. The spec's `missingFlowName` (`no-such-flow`) by default.
   */
  missingFlowName?: string;
  /**
   * Receives one line per request: method, path, status, code (`-` for a success), milliseconds,
   * and a note when something went wrong on the mock's side; `entry` has the same as fields.
   * Writes the line to stderr by default.
   */
  log?: (line: string, entry: RequestLog) => void;
  /** `true` logs nothing (overrides `log`). */
  quiet?: boolean;
  /** The largest body read, in bytes; 10 MB (10,485,760, the spec's) by default. A larger one is answered 413 `PAYLOAD_TOO_LARGE`. */
  maxBodyBytes?: number;
  /** The deepest nesting of objects and arrays taken; 64 (the spec's) by default. A deeper body is answered 400 `VALIDATION_ERROR`. */
  maxDepth?: number;
  /** Milliseconds a client has to send the request line and headers; 10 000 by default. Then it gets 408 `REQUEST_TIMEOUT`. */
  headersTimeoutMs?: number;
  /** Milliseconds a client has to send the whole request, body included; 30 000 by default (at least `headersTimeoutMs`). Then it gets 408 `REQUEST_TIMEOUT`. */
  requestTimeoutMs?: number;
}

/** A running mock server. */
export interface RunningMock {
  /** Base URL of the mock, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  /** The TCP port the mock listens on (the one in {@link RunningMock.baseUrl}). */
  port: number;
  /**
   * PID of the process that serves the mock: this process (`process.pid`), since the mock runs
   * Prism's engine in-process; bare Prism's child process for `errorEnvelopes: false`. Do not
   * kill it to stop the mock; call {@link RunningMock.stop}.
   */
  pid: number;
  /** Stops listening, closes every connection and resolves when the server is closed. Calling it again is harmless. */
  stop(): Promise<void>;
}

/** What the mock logs about one request (see `MockOptions.log`). */
export interface RequestLog {
  /** The request's method, `-` when the request line could not be read. */
  method: string;
  /** The request's path without the query, `-` when the request line could not be read. */
  path: string;
  /** The answer's status; `undefined` when there was none (the client hung up first). */
  status: number | undefined;
  /** The error envelope's code; `undefined` for a success, a preflight or no answer. */
  code: string | undefined;
  /** Milliseconds from the request's head to its answer. */
  ms: number;
  /** The answer's `x-amzn-RequestId`. */
  requestId: string;
  /** What went wrong on the mock's side or the connection's, e.g. `engine failed: ...`, `client hung up`. */
  note?: string;
}
