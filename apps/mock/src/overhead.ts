/**
 * Rough overhead of the error layer: sequential requests per second against bare Prism and
 * against the layered mock, for a valid request (streamed through) and an invalid one
 * (rewritten). Both run at once and take turns, five rounds each; the median round counts, so
 * load from other processes on a shared machine hits both alike.
 * Run with `pnpm --filter @appflow-contract/mock overhead [requests per round]`.
 */
import { readFileSync } from "node:fs";
import { bundledSpecPath, startMock } from "./index.js";

const requests = Number(process.argv[2] ?? 200);
const rounds = 5;
const spec = JSON.parse(readFileSync(bundledSpecPath, "utf8"));
const exampleRef: string = spec.paths["/update-flow"].post.requestBody.content["application/json"].examples.onDemandSalesforceToS3.$ref;
const valid = exampleRef.slice(2).split("/").reduce((at: any, key: string) => at[key], spec).value;
const bodies = { valid: JSON.stringify(valid), invalid: JSON.stringify({ ...valid, flowName: "has space" }) };

const servers = { "bare Prism": await startMock({ errorEnvelopes: false }), "layered mock": await startMock() };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  for (const [kind, body] of Object.entries(bodies)) {
    const rates: Record<string, number[]> = {};
    for (let round = 0; round < rounds; round++) {
      for (const [name, mock] of Object.entries(servers)) {
        const send = () =>
          fetch(`${mock.baseUrl}/update-flow`, {
            method: "POST",
            headers: { authorization: "AWS4-HMAC-SHA256 x", "content-type": "application/json" },
            body,
          }).then((r) => r.arrayBuffer());
        for (let i = 0; i < 10; i++) await send(); // warm up
        const start = performance.now();
        for (let i = 0; i < requests; i++) await send();
        (rates[name] ??= []).push(requests / ((performance.now() - start) / 1000));
      }
    }
    const [bare, layered] = [median(rates["bare Prism"]!), median(rates["layered mock"]!)];
    console.log(
      `${kind.padEnd(7)} bare Prism ${bare.toFixed(0)} req/s, layered mock ${layered.toFixed(0)} req/s ` +
        `(${(1000 / layered - 1000 / bare).toFixed(2)} ms more per request)`,
    );
  }
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}
