/** The server under test, and how to talk to it. */
export interface Target {
  /** Base URL, e.g. `http://127.0.0.1:4010` or `https://api.example/prod` (paths are appended to it). */
  baseUrl: string;
  /** Headers sent with every request, by default a placeholder SigV4 `Authorization`. */
  headers?: Record<string, string>;
  /** Milliseconds before a request counts as hanging (default 10 s). */
  timeoutMs?: number;
  /**
   * Signs each request (except the probe that must arrive unsigned): the client's SigV4
   * middleware (`sigv4()` of `@appflow-contract/client/sigv4`), or anything with its shape.
   */
  sign?: { onRequest(context: { request: Request }): Promise<Request> };
  /** The AWS Region `sign` signs for, so that a report's `curl` can sign the same way. */
  signingRegion?: string;
}

/** A request the suite sends, as the checks describe it. */
export interface Probe {
  method?: string;
  path?: string;
  headers?: Record<string, string | undefined>;
  /** A JSON value (serialized), or a string sent as is; omitted for no body. */
  json?: unknown;
  raw?: string;
  /** Sent without a signature even when the target signs (the unsigned-request check). */
  unsigned?: boolean;
}

/**
 * What was sent, for a report to reproduce it: headers as the suite set them, the values of the
 * caller's own headers (`--header`, perhaps a secret) left out, and the signature left to the
 * reader's `curl --aws-sigv4`.
 */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Names of headers whose values came from the caller and are not repeated in reports. */
  redacted: string[];
  body?: string;
  /** The AWS Region of the SigV4 signature, when the request was signed. */
  signedFor?: string;
}

/** A probe and what came back for it. `json` is undefined when the body is not JSON. */
export interface Exchange {
  probe: Probe;
  sent: SentRequest;
  status: number;
  contentType: string | null;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Sent with every probe unless the target or the probe overrides them. */
const DEFAULT_HEADERS: Record<string, string> = {
  authorization: "AWS4-HMAC-SHA256 Credential=contract-tests/20260101/us-east-1/appflow/aws4_request, SignedHeaders=host, Signature=0",
  "content-type": "application/json",
  accept: "application/json",
};

/** A base URL without trailing slashes, so that a path can be appended to it. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/**
 * The URL of `path` on the server at `baseUrl`, keeping any path of the base URL: a provider
 * behind `https://api.example/prod` is asked at `https://api.example/prod/update-flow`
 * (`new URL("/update-flow", base)` would drop `/prod`).
 */
export function urlFor(baseUrl: string, path: string): string {
  return trimBaseUrl(baseUrl) + (path.startsWith("/") ? path : `/${path}`);
}

/** Thrown by {@link send} when no answer came; `sent` is what was asked. */
export class NoAnswerError extends Error {
  constructor(
    message: string,
    readonly sent: SentRequest,
  ) {
    super(message);
    this.name = "NoAnswerError";
  }
}

/** The network-level reason of a failed fetch (`ECONNREFUSED`, a timeout), not undici's "fetch failed". */
export function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === "TimeoutError") return (error as Error).message;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/**
 * Sends one probe, signed when the target signs. A hang or a network error is a
 * {@link NoAnswerError}: the caller turns it into a finding.
 */
export async function send(target: Target, probe: Probe, path: string): Promise<Exchange> {
  const signing = target.sign !== undefined && !probe.unsigned;
  const merged: Record<string, string | undefined> = { ...DEFAULT_HEADERS, ...target.headers, ...probe.headers };
  // A signed request carries the signer's Authorization, not the placeholder.
  if (signing && target.headers?.authorization === undefined && probe.headers?.authorization === undefined) delete merged.authorization;
  const headers = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const body = probe.raw ?? (probe.json === undefined ? undefined : JSON.stringify(probe.json));
  const method = probe.method ?? "POST";
  const url = urlFor(target.baseUrl, probe.path ?? path);
  const sent: SentRequest = {
    method,
    url,
    headers,
    redacted: Object.keys(target.headers ?? {}).filter((name) => name in headers),
    ...(body === undefined ? {} : { body }),
    ...(signing && target.signingRegion ? { signedFor: target.signingRegion } : {}),
  };
  let request = new Request(url, { method, headers, body, signal: AbortSignal.timeout(target.timeoutMs ?? 10_000) });
  let response: Response;
  let text: string;
  try {
    if (signing) request = await target.sign!.onRequest({ request });
    response = await fetch(request);
    text = await response.text();
  } catch (error) {
    throw new NoAnswerError(reasonOf(error), sent);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { probe, sent, status: response.status, contentType: response.headers.get("content-type"), headers: response.headers, text, json };
}
