#!/usr/bin/env node
/**
 * appflow-contract-tests: runs the provider suites (src/suites) against a server, for a
 * provider's CI. Exit code 0 when the server honours the contract, 1 when it does not.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startVitest } from "vitest/node";

const usage = `Usage: appflow-contract-tests [--base-url URL] [--junit FILE] [--runs N] [--header "Name: value"]...

Checks that the server at URL honours the UpdateFlow contract (POST /update-flow).
  --base-url URL   server under test (default: start the Prism mock and test that)
  --junit FILE     JUnit XML report (default: test-results/junit.xml under the current directory)
  --runs N         fast-check runs of generated valid requests (default 40)
  --header H       extra request header, e.g. a real SigV4 Authorization; repeatable
  --help           this text`;

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    junit: { type: "string" },
    runs: { type: "string" },
    header: { type: "string", multiple: true },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values["base-url"]) {
  const url = values["base-url"];
  if (!URL.canParse(url)) {
    console.error(`--base-url ${url} is not a URL\n\n${usage}`);
    process.exit(2);
  }
  process.env.CONTRACT_BASE_URL = url;
}
if (values.runs) process.env.CONTRACT_PROPERTY_RUNS = values.runs;
if (values.header) {
  const headers = Object.fromEntries(
    values.header.map((h) => {
      const colon = h.indexOf(":");
      if (colon < 1) {
        console.error(`--header ${h} is not "Name: value"`);
        process.exit(2);
      }
      return [h.slice(0, colon).trim().toLowerCase(), h.slice(colon + 1).trim()];
    }),
  );
  process.env.CONTRACT_HEADERS = JSON.stringify(headers);
}
process.env.CONTRACT_JUNIT_FILE = resolve(values.junit ?? "test-results/junit.xml");

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const vitest = await startVitest("test", ["src/suites/"], { root, config: join(root, "vitest.config.ts"), watch: false });
await vitest.close();
console.log(`JUnit report: ${process.env.CONTRACT_JUNIT_FILE}`);
process.exit(process.exitCode ?? 0);
