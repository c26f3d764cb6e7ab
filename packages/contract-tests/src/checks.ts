/**
 * The checks: which requests to send, what to expect back, and what is wrong with an answer.
 * The suite (src/suites/provider.test.ts) turns each case of {@link buildCases} into a test and
 * runs {@link checkGeneratedRequests} as one; the self-tests in test/ run the same cases against
 * deliberately broken providers.
 */
import fc from "fast-check";
import { missingFlowName } from "@appflow-contract/spec/contract";
import { arbitraryFor } from "./arbitrary.js";
import { describeErrors, type Contract } from "./contract.js";
import { send, type Exchange, type Probe, type Target } from "./http.js";
import { generateMutations, type Mutation } from "./mutations.js";
import { DEFAULT_GENERATED_RUNS } from "./settings.js";

/** The checks, by the names that findings and the README use. */
export type CheckName = "request examples" | "invalid requests" | "generated requests" | "protocol errors" | "documented errors";

/** One way in which the server (or, for `request examples`, the spec itself) broke the contract. */
export interface Finding {
  /** Which check found it. */
  check: CheckName;
  /** The request, in a few words. */
  request: string;
  problem: string;
}

/** The answer a case expects. */
export interface Expectation {
  status: number;
  /** For errors: the expected `error.code`. */
  code?: string;
}

/** One request of a check and what it expects back. */
export interface Case {
  check: CheckName;
  /** The request, in a few words. */
  label: string;
  probe: Probe;
  expect: Expectation;
  /** Further checks on a conforming answer. */
  also?: (exchange: Exchange) => string[];
}

/** The cases of one check, as the suite groups them. */
export interface CaseGroup {
  check: CheckName;
  /** The suite's `describe` title (and so the JUnit suite name). */
  title: string;
  cases: Case[];
  /** What the check could not do, and counts worth printing (e.g. mutations by rule). */
  notes: string[];
  /** Asks for statuses with Prism's `Prefer: code=N`, which only the mock honours. */
  mockOnly: boolean;
}

const mediaType = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Checks one answer, whatever was asked, and returns what is wrong with it: a documented status,
 * a documented content type for it, a body valid against that status's schema, `success`
 * consistent with the status, and for an error a code that the contract pairs with that status.
 */
export function checkConformance(contract: Contract, exchange: Exchange): string[] {
  const status = String(exchange.status);
  const documented = contract.responses.get(status) ?? contract.responses.get(`${status[0]}XX`) ?? contract.responses.get("default");
  if (!documented) return [`status ${status} is not documented (documented: ${[...contract.responses.keys()].join(", ")})`];
  const type = mediaType(exchange.contentType);
  const validate = documented.validators.get(type);
  if (!validate) {
    return [`content type "${exchange.contentType}" is not documented for ${status} (documented: ${[...documented.validators.keys()].join(", ")})`];
  }
  if (exchange.json === undefined) return [`the ${status} body is not JSON: ${JSON.stringify(exchange.text.slice(0, 80))}`];
  const body = exchange.json as { success?: unknown; error?: { code?: unknown } };
  const ok = exchange.status >= 200 && exchange.status < 300;
  const code = body?.error?.code;
  const codeProblem =
    !ok && documented.codes.size > 0 && typeof code === "string" && !documented.codes.has(code)
      ? `error code ${code} is not documented for ${status} (documented: ${[...documented.codes].join(", ")})`
      : undefined;
  const problems: string[] = [];
  if (!validate(exchange.json)) {
    // The status's schema narrows `error.code` too; the line below names the codes it allows.
    const errors = (validate.errors ?? []).filter((e) => !(codeProblem && e.instancePath === "/error/code" && e.keyword === "enum"));
    if (errors.length > 0) problems.push(`the ${status} body does not match its schema: ${describeErrors(errors)}`);
  }
  if (body?.success !== ok) problems.push(`status ${status} but success is ${JSON.stringify(body?.success)}`);
  if (codeProblem) problems.push(codeProblem);
  return problems;
}

