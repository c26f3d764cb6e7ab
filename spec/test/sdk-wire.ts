import { AppflowClient, UpdateFlowCommand, type UpdateFlowCommandInput } from "@aws-sdk/client-appflow";

/** What AWS's own SDK put on the wire for one `UpdateFlowCommand`. */
export interface CapturedRequest {
  method: string;
  path: string;
  contentType: string | undefined;
  body: unknown;
}

/** The request members that the model types as `Date` (timestamps) at any depth. */
const TIMESTAMP_MEMBERS = new Set(["scheduleStartTime", "scheduleEndTime", "firstExecutionFrom"]);

/**
 * Turns a wire-shaped request (timestamps as epoch seconds) into the SDK's input shape
 * (timestamps as `Date`), so that the SDK's own serializer decides what goes on the wire.
 */
export function toSdkInput(wire: unknown): UpdateFlowCommandInput {
  const convert = (value: unknown, key?: string): unknown => {
    if (key !== undefined && TIMESTAMP_MEMBERS.has(key) && typeof value === "number") return new Date(value * 1000);
    if (Array.isArray(value)) return value.map((v) => convert(v));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
    return value;
  };
  return convert(wire) as UpdateFlowCommandInput;
}

/**
 * Sends `input` through `@aws-sdk/client-appflow` with a request handler that records the signed,
 * serialized HTTP request instead of sending it, and answers like the service would.
 */
export async function captureUpdateFlow(input: UpdateFlowCommandInput): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  const client = new AppflowClient({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: { method: string; path: string; headers: Record<string, string>; body?: unknown }) {
        const body = request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : String(request.body);
        captured = {
          method: request.method,
          path: request.path,
          contentType: request.headers["content-type"],
          body: JSON.parse(body) as unknown,
        };
        return {
          response: {
            statusCode: 200,
            headers: { "content-type": "application/json" },
            body: new TextEncoder().encode(JSON.stringify({ flowStatus: "Active" })),
          },
        };
      },
    },
  });
  try {
    const output = await client.send(new UpdateFlowCommand(input));
    if (output.flowStatus !== "Active") throw new Error("the SDK did not read the stubbed answer");
  } finally {
    client.destroy();
  }
  if (!captured) throw new Error("the SDK sent nothing");
  return captured;
}
