// Shared by the tests only: a local server that checks AWS Signature Version 4 as AppFlow would,
// by signing the request it received again with AWS's own signer (SignatureV4 of
// @smithy/signature-v4) and the credentials it knows, and refusing it unless the signatures match.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { errorBody, successBody } from "./test-fixtures.js";

/** AWS's documented example keys: never valid anywhere. */
export const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
export const temporaryCredentials = {
  accessKeyId: "ASIAEXAMPLE",
  secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJIMEYCIQ",
};
export const region = "us-east-1";

/** What the server found on one attempt. */
export interface Checked {
  /** Why the signature was refused; undefined when it is AWS's. */
  refused?: string;
  authorization?: string;
  amzDate?: string;
  securityToken?: string;
  contentSha256?: string;
  signedHeaders: string[];
  body: string;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/** Checks the signature of a request the server received, with its body. */
export async function checkSignature(req: IncomingMessage, body: Buffer): Promise<Checked> {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const checked: Checked = {
    authorization: header("authorization"),
    amzDate: header("x-amz-date"),
    securityToken: header("x-amz-security-token"),
    contentSha256: header("x-amz-content-sha256"),
    signedHeaders: [],
    body: body.toString("utf8"),
  };
  const match = AUTHORIZATION.exec(checked.authorization ?? "");
  if (!match) return { ...checked, refused: "no AWS4-HMAC-SHA256 Authorization" };
  const [, accessKeyId, day, scopeRegion, service, signedHeaders] = match as unknown as string[];
  checked.signedHeaders = signedHeaders!.split(";");
  const known = [credentials, temporaryCredentials].find((c) => c.accessKeyId === accessKeyId);
  if (!known) return { ...checked, refused: `unknown access key ${accessKeyId}` };
  if (scopeRegion !== region || service !== "appflow") return { ...checked, refused: `scope ${scopeRegion}/${service}` };
  if (!checked.signedHeaders.includes("host")) return { ...checked, refused: "host is not signed" };
  if (checked.securityToken !== ("sessionToken" in known ? known.sessionToken : undefined)) {
    return { ...checked, refused: "wrong or missing X-Amz-Security-Token" };
  }
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(checked.amzDate ?? "");
  if (!date || `${date[1]}${date[2]}${date[3]}` !== day) return { ...checked, refused: "X-Amz-Date does not match the scope" };
  const signingDate = new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!));

  // The signed headers as received, but those the signer derives itself: the date and token from
  // the request's time and the known credentials, the payload hash from the body received.
  const headers: Record<string, string> = {};
  for (const name of checked.signedHeaders) {
    if (!["x-amz-date", "x-amz-security-token", "x-amz-content-sha256"].includes(name)) headers[name] = header(name) ?? "";
  }
  const [host, port] = (header("host") ?? "").split(":");
  const url = new URL(req.url ?? "/", "http://server");
  const query: Record<string, string> = Object.fromEntries(url.searchParams);
  const signer = new SignatureV4({ credentials: known, region, service: "appflow", sha256: Sha256 });
  const expected = await signer.sign(
    { method: req.method ?? "POST", protocol: "http:", hostname: host!, ...(port && { port: Number(port) }), path: url.pathname, query, headers, body },
    { signingDate },
  );
  if (expected.headers.authorization !== checked.authorization) return { ...checked, refused: "signature mismatch" };
  return checked;
}

/** Reads a request's body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** How the server answers a request whose signature is AWS's: by default the success envelope. */
export type SignedAnswer = (res: ServerResponse, attempt: number) => void;

/** Answers a checked request: 403 ACCESS_DENIED for a refused signature, else `answer`. */
export function respond(res: ServerResponse, checked: Checked, answer?: SignedAnswer, attempt = 1) {
  if (checked.refused) {
    res.writeHead(403, { "content-type": "application/json" });
    res.end(JSON.stringify(errorBody("ACCESS_DENIED", `The request signature is refused: ${checked.refused}.`)));
  } else if (answer) {
    answer(res, attempt);
  } else {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(successBody));
  }
}

/** A server on a port the OS picks that checks every request's signature and records what it found. */
export async function startSigningServer(answer?: SignedAnswer) {
  const checked: Checked[] = [];
  const server = createServer(async (req, res) => {
    const found = await checkSignature(req, await readBody(req));
    checked.push(found);
    respond(res, found, answer, checked.length);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  return {
    baseUrl: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    checked,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
