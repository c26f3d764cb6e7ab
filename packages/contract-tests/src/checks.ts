import fc from "fast-check";
import { arbitraryFor } from "./arbitrary.js";
import { describeErrors, type Contract } from "./contract.js";
import { mapLimit, send, type Exchange, type Probe, type Target } from "./http.js";
import { generateMutations, type Mutation } from "./mutations.js";

/** One way in which the server broke the contract. */
export interface Finding {
  /** Which check found it. */
  check: string;
  /** The request, in a few words. */
  request: string;
  problem: string;
}

/** The result of one check: how many requests it sent and what it found. */
export interface CheckResult {
  /** Requests run (for generated requests: fast-check's runs, without the shrinking after a failure). */
  ran: number;
  findings: Finding[];
  /** What the check could not do, and why (e.g. a pattern that no string breaks). */
  notes?: string[];
}

const mediaType = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Conformance of one response, whatever was asked: a documented status, a documented content
 * type for it, a body valid against that status's schema, `success` consistent with the status,
 * and for an error an error code that the spec documents for that status.
 */
export function conformance(contract: Contract, exchange: Exchange): string[] {
  const status = String(exchange.status);
  const documented = contract.responses.get(status) ?? contract.responses.get(`${status[0]}XX`) ?? contract.responses.get("default");
  if (!documented) return [`status ${status} is not documented (documented: ${[...contract.responses.keys()].join(", ")})`];
  const type = mediaType(exchange.contentType);
  const validate = documented.validators.get(type);
  if (!validate) {
    return [`content type "${exchange.contentType}" is not documented for ${status} (documented: ${[...documented.validators.keys()].join(", ")})`];
  }
  if (exchange.json === undefined) return [`the ${status} body is not JSON: ${JSON.stringify(exchange.text.slice(0, 80))}`];
  const problems: string[] = [];
  if (!validate(exchange.json)) problems.push(`the ${status} body does not match its schema: ${describeErrors(validate.errors)}`);
  const body = exchange.json as { success?: unknown; error?: { code?: unknown } };
  const ok = exchange.status >= 200 && exchange.status < 300;
  if (body?.success !== ok) problems.push(`status ${status} but success is ${JSON.stringify(body?.success)}`);
  const code = body?.error?.code;
  if (!ok && documented.codes.size > 0 && typeof code === "string" && !documented.codes.has(code)) {
    problems.push(`error code ${code} is not documented for ${status} (documented: ${[...documented.codes].join(", ")})`);
  }
  return problems;
}

/** The answer a case expects. */
export interface Expectation {
  status: number;
  /** For errors: the expected `error.code`. */
  code?: string;
}

/** One request of a check and what it expects back. */
export interface Case {
  check: string;
  /** The request, in a few words. */
  label: string;
  probe: Probe;
  expect: Expectation;
  /** Further checks on a conforming answer. */
  also?: (exchange: Exchange) => string[];
}

