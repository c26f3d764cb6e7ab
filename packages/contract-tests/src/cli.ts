#!/usr/bin/env node
/**
 * appflow-contract-tests: runs the provider suites (src/suites) against a server, for a
 * provider's CI. Exit code 0 when the server honours the contract, 1 when it does not, 2 for
 * wrong usage. The options reach the suite as environment variables (src/settings.ts).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startVitest } from "vitest/node";
import { DEFAULT_GENERATED_RUNS, parseRuns } from "./settings.js";

const usage = `Usage: appflow-contract-tests [--base-url URL] [--junit FILE] [--runs N] [--header "Name: value"]...

Checks that the server at URL honours the UpdateFlow contract (POST /update-flow).
  --base-url URL   server under test (default: start the Prism mock and test that)
  --junit FILE     JUnit XML report (default: test-results/junit.xml under the current directory)
  --runs N         fast-check runs of generated valid requests (default ${DEFAULT_GENERATED_RUNS})
  --header H       extra request header, e.g. a real SigV4 Authorization; repeatable
  --help           this text`;

/** Wrong usage: the reason and the usage text on stderr, exit code 2. */
function usageError(reason: string): never {
  console.error(`${reason}\n\n${usage}`);
  process.exit(2);
}

/** The options given, or wrong usage for an unknown option or a missing value. */
function parseOptions() {
  try {
    return parseArgs({
      options: {
        "base-url": { type: "string" },
        junit: { type: "string" },
        runs: { type: "string" },
        header: { type: "string", multiple: true },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const values = parseOptions();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values["base-url"]) {
  const url = values["base-url"];
  if (!URL.canParse(url)) {
    usageError(`--base-url ${url} is not a URL`);
  }
  process.env.CONTRACT_BASE_URL = url;
}
if (values.runs !== undefined) {
  const runs = parseRuns(values.runs);
  if (runs === undefined) usageError(`--runs ${values.runs} is not a positive integer`);
  process.env.CONTRACT_PROPERTY_RUNS = String(runs);
}
if (values.header) {
  const headers = Object.fromEntries(
    values.header.map((h) => {
      const colon = h.indexOf(":");
      if (colon < 1) usageError(`--header ${h} is not "Name: value"`);
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
