/** The server under test, and how to talk to it. */
export interface Target {
  /** Base URL, e.g. `http://127.0.0.1:4010` or `https://api.example/prod` (paths are appended to it). */
  baseUrl: string;
  /** Headers sent with every request, by default a placeholder SigV4 `Authorization`. */
  headers?: Record<string, string>;
  /** Milliseconds before a request counts as hanging (default 10 s). */
  timeoutMs?: number;
}

/** A request the suite sends, as the checks describe it. */
export interface Probe {
  method?: string;
  path?: string;
  headers?: Record<string, string | undefined>;
  /** A JSON value (serialized), or a string sent as is; omitted for no body. */
  json?: unknown;
  raw?: string;
}

/** A probe and what came back for it. `json` is undefined when the body is not JSON. */
export interface Exchange {
  probe: Probe;
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

/** Sends one probe. A hang or a network error is an exception: the caller turns it into a finding. */
export async function send(target: Target, probe: Probe, path: string): Promise<Exchange> {
  const headers = Object.fromEntries(
    Object.entries({ ...DEFAULT_HEADERS, ...target.headers, ...probe.headers }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const body = probe.raw ?? (probe.json === undefined ? undefined : JSON.stringify(probe.json));
  const response = await fetch(urlFor(target.baseUrl, probe.path ?? path), {
    method: probe.method ?? "POST",
    headers,
    body,
    signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { probe, status: response.status, contentType: response.headers.get("content-type"), headers: response.headers, text, json };
}