/** Sends one case and returns what is wrong with the answer: conformance, then the expectation. */
export async function runCase(contract: Contract, target: Target, c: Case): Promise<Finding[]> {
  let exchange: Exchange;
  try {
    exchange = await send(target, c.probe, contract.path);
  } catch (error) {
    return [{ check: c.check, request: c.label, problem: `no answer: ${(error as Error).message}` }];
  }
  const problems = conformance(contract, exchange);
  if (exchange.status !== c.expect.status) problems.unshift(`status ${exchange.status}, expected ${c.expect.status}`);
  const code = (exchange.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (c.expect.code && problems.length === 0 && code !== c.expect.code) {
    problems.push(`error code ${String(code)}, expected ${c.expect.code}`);
  }
  if (problems.length === 0 && c.also) problems.push(...c.also(exchange));
  return problems.map((problem) => ({ check: c.check, request: c.label, problem }));
}

async function runCases(contract: Contract, target: Target, cases: Case[]): Promise<CheckResult> {
  const findings = await mapLimit(cases, target.concurrency ?? 4, (c) => runCase(contract, target, c));
  return { ran: cases.length, findings: findings.flat() };
}

/** The spec's own named request examples must be valid for its request schema. */
export function exampleSchemaFindings(contract: Contract): Finding[] {
  return contract.requestExamples
    .filter((example) => !contract.validateRequest(example.value))
    .map((example) => ({
      check: "request examples",
      request: example.name,
      problem: `the spec's own example breaks the request schema: ${describeErrors(contract.validateRequest.errors)}`,
    }));
}

/** Every named request example: 200 and the success envelope. */
export function exampleCases(contract: Contract): Case[] {
  return contract.requestExamples.map((example) => ({
    check: "request examples",
    label: `example ${example.name}`,
    probe: { json: example.value },
    expect: { status: 200 },
  }));
}

/** Every named request example of the spec is valid, and is answered 200 with the success envelope. */
export async function checkRequestExamples(contract: Contract, target: Target): Promise<CheckResult> {
  const result = await runCases(contract, target, exampleCases(contract));
  return { ran: result.ran, findings: [...exampleSchemaFindings(contract), ...result.findings] };
}

/** Does the envelope's optional `violations` list (when present) name the broken rule? */
function namesViolation(mutation: Mutation) {
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
 * @param sample - when set, only this many mutations, spread evenly over the whole list
 */
export function mutationCases(contract: Contract, sample?: number): { cases: Case[]; notes: string[] } {
  const { mutations, unmutated } = generateMutations(contract);
  const step = sample && sample < mutations.length ? mutations.length / sample : 1;
  const chosen = step === 1 ? mutations : Array.from({ length: sample! }, (_, i) => mutations[Math.floor(i * step)]!);
  const byRule = new Map<string, number>();
  for (const m of chosen) byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
  const notes = [
    `by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ")}`,
    ...unmutated.map((u) => `not mutated: ${u.path} ${u.rule} (${u.reason})`),
  ];
  const cases = chosen.map((m) => ({
    check: "invalid requests",
    label: `${m.path || "(body)"} breaks ${m.rule} (${m.change.slice(0, 80)})`,
    probe: { json: m.request },
    expect: { status: 400, code: "VALIDATION_ERROR" },
    also: namesViolation(m),
  }));
  return { cases, notes };
}

/** Runs {@link mutationCases}. */
export async function checkMutations(contract: Contract, target: Target, sample?: number): Promise<CheckResult> {
  const { cases, notes } = mutationCases(contract, sample);
  return { ...(await runCases(contract, target, cases)), notes };
}

/**
 * Property-based positives: fast-check generates requests from the request schema; each must be
 * valid for ajv and answered 200 with the success envelope. A failure is shrunk to a small
 * counterexample and reported with the seed that reproduces it.
 */
export async function checkGeneratedRequests(contract: Contract, target: Target, runs = 30, seed?: number): Promise<CheckResult> {
  const findings: Finding[] = [];
  const details = await fc.check(
    fc.asyncProperty(arbitraryFor(contract, contract.requestSchema), async (request) => {
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
  // fast-check's own count: the runs until success or the first failure, not the shrinking runs after it.
  return { ran: details.numRuns, findings };
}

/**
 * Every documented error status and each of its named examples, asked for with
 * `Prefer: code=N, example=NAME` (Prism's way; a real server cannot be asked for a status):
 * the answer has that status, validates against its schema and has `success === false`.
 */
export function documentedErrorCases(contract: Contract): Case[] {
  const valid = contract.requestExamples[0]?.value;
  return [...contract.responses.values()]
    .filter((r) => Number(r.status) >= 400)
    .flatMap((r) =>
      r.examples.map((example) => ({
        check: "documented errors",
        label: `Prefer: code=${r.status}, example=${example.name}`,
        probe: { json: valid, headers: { prefer: `code=${r.status}, example=${example.name}` } },
        expect: { status: Number(r.status), code: (example.value as { error: { code: string } }).error.code },
      })),
    );
}

/** Runs {@link documentedErrorCases}. */
export async function checkDocumentedErrors(contract: Contract, target: Target): Promise<CheckResult> {
  return runCases(contract, target, documentedErrorCases(contract));
}

/**
 * Requests that never reach the operation's schema: each gets its documented status and the
 * error envelope, never a hang and never a body of another shape.
 */
export function protocolCases(contract: Contract): Case[] {
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

/** Runs {@link protocolCases}. */
export async function checkProtocolErrors(contract: Contract, target: Target): Promise<CheckResult> {
  return runCases(contract, target, protocolCases(contract));
}

/** How much of each check to run. */
export interface Budget {
  /** Mutations to send (all when omitted). */
  mutations?: number;
  /** fast-check runs of generated requests. */
  generated?: number;
  seed?: number;
  /** Ask for documented errors with `Prefer` (only a Prism mock honours it). */
  documentedErrors?: boolean;
}

/** Runs every check against `target` and returns the findings, by check. */
export async function runAllChecks(contract: Contract, target: Target, budget: Budget = {}): Promise<Record<string, CheckResult>> {
  const results: Record<string, CheckResult> = {
    "request examples": await checkRequestExamples(contract, target),
    "invalid requests": await checkMutations(contract, target, budget.mutations),
    "generated requests": await checkGeneratedRequests(contract, target, budget.generated, budget.seed),
    "protocol errors": await checkProtocolErrors(contract, target),
  };
  if (budget.documentedErrors ?? true) results["documented errors"] = await checkDocumentedErrors(contract, target);
  return results;
}

/** Findings as lines a person can act on. */
export function formatFindings(findings: Finding[], limit = 40): string {
  const lines = findings.slice(0, limit).map((f) => `- [${f.check}] ${f.request}: ${f.problem}`);
  if (findings.length > limit) lines.push(`... and ${findings.length - limit} more`);
  return lines.join("\n");
}
