import { AppflowClient, UpdateFlowCommand } from "@aws-sdk/client-appflow";
import { createUpdateFlowClient, type UpdateFlowRequest } from "@appflow-contract/client";
import { interleavedRounds, withConcurrency, type Contestant, type RoundsResult } from "./stats.js";
import { startSuccessServer } from "./success-server.js";

const authorization = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/appflow/aws4_request";

/** Results of the call-overhead benchmark for one concurrency level. */
export interface CallOverheadResult {
  concurrency: number;
  results: RoundsResult[];
}

/**
 * Times `updateFlow` of this client (pre-flight validation on), a hand-written `fetch` call and
 * the AWS SDK's `UpdateFlowCommand` against one local server that answers the success envelope.
 */
export async function benchCallOverhead(
  request: UpdateFlowRequest,
  options: { rounds: number; n: number; concurrency: readonly number[] },
): Promise<CallOverheadResult[]> {
  const server = await startSuccessServer();
  try {
    const url = `${server.baseUrl}/update-flow`;
    const client = createUpdateFlowClient({ baseUrl: server.baseUrl, headers: { authorization } });
    const sdk = new AppflowClient({
      region: "us-east-1",
      endpoint: server.baseUrl,
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
    });
    const sdkInput = toSdkInput(request);
    const calls: Record<string, () => Promise<unknown>> = {
      "raw fetch": async () => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization },
          body: JSON.stringify(request),
        });
        return response.json();
      },
      "@appflow-contract/client": async () => {
        const result = await client.updateFlow(request);
        if (!result.success) throw new Error(`unexpected failure: ${JSON.stringify(result)}`);
      },
      "@aws-sdk/client-appflow": () => sdk.send(new UpdateFlowCommand(sdkInput)),
    };
    const out: CallOverheadResult[] = [];
    for (const concurrency of options.concurrency) {
      const contestants: Contestant[] = Object.entries(calls).map(([name, call]) => ({
        name,
        run: (n) => withConcurrency(n, concurrency, call),
      }));
      const results = await interleavedRounds(contestants, {
        rounds: options.rounds,
        n: options.n,
        warmup: Math.max(50, Math.floor(options.n / 4)),
      });
      out.push({ concurrency, results });
    }
    sdk.destroy();
    return out;
  } finally {
    await server.close();
  }
}

const timestampMembers = new Set(["scheduleStartTime", "scheduleEndTime", "firstExecutionFrom"]);

/** The SDK takes `Date` objects where the wire carries epoch seconds. */
function toSdkInput(request: UpdateFlowRequest): ConstructorParameters<typeof UpdateFlowCommand>[0] {
  return JSON.parse(JSON.stringify(request), (key, value) =>
    timestampMembers.has(key) && typeof value === "number" ? new Date(value * 1000) : value,
  );
}
