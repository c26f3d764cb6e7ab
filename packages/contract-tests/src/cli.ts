#!/usr/bin/env node
/**
 * appflow-contract-tests: runs the provider suite (src/suites) against a server, for a
 * provider's CI. Exit code 0 when the server honours the contract, 1 when it does not, 2 when
 * it could not be checked (wrong usage, a server that cannot be reached, a failed setup). The
 * options reach the suite as environment variables (src/settings.ts).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startVitest } from "vitest/node";
import { reasonOf, urlFor } from "./http.js";
import { ContractReporter } from "./reporter.js";
import { DEFAULT_GENERATED_RUNS, isRegion, parseRuns, readAwsCredentials } from "./settings.js";

const usage = `Usage: appflow-contract-tests [--base-url URL] [options]

Checks that the server at URL honours the UpdateFlow contract (POST /update-flow).
  --base-url URL        server under test, http:// or https:// (default: start the Prism mock and test that)
  --flow NAME           a flowName the server has: every request meant to succeed names it
                        (default: the spec's examples' names and generated ones, which the mock has)
  --missing-flow NAME   a flowName the server does not have, to check its 404 RESOURCE_NOT_FOUND
                        (default against the mock: the name the contract documents; otherwise skipped)
  --sigv4 REGION        sign every request with AWS SigV4 (service appflow) for REGION, with
                        AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
  --header H            extra request header "Name: value" (e.g. a static token); repeatable
  --runs N              fast-check runs of generated valid requests (default ${DEFAULT_GENERATED_RUNS})
  --junit FILE          JUnit XML report (default test-results/junit.xml; relative to the current directory)
  --markdown FILE       Markdown report; also appended to $GITHUB_STEP_SUMMARY when that is set
  --help                this text

Exit code: 0 the server honours the contract, 1 it does not, 2 it could not be checked.`;

/** Wrong usage: the reason and the usage text on stderr, exit code 2. */
function usageError(reason: string): never {
  console.error(`${reason}\n\n${usage}`);
  process.exit(2);
}

/** A run that cannot start: one line on stderr, exit code 2. */
function cannotCheck(reason: string): never {
  console.error(`appflow-contract-tests: ${reason}`);
  process.exit(2);
}

/** The options given, or wrong usage for an unknown option or a missing value. */
function parseOptions() {
  try {
    return parseArgs({
      options: {
        "base-url": { type: "string" },
        flow: { type: "string" },
        "missing-flow": { type: "string" },
        sigv4: { type: "string" },
        header: { type: "string", multiple: true },
        runs: { type: "string" },
        junit: { type: "string" },
        markdown: { type: "string" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

/**
 * Asks the server once, with a short time limit, before the suite sends anything: any HTTP
 * answer will do. A server that is not there is one line, not hundreds of failed cases.
 */
async function reachable(baseUrl: string): Promise<void> {
  try {
    const response = await fetch(urlFor(baseUrl, "/update-flow"), { method: "POST", signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
  } catch (error) {
    cannotCheck(`cannot reach ${baseUrl}: ${reasonOf(error)}`);
  }
}

const values = parseOptions();
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const baseUrl = values["base-url"] ?? process.env.CONTRACT_BASE_URL;
if (baseUrl !== undefined) {
  const protocol = URL.canParse(baseUrl) ? new URL(baseUrl).protocol : undefined;
  if (protocol !== "http:" && protocol !== "https:") usageError(`--base-url ${baseUrl} is not an http:// or https:// URL`);
  process.env.CONTRACT_BASE_URL = baseUrl;
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
if (values.sigv4 !== undefined) {
  if (!isRegion(values.sigv4)) usageError(`--sigv4 ${values.sigv4} is not an AWS Region (e.g. us-east-1)`);
  try {
    readAwsCredentials();
  } catch (error) {
    cannotCheck((error as Error).message);
  }
  process.env.CONTRACT_SIGV4_REGION = values.sigv4;
}
if (values.flow !== undefined) {
  if (values.flow === "") usageError("--flow needs a flowName");
  process.env.CONTRACT_FLOW = values.flow;
}
if (values["missing-flow"] !== undefined) {
  if (values["missing-flow"] === "") usageError("--missing-flow needs a flowName");
  process.env.CONTRACT_MISSING_FLOW = values["missing-flow"];
}
// Relative to where the caller is, not to this package (which may be deep in node_modules).
const junit = resolve(values.junit ?? process.env.CONTRACT_JUNIT_FILE ?? "test-results/junit.xml");
const markdown = values.markdown === undefined ? undefined : resolve(values.markdown);
const stepSummary = process.env.GITHUB_STEP_SUMMARY || undefined;

if (baseUrl !== undefined) await reachable(baseUrl);

// The built package: dist/cli.js beside dist/suites/ and dist/global-setup.js. No vitest config
// file: the suite's settings are here, so an installed package needs nothing else.
const dist = dirname(fileURLToPath(import.meta.url));
const reporter = new ContractReporter(baseUrl ?? "the Prism mock (started for this run)", {
  junit,
  ...(markdown ? { markdown } : {}),
  ...(stepSummary ? { stepSummary } : {}),
});
const vitest = await startVitest("test", [], {
  root: dirname(dist),
  config: false,
  include: [join(dist, "suites", "*.test.js")],
  globalSetup: [join(dist, "global-setup.js")],
  watch: false,
  reporters: [reporter],
  testTimeout: 120_000,
  hookTimeout: 60_000,
  // One test per request; a few in flight at once is quick and gentle on a shared machine.
  maxConcurrency: 4,
});
await vitest.close();
const outcome = reporter.outcome;
process.exit(outcome === undefined || outcome.errors > 0 ? 2 : outcome.ok ? 0 : 1);