/** Sends one case and returns what is wrong with the answer: conformance, then the expectation. */
export async function runCase(contract: Contract, target: Target, c: Case): Promise<Finding[]> {
  let exchange: Exchange;
  try {
    exchange = await send(target, c.probe, contract.path);
  } catch (error) {
    return [{ check: c.check, request: c.label, problem: `no answer: ${(error as Error).message}` }];
  }
  const problems = checkConformance(contract, exchange);
  if (exchange.status !== c.expect.status) problems.unshift(`status ${exchange.status}, expected ${c.expect.status}`);
  const code = (exchange.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (c.expect.code && problems.length === 0 && code !== c.expect.code) {
    problems.push(`error code ${String(code)}, expected ${c.expect.code}`);
  }
  if (problems.length === 0 && c.also) problems.push(...c.also(exchange));
  return problems.map((problem) => ({ check: c.check, request: c.label, problem }));
}

/** Checks that the spec's own named request examples are valid for its request schema (no request sent). */
export function validateRequestExamples(contract: Contract): Finding[] {
  return contract.requestExamples
    .filter((example) => !contract.validateRequest(example.value))
    .map((example) => ({
      check: "request examples",
      request: example.name,
      problem: `the spec's own example breaks the request schema: ${describeErrors(contract.validateRequest.errors)}`,
    }));
}

/**
 * The cases of every check that sends fixed requests, grouped by check in the order the suite
 * runs them. Generated valid requests are not cases: see {@link checkGeneratedRequests}.
 * @param options.mutations - when set, only this many invalid requests, spread evenly over all of them
 */
export function buildCases(contract: Contract, options: { mutations?: number } = {}): CaseGroup[] {
  const invalid = buildMutationCases(contract, options.mutations);
  return [
    {
      check: "request examples",
      title: "named request examples: accepted with 200 and the success envelope",
      cases: buildExampleCases(contract),
      notes: [],
      mockOnly: false,
    },
    {
      check: "invalid requests",
      title: `generated invalid requests (${invalid.cases.length}): 400 and VALIDATION_ERROR`,
      ...invalid,
      mockOnly: false,
    },
    {
      check: "protocol errors",
      title: "malformed, unsigned and misrouted requests: their documented error",
      cases: buildProtocolCases(contract),
      notes: [],
      mockOnly: false,
    },
    {
      check: "documented errors",
      title: "documented error statuses (Prefer: code=N): that status's error envelope",
      cases: buildDocumentedErrorCases(contract),
      notes: [],
      mockOnly: true,
    },
  ];
}

/** Every named request example: 200 and the success envelope. */
function buildExampleCases(contract: Contract): Case[] {
  return contract.requestExamples.map((example) => ({
    check: "request examples",
    label: `example ${example.name}`,
    probe: { json: example.value },
    expect: { status: 200 },
  }));
}

/** Checks that the envelope's optional `violations` list (when present) names the broken rule. */
function expectViolationNamed(mutation: Mutation) {
  return (exchange: Exchange): string[] => {
    const violations = (exchange.json as { error?: { violations?: { path?: string; rule?: string }[] } }).error?.violations;
    if (!violations) return [];
    const named = violations.some((v) => v.path === mutation.path && v.rule === mutation.rule);
    return named ? [] : [`error.violations does not name ${mutation.path} ${mutation.rule}: ${JSON.stringify(violations)}`];
  };
}

/**
 * Request-schema negatives generated from the spec (see {@link generateMutations}): each is
 * answered 400 with the error envelope and `VALIDATION_ERROR`. `notes` gives the count by rule
 * and every rule that could not be broken.
 */
function buildMutationCases(contract: Contract, sample?: number): { cases: Case[]; notes: string[] } {
  const { mutations, unmutated } = generateMutations(contract);
  const step = sample && sample < mutations.length ? mutations.length / sample : 1;
  const chosen = step === 1 ? mutations : Array.from({ length: sample! }, (_, i) => mutations[Math.floor(i * step)]!);
  const byRule = new Map<string, number>();
  for (const m of chosen) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
  const notes = [
    `${chosen.length} mutations generated from the request schema, by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ")}`,
    ...unmutated.map((u) => `not mutated: ${u.path} ${u.rule} (${u.reason})`),
  ];
  const cases = chosen.map(
    (m): Case => ({
      check: "invalid requests",
      label: `${m.path || "(body)"} breaks ${m.rule} (${m.change.slice(0, 80)})`,
      probe: { json: m.request },
      expect: { status: 400, code: "VALIDATION_ERROR" },
      also: expectViolationNamed(m),
    }),
  );
  return { cases, notes };
}

/**
 * Every documented error status and each of its named examples, asked for with
 * `Prefer: code=N, example=NAME` (Prism's way; a real server cannot be asked for a status):
 * the answer has that status, validates against its schema, has `success === false` and the
 * example's code.
 */
function buildDocumentedErrorCases(contract: Contract): Case[] {
  const valid = contract.requestExamples[0]?.value;
  return [...contract.responses.values()]
    .filter((r) => Number(r.status) >= 400)
    .flatMap((r) =>
      r.examples.map(
        (example): Case => ({
          check: "documented errors",
          label: `Prefer: code=${r.status}, example=${example.name}`,
          probe: { json: valid, headers: { prefer: `code=${r.status}, example=${example.name}` } },
          expect: { status: Number(r.status), code: (example.value as { error: { code: string } }).error.code },
        }),
      ),
    );
}

/**
 * Requests that never reach the operation's schema: each gets its documented status, the error
 * envelope and the one code meant for it, never a hang and never a body of another shape.
 */
function buildProtocolCases(contract: Contract): Case[] {
  const valid = contract.requestExamples[0]?.value;
  const cases: Omit<Case, "check">[] = [
    { label: "malformed JSON", probe: { raw: '{"flowName": ' }, expect: { status: 400, code: "VALIDATION_ERROR" } },
    { label: "empty body", probe: {}, expect: { status: 400, code: "VALIDATION_ERROR" } },
    { label: "a JSON array as body", probe: { json: [valid] }, expect: { status: 400, code: "VALIDATION_ERROR" } },
    {
      label: "Content-Type text/plain",
      probe: { raw: JSON.stringify(valid), headers: { "content-type": "text/plain" } },
      expect: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
    },
    {
      label: "no Content-Type",
      probe: { raw: JSON.stringify(valid), headers: { "content-type": undefined } },
      expect: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
    },
    {
      label: "no Authorization",
      probe: { json: valid, headers: { authorization: undefined } },
      expect: { status: 403, code: "MISSING_AUTHENTICATION_TOKEN" },
    },
    { label: "unknown path", probe: { json: valid, path: `${contract.path}-unknown` }, expect: { status: 404, code: "UNKNOWN_OPERATION" } },
    { label: "GET instead of POST", probe: { method: "GET" }, expect: { status: 405, code: "METHOD_NOT_ALLOWED" } },
  ];
  return cases.map((c) => ({ check: "protocol errors", ...c }));
}

/**
 * Property-based positives: fast-check generates requests from the request schema; each must be
 * valid for ajv and answered 200 with the success envelope. A failure is shrunk to a small
 * counterexample and reported with the seed that reproduces it.
 *
 * Each request is a new update: it is sent with a fresh `clientToken` (fast-check would happily
 * generate the same short token for two bodies, which a provider that honours idempotency
 * rightly answers 409), and never names the flow the contract documents as missing.
 * @returns `ran`: fast-check's runs until success or the first failure, not the shrinking runs after it
 */
export async function checkGeneratedRequests(
  contract: Contract,
  target: Target,
  runs = DEFAULT_GENERATED_RUNS,
  seed?: number,
): Promise<{ ran: number; findings: Finding[] }> {
  const findings: Finding[] = [];
  const details = await fc.check(
    fc.asyncProperty(arbitraryFor(contract, contract.requestSchema).filter(isNotMissingFlow), async (generated) => {
      const request = { ...(generated as Record<string, unknown>), clientToken: crypto.randomUUID() };
      if (!contract.validateRequest(request)) {
        throw new Error(`generated request breaks the schema: ${describeErrors(contract.validateRequest.errors)}`);
      }
      const found = await runCase(contract, target, {
        check: "generated requests",
        label: "generated",
        probe: { json: request },
        expect: { status: 200 },
      });
      if (found.length > 0) throw new Error(found.map((f) => f.problem).join("; "));
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    findings.push({
      check: "generated requests",
      request: `${JSON.stringify(details.counterexample?.[0]).slice(0, 300)} (seed ${details.seed}, path ${details.counterexamplePath}, failed at run ${details.numRuns} of ${runs}, shrunk ${details.numShrinks} times)`,
      problem: error,
    });
  }
  return { ran: details.numRuns, findings };
}

function isNotMissingFlow(request: unknown): boolean {
  return (request as { flowName?: unknown }).flowName !== missingFlowName;
}

/** Findings as lines a person can act on. */
export function formatFindings(findings: Finding[], limit = 40): string {
  const lines = findings.slice(0, limit).map((f) => `- [${f.check}] ${f.request}: ${f.problem}`);
  if (findings.length > limit) lines.push(`... and ${findings.length - limit} more`);
  return lines.join("\n");
}
