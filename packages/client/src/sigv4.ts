/**
 * AWS Signature Version 4 for `updateFlow`, as middleware: `@appflow-contract/client/sigv4`.
 * Built on AWS's own signer (`SignatureV4` of `@smithy/signature-v4`, with the SHA-256 of
 * `@aws-crypto/sha256-js`), in an entry of its own so that a client without it never loads it.
 *
 * @packageDocumentation
 */
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";

/** An AWS credential identity, as `@aws-sdk/credential-providers` resolves one. */
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Set for temporary credentials (STS, SSO, an instance or container role); sent as `X-Amz-Security-Token`. */
  readonly sessionToken?: string;
  /** When temporary credentials stop working; they are fetched again 5 minutes before. */
  readonly expiration?: Date;
}

/** What `@aws-sdk/credential-providers` returns (`fromNodeProviderChain()`, `fromIni()`, ...): an async source of credentials. */
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

/** Options of {@link sigv4}. */
export interface Sigv4Options {
  /** The AWS Region of the endpoint, e.g. `us-east-1`. */
  region: string;
  /** The credentials to sign with, or a provider of them. */
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** The signing name of the service. Default `appflow`. */
  service?: string;
}

/**
 * The middleware {@link sigv4} returns. Its `onRequest` reads only the request, so the same
 * object works in `createUpdateFlowClient({ middleware })` and in `client.raw.use()`.
 */
export interface Sigv4Middleware {
  /** Signs the request in place (`Authorization`, `X-Amz-Date`, `X-Amz-Content-Sha256`, and `X-Amz-Security-Token` for temporary credentials) and returns it. */
  onRequest(context: { request: Request }): Promise<Request>;
}

/** Credentials within this long of their expiration are fetched again, as AWS's SDKs do. */
const refreshBeforeMs = 5 * 60_000;

/**
 * Signs each request with AWS Signature Version 4, afresh on every attempt (a new `X-Amz-Date`
 * each time), for the service `appflow` by default.
 *
 * A provider of credentials is asked once and its answer reused until 5 minutes before its
 * `expiration` (forever when it has none), with one request in flight however many calls wait,
 * as AWS's SDKs do; a provider that rejects fails the call at once, and is asked again by the
 * next call.
 *
 * @example
 * ```ts
 * import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
 * import { createUpdateFlowClient } from "@appflow-contract/client";
 * import { sigv4 } from "@appflow-contract/client/sigv4";
 *
 * const signer = sigv4({ region: "us-east-1", credentials: fromNodeProviderChain() });
 * const client = createUpdateFlowClient({ baseUrl: "https://appflow.us-east-1.amazonaws.com", middleware: [signer] });
 * client.raw.use(signer); // the escape hatch's requests too
 * ```
 */
export function sigv4(options: Sigv4Options): Sigv4Middleware {
  const signer = new SignatureV4({
    service: options.service ?? "appflow",
    region: options.region,
    credentials: remembered(options.credentials),
    sha256: Sha256,
  });
  return {
    async onRequest({ request }) {
      const url = new URL(request.url);
      // Host is not a header a fetch may set, but it is signed: the one fetch sends for the URL.
      const headers: Record<string, string> = { host: url.host };
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const query: Record<string, string | string[]> = {};
      for (const [name, value] of url.searchParams) {
        const seen = query[name];
        query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
      }
      const signed = await signer.sign({
        method: request.method,
        protocol: url.protocol,
        hostname: url.hostname,
        // Stryker disable next-line ObjectLiteral: the signer signs the host header, port included; `port` is not part of what it signs.
        ...(url.port && { port: Number(url.port) }),
        path: url.pathname,
        query,
        headers,
        // The very bytes that will be sent; a clone leaves the request's own body unread.
        body: request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined,
      });
      for (const [name, value] of Object.entries(signed.headers)) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: setting a header to the value it has (host: the URL's own) changes nothing.
        if (name !== "host" && headers[name] !== value) request.headers.set(name, value);
      }
      return request;
    },
  };
}

/** A provider's credentials, asked again only when they are about to expire. */
function remembered(credentials: Sigv4Options["credentials"]): Sigv4Options["credentials"] {
  if (typeof credentials !== "function") return credentials;
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return () => {
    if (current && !(current.expiration && current.expiration.getTime() - Date.now() < refreshBeforeMs)) return Promise.resolve(current);
    pending ??= credentials().then(
      (identity) => {
        pending = undefined;
        current = identity;
        return identity;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
