import { startMock, type RunningMock } from "@appflow-contract/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatFindings, runAllChecks, type Budget, type Finding } from "./checks.js";
import { loadContract } from "./contract.js";
import { mapLimit } from "./http.js";
import { defects, startBrokenProvider } from "./fixtures/broken-providers.js";

// The same checks as the provider suites, with a smaller budget: every check still runs.
const budget: Budget = { mutations: 15, generated: 5, seed: 42 };
const contract = loadContract();
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.stop();
});

const allFindings = (results: Awaited<ReturnType<typeof runAllChecks>>): Finding[] =>
  Object.values(results).flatMap((r) => r.findings);

describe("the suite catches a broken provider", () => {
  it("passes against the mock", async () => {
    const findings = allFindings(await runAllChecks(contract, { baseUrl: mock.baseUrl }, budget));
    expect(findings, `\n${formatFindings(findings)}`).toHaveLength(0);
  });

  it("fails against each deliberately broken provider", async () => {
    const names = Object.keys(defects);
    const outcomes = await mapLimit(names, 2, async (name) => {
      const provider = await startBrokenProvider(mock.baseUrl, defects[name]!);
      try {
        return { name, findings: allFindings(await runAllChecks(contract, { baseUrl: provider.baseUrl, concurrency: 2 }, budget)) };
      } finally {
        await provider.close();
      }
    });
    for (const { name, findings } of outcomes) {
      console.log(`${findings.length > 0 ? "detected" : "MISSED  "} ${name}: ${findings.length} findings${findings[0] ? `, e.g. ${formatFindings([findings[0]])}` : ""}`);
    }
    const detected = outcomes.filter((o) => o.findings.length > 0).length;
    console.log(`detected ${detected} of ${names.length}`);
    expect(outcomes.filter((o) => o.findings.length === 0).map((o) => o.name)).toEqual([]);
  });
});
