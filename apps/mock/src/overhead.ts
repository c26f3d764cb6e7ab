/**
 * Rough overhead of the error layer: sequential requests per second against bare Prism and
 * against the layered mock, for a valid request (streamed through) and an invalid one
 * (rewritten). Run with `pnpm --filter @appflow-contract/mock overhead [requests]`.
 */
import { readFileSync } from "node:fs";
import { bundledSpecPath, startMock } from "./index.js";

const requests = Number(process.argv[2] ?? 200);
const spec = JSON.parse(readFileSync(bundledSpecPath, "utf8"));
const exampleRef: string = spec.paths["/update-flow"].post.requestBody.content["application/json"].examples.onDemandSalesforceToS3.$ref;
const valid = exampleRef.slice(2).split("/").reduce((at: any, key: string) => at[key], spec).value;
const bodies = { valid: JSON.stringify(valid), invalid: JSON.stringify({ ...valid, flowName: "has space" }) };

for (const errorEnvelopes of [false, true]) {
  const mock = await startMock({ errorEnvelopes });
  for (const [kind, body] of Object.entries(bodies)) {
    const send = () =>
      fetch(`${mock.baseUrl}/update-flow`, {
        method: "POST",
        headers: { authorization: "AWS4-HMAC-SHA256 x", "content-type": "application/json" },
        body,
      }).then((r) => r.arrayBuffer());
    for (let i = 0; i < 20; i++) await send(); // warm up
    const start = performance.now();
    for (let i = 0; i < requests; i++) await send();
    const seconds = (performance.now() - start) / 1000;
    console.log(`${errorEnvelopes ? "layered mock" : "bare Prism  "} ${kind.padEnd(7)} ${(requests / seconds).toFixed(0)} req/s`);
  }
  await mock.stop();
}
