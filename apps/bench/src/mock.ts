import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import type { UpdateFlowRequest } from "@appflow-contract/client";
import { startMock } from "@appflow-contract/mock";
import { median } from "./stats.js";

/** A server under load: where it listens, and how to stop it. */
interface Server {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * `startMock()` in a Node process of its own, as bare Prism runs in one: the mock runs Prism's
 * engine in-process, and autocannon must not share its event loop (nor its log: `quiet`).
 */
async function startMockProcess(): Promise<Server> {
  const entry = import.meta.resolve("@appflow-contract/mock");
  const script = [
    `const { startMock } = await import(${JSON.stringify(entry)});`,
    "const mock = await startMock({ quiet: true });",
    'process.once("SIGTERM", () => mock.stop().then(() => process.exit(0)));',
    'process.stdout.write(mock.baseUrl.concat("\\n"));',
  ].join(" ");
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = (await once(child.stdout, "data")) as [Buffer];
  return {
    baseUrl: line.toString().trim(),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** One load configuration against one server. */
export interface MockResult {
  server: string;
  request: "valid" | "invalid";
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

const rounds = 3;

/**
 * Loads the mock (Prism's engine behind the mock's guards) and bare Prism (`prism mock`) on the
 * same spec with autocannon, 1 and 16 connections, for a valid and an invalid request; each in a
 * process of its own. The two servers take turns for `rounds` rounds so machine noise hits both;
 * the medians are reported.
 */
export async function benchMock(valid: UpdateFlowRequest, options: { seconds: number }): Promise<MockResult[]> {
  const servers: Array<[string, Server]> = [
    ["mock (startMock)", await startMockProcess()],
    ["bare Prism", await startMock({ errorEnvelopes: false })],
  ];
  const bodies = {
    valid: JSON.stringify(valid),
    invalid: JSON.stringify({ ...valid, flowName: "has a space" }),
  } as const;
  const results: MockResult[] = [];
  try {
    for (const request of ["valid", "invalid"] as const) {
      for (const connections of [1, 16]) {
        const samples = new Map<string, autocannon.Result[]>();
        for (let round = 0; round < rounds; round++) {
          const order = round % 2 === 0 ? servers : [...servers].reverse();
          for (const [name, server] of order) {
            const result = await autocannon({
              url: `${server.baseUrl}/update-flow`,
              method: "POST",
              headers: { "content-type": "application/json", authorization: "AWS4-HMAC-SHA256 bench" },
              body: bodies[request],
              connections,
              duration: options.seconds,
            });
            const expected = request === "valid" ? "2xx" : "4xx";
            const wrong = result.errors + result.timeouts + (result["2xx"] + result["4xx"] + result["5xx"] - result[expected]);
            if (wrong > 0) throw new Error(`${name} answered ${wrong} ${request} requests wrongly`);
            samples.set(name, [...(samples.get(name) ?? []), result]);
          }
        }
        for (const [name, list] of samples) {
          results.push({
            server: name,
            request,
            connections,
            requestsPerSecond: median(list.map((r) => r.requests.average)),
            p50: median(list.map((r) => r.latency.p50)),
            p99: median(list.map((r) => r.latency.p99)),
          });
        }
      }
    }
  } finally {
    await Promise.all(servers.map(([, s]) => s.stop()));
  }
  return results;
}
