/**
 * The checks: which requests to send, what to expect back, and what is wrong with an answer.
 * The suite (src/suites/provider.test.ts) turns each case of {@link buildCases} into a test and
 * runs {@link checkGeneratedRequests} as one; the self-tests in test/ run the same cases against
 * deliberately broken providers.
 */
import { isDeepStrictEqual } from "node:util";
import { type ErrorCode, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { clip } from "@appflow-contract/spec/strings";
import fc from "fast-check";
import { arbitraryFor } from "./arbitrary.js";
import { describeErrors, type Contract } from "./contract.js";
import { NoAnswerError, send, type Exchange, type Probe, type SentRequest, type Target } from "./http.js";
import { generateMutations, type Mutation } from "./mutations.js";
import { DEFAULT_GENERATED_RUNS } from "./settings.js";

/** The checks, by the names that findings, reports and the README use. */
export type CheckName =
  | "request examples"
  | "invalid requests"
  | "generated requests"
  | "protocol errors"
  | "idempotency"
  | "missing flow"
  | "documented errors";

/** What an answer should have been, and what it was. */
export interface Problem {
  expected: string;
  got: string;
}

/** One way in which the server (or, for `request examples`, the spec itself) broke the contract. */
export interface Finding extends Problem {
  /** Which check found it. */
  check: CheckName;
  /** The case that found it, as the suite names its test (never the base URL: the name is the same in every environment). */
  label: string;
  /** JSON Pointer of the request member the case is about, when it is about one. */
  member?: string;
  /** The JSON Schema keyword the case breaks, when it breaks one. */
  rule?: string;
  /** More about this one request (e.g. fast-check's seed). */
  detail?: string;
  /** A request that reproduces the finding. */
  request?: SentRequest;
}

/** A finding as one sentence: what came back, then what the contract says. */
export function describeProblem(problem: Problem): string {
  return `${problem.got}, expected ${problem.expected}`;
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
  /** The request, in a few words: the test's name. */
  label: string;
  probe: Probe;
  expect: Expectation;
  /** The member and rule the request is about (an invalid request's), for the report. */
  member?: string;
  rule?: string;
  /**
   * Sent with a new `clientToken` each time (when the body has one): a stateful provider rightly
   * answers 409 to a token it saw with other parameters, so no two requests of a run share one.
   */
  freshToken?: boolean;
  /** Further checks on a conforming answer. */
  also?: (exchange: Exchange) => Problem[];
}

/** A check that takes more than one request (the same token twice, ...): it sends them itself. */
export interface Scenario {
  check: CheckName;
  label: string;
  member?: string;
  run(contract: Contract, target: Target): Promise<Finding[]>;
}

/** The cases of one check, as the suite groups them. */
export interface CaseGroup {
  check: CheckName;
  /** The suite's `describe` title (and so the JUnit suite name). */
  title: string;
  cases: (Case | Scenario)[];
  /** What the check could not do, and counts worth printing (e.g. mutations by rule). */
  notes: string[];
  /** Asks for statuses with Prism's `Prefer: code=N`, which only the mock honours. */
  mockOnly: boolean;
  /** Why the check does not run here (e.g. no flow named as missing), when it does not. */
  skip?: string;
}

/** What a run knows beyond the contract. */
export interface RunOptions {
  /** When set, only this many invalid requests, spread evenly over all of them. */
  mutations?: number;
  /** A flowName the server under test does not have (`--missing-flow`); without it that check is skipped. */
  missingFlow?: string;
  /**
   * A flowName the server under test has (`--flow`): every request meant to reach a flow names it,
   * instead of the examples' and the generated names, which a real server may not have.
   */
  existingFlow?: string;
}

/** `json` naming the flow `flowName`, when it is a request body that names one and a flow is given. */
export function onFlow<T>(json: T, flowName: string | undefined): T {
  if (flowName === undefined || json === null || typeof json !== "object" || Array.isArray(json) || !("flowName" in json)) return json;
  return { ...json, flowName };
}

// Stryker disable next-line StringLiteral: no media type is documented as "" or any other fallback: all look up nothing
const mediaType = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Checks one answer, whatever was asked, and returns what is wrong with it: a documented status,
 * a documented content type for it, a body valid against that status's schema, `success`
 * consistent with the status, and for an error a code that the contract pairs with that status.
 */
export function checkConformance(contract: Contract, exchange: Pick<Exchange, "status" | "contentType" | "text" | "json">): Problem[] {
  const status = String(exchange.status);
  const documented = contract.responses.get(status) ?? contract.responses.get(`${status[0]}XX`) ?? contract.responses.get("default");
  if (!documented) return [{ expected: `a documented status (${[...contract.responses.keys()].join(", ")})`, got: `status ${status}` }];
  const type = mediaType(exchange.contentType);
  const validate = documented.validators.get(type);
  if (!validate) {
    return [{ expected: `a content type documented for ${status} (${[...documented.validators.keys()].join(", ")})`, got: `content type ${JSON.stringify(exchange.contentType)}` }];
  }
  if (exchange.json === undefined) return [{ expected: `a JSON ${status} body`, got: `a body that is not JSON: ${JSON.stringify(clip(exchange.text, 80))}` }];
  const body = exchange.json as { success?: unknown; error?: { code?: unknown } };
  const ok = exchange.status >= 200 && exchange.status < 300;
  const code = body?.error?.code;
  const codeProblem =
    !ok && documented.codes.size > 0 && typeof code === "string" && !documented.codes.has(code)
      ? { expected: `a code documented for ${status} (${[...documented.codes].join(", ")})`, got: `error code ${code}` }
      : undefined;
  const problems: Problem[] = [];
  if (!validate(exchange.json)) {
    // The status's schema narrows `error.code` too; codeProblem names the codes it allows.
    const errors = (validate.errors ?? []).filter((e) => !(codeProblem && e.instancePath === "/error/code" && e.keyword === "enum"));
    if (errors.length > 0) problems.push({ expected: `a body valid for the ${status} schema`, got: describeErrors(errors) });
  }
  if (body?.success !== ok) problems.push({ expected: `success ${ok} with status ${status}`, got: `success ${JSON.stringify(body?.success)}` });
  if (codeProblem) problems.push(codeProblem);
  return problems;
}

/** What is wrong with an answer to a request that expected `expect`: conformance first, then the expectation. */
export function judge(contract: Contract, exchange: Exchange, expect: Expectation): Problem[] {
  const problems = checkConformance(contract, exchange);
  const wanted = `status ${expect.status}${expect.code ? ` ${expect.code}` : ""}`;
  if (exchange.status !== expect.status) {
    const code = (exchange.json as { error?: { code?: unknown } } | undefined)?.error?.code;
    problems.unshift({ expected: wanted, got: `status ${exchange.status}${typeof code === "string" ? ` ${code}` : ""}` });
    return problems;
  }
  const code = (exchange.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  if (expect.code && problems.length === 0 && code !== expect.code) problems.push({ expected: `error code ${expect.code}`, got: `error code ${String(code)}` });
  return problems;
}

/** The body of `probe` with a new `clientToken`, when it has one. */
function withFreshToken(probe: Probe): Probe {
  const json = probe.json as Record<string, unknown> | undefined;
  if (json === null || typeof json !== "object" || Array.isArray(json) || typeof json.clientToken !== "string") return probe;
  return { ...probe, json: { ...json, clientToken: crypto.randomUUID() } };
}

/** One exchange of a case, or the finding that no answer came. */
async function exchangeFor(target: Target, probe: Probe, path: string, about: Omit<Finding, keyof Problem>): Promise<Exchange | Finding> {
  try {
    return await send(target, probe, path);
  } catch (error) {
    const sent = error instanceof NoAnswerError ? error.sent : undefined;
    return { ...about, expected: "an answer within the time limit", got: `no answer: ${(error as Error).message}`, ...(sent ? { request: sent } : {}) };
  }
}

const isFinding = (value: Exchange | Finding): value is Finding => "check" in value;

/** Findings of one answer of a case. */
function findingsOf(about: Omit<Finding, keyof Problem | "request">, exchange: Exchange, problems: Problem[]): Finding[] {
  return problems.map((problem) => ({ ...about, ...problem, request: exchange.sent }));
}

/** Sends one case (or runs a scenario) and returns what is wrong with the answers. */
export async function runCase(contract: Contract, target: Target, c: Case | Scenario): Promise<Finding[]> {
  if ("run" in c) return c.run(contract, target);
  const about = { check: c.check, label: c.label, ...(c.member === undefined ? {} : { member: c.member }), ...(c.rule ? { rule: c.rule } : {}) };
  const exchange = await exchangeFor(target, c.freshToken ? withFreshToken(c.probe) : c.probe, contract.path, about);
  if (isFinding(exchange)) return [exchange];
  const problems = judge(contract, exchange, c.expect);
  if (problems.length === 0 && c.also) problems.push(...c.also(exchange));
  return findingsOf(about, exchange, problems);
}

/** Checks that the spec's own named request examples are valid for its request schema (no request sent). */
export function validateRequestExamples(contract: Contract): Finding[] {
  return contract.requestExamples
    .filter((example) => !contract.validateRequest(example.value))
    .map((example) => ({
      check: "request examples",
      label: `example ${example.name}`,
      expected: "an example valid for the spec's own request schema",
      got: describeErrors(contract.validateRequest.errors),
    }));
}

/**
 * The cases of every check that sends fixed requests, grouped by check in the order the suite
 * runs them. Generated valid requests are not cases: see {@link checkGeneratedRequests}.
 */
export function buildCases(contract: Contract, options: RunOptions = {}): CaseGroup[] {
  const flow = options.existingFlow;
  if (flow !== undefined && !contract.validateRequest(freshUpdate(contract, flow))) {
    throw new Error(`the flow name ${JSON.stringify(flow)} (--flow) is not a valid flowName: ${describeErrors(contract.validateRequest.errors)}`);
  }
  const invalid = buildMutationCases(contract, options.mutations, flow);
  const missing = options.missingFlow;
  return [
    {
      check: "request examples",
      title: "named request examples: accepted with 200 and the success envelope",
      cases: buildExampleCases(contract, flow),
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
      cases: buildProtocolCases(contract, flow),
      notes: [],
      mockOnly: false,
    },
    {
      check: "idempotency",
      title: "clientToken: the same update is answered the same, another update with the same token is refused",
      cases: buildIdempotencyCases(contract, flow),
      notes: [],
      mockOnly: false,
    },
    {
      check: "missing flow",
      title: "a flow the server does not have: 404 RESOURCE_NOT_FOUND",
      cases: missing === undefined ? [] : [buildMissingFlowCase(contract, missing)],
      notes: [],
      mockOnly: false,
      ...(missing === undefined
        ? { skip: "no flow named as missing: give --missing-flow NAME (or CONTRACT_MISSING_FLOW), a flowName your server does not have, to check its 404" }
        : {}),
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
function buildExampleCases(contract: Contract, flow?: string): Case[] {
  return contract.requestExamples.map((example) => ({
    check: "request examples",
    label: `example ${example.name}`,
    probe: { json: onFlow(example.value, flow) },
    // The example's own token would be a replay, or with --flow another update under a used token (409).
    freshToken: true,
    expect: { status: 200 },
  }));
}

/** Checks that the envelope's optional `violations` list (when present) names the broken rule. */
function expectViolationNamed(mutation: Mutation) {
  return (exchange: Exchange): Problem[] => {
    const violations = (exchange.json as { error?: { violations?: { path?: string; rule?: string }[] } }).error?.violations;
    if (!violations) return [];
    const named = violations.some((v) => v.path === mutation.path && v.rule === mutation.rule);
    return named ? [] : [{ expected: `error.violations naming ${mutation.path} ${mutation.rule}`, got: `error.violations ${clip(JSON.stringify(violations), 200)}` }];
  };
}

/**
 * Request-schema negatives generated from the spec (see {@link generateMutations}): each is
 * answered 400 with the error envelope and `VALIDATION_ERROR`. `notes` gives the count by rule
 * and every rule that could not be broken.
 */
function buildMutationCases(contract: Contract, sample?: number, flow?: string): { cases: Case[]; notes: string[] } {
  const { mutations, unmutated } = generateMutations(contract);
  // Stryker disable next-line EqualityOperator: a sample of exactly all the mutations has step 1 either way
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
      label: `${m.path || "(body)"} breaks ${m.rule} (${clip(m.change, 80)})`,
      member: m.path,
      rule: m.rule,
      // Of a known flow, so that only the broken rule can explain an error (not a missing flow).
      probe: { json: m.path === "/flowName" ? m.request : onFlow(m.request, flow) },
      expect: { status: 400, code: "VALIDATION_ERROR" },
      // A mutation of the token itself keeps its (invalid) token.
      freshToken: m.path !== "/clientToken",
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
function buildProtocolCases(contract: Contract, flow?: string): Case[] {
  const valid = onFlow(contract.requestExamples[0]?.value, flow);
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
      probe: { json: valid, headers: { authorization: undefined }, unsigned: true },
      expect: { status: 403, code: "MISSING_AUTHENTICATION_TOKEN" },
      freshToken: true,
    },
    { label: "unknown path", probe: { json: valid, path: `${contract.path}-unknown` }, expect: { status: 404, code: "UNKNOWN_OPERATION" } },
    { label: "GET instead of POST", probe: { method: "GET" }, expect: { status: 405, code: "METHOD_NOT_ALLOWED" } },
  ];
  return cases.map((c) => ({ check: "protocol errors", ...c }));
}

/** The answer a case expects for `code`: the status the contract pairs with it (its one home). */
const expectCode = (code: ErrorCode): Expectation => ({ status: statusOfErrorCode[code], code });

/**
 * A valid request for a new update: the first named example with a fresh `clientToken`. The
 * checks below start from it, so that no two of them (and no two runs) share a token.
 */
function freshUpdate(contract: Contract, flow?: string): Record<string, unknown> {
  const example = contract.requestExamples[0]?.value;
  if (example === null || typeof example !== "object" || Array.isArray(example)) throw new Error("the spec has no named request example to start from");
  return onFlow({ ...(example as Record<string, unknown>), clientToken: crypto.randomUUID() }, flow);
}

/**
 * `request` with one top-level member (not `flowName`, which would name another flow, nor the
 * token) changed to another valid value, so that it is another update of the same flow.
 */
export function changeOneMember(contract: Contract, request: Record<string, unknown>): { member: string; request: Record<string, unknown> } {
  const properties = Object.keys((contract.resolve(contract.requestSchema).properties as Record<string, unknown> | undefined) ?? {});
  const candidates = properties.filter((name) => name !== "flowName" && name !== "clientToken");
  for (const name of candidates) {
    const value = request[name];
    const variants = typeof value === "string" ? [`${value} changed`, `${value}-changed`, `${value}2`, "changed"] : value === undefined ? ["changed"] : [];
    for (const variant of variants) {
      const changed = { ...request, [name]: variant };
      if (contract.validateRequest(changed)) return { member: `/${name}`, request: changed };
    }
  }
  throw new Error("no top-level string member of the request can be changed to another valid value");
}

/**
 * The promise of `clientToken` (info.description, "Idempotency and retries"): the same token
 * with the same parameters is the same update, answered 200 with the same `data`; the same token
 * with other parameters is refused with 409 CONFLICT.
 */
function buildIdempotencyCases(contract: Contract, flow?: string): Scenario[] {
  const sendJudged = async (target: Target, about: Omit<Finding, keyof Problem>, json: unknown, expect: Expectation) => {
    const exchange = await exchangeFor(target, { json }, contract.path, about);
    if (isFinding(exchange)) return { findings: [exchange] };
    return { exchange, findings: findingsOf(about, exchange, judge(contract, exchange, expect)) };
  };
  const { member } = changeOneMember(contract, freshUpdate(contract));
  const replay: Scenario = {
    check: "idempotency",
    label: "the same clientToken and body twice: 200 both times, the same data",
    async run(_contract, target) {
      const about = { check: this.check, label: this.label };
      const request = freshUpdate(contract, flow);
      const first = await sendJudged(target, about, request, { status: 200 });
      if (!first.exchange || first.findings.length > 0) return first.findings;
      const second = await sendJudged(target, { ...about, detail: "the second request" }, request, { status: 200 });
      if (!second.exchange || second.findings.length > 0) return second.findings;
      const [a, b] = [first.exchange, second.exchange].map((e) => (e.json as { data?: unknown }).data);
      if (isDeepStrictEqual(a, b)) return [];
      return [
        {
          ...about,
          expected: `the data of the first answer, ${clip(JSON.stringify(a), 200)}`,
          got: `data ${clip(JSON.stringify(b), 200)}`,
          detail: "the second of two identical requests",
          request: second.exchange.sent,
        },
      ];
    },
  };
  const conflict: Scenario = {
    check: "idempotency",
    label: `the same clientToken with ${member} changed: 409 CONFLICT`,
    member,
    async run(_contract, target) {
      const about = { check: this.check, label: this.label, member };
      const request = freshUpdate(contract, flow);
      const first = await sendJudged(target, { ...about, detail: "the first request, before the change" }, request, { status: 200 });
      if (!first.exchange || first.findings.length > 0) return first.findings;
      const changed = changeOneMember(contract, request).request;
      const second = await sendJudged(target, { ...about, detail: `the second request: the first one's clientToken, ${member} changed` }, changed, expectCode("CONFLICT"));
      return second.findings;
    },
  };
  return [replay, conflict];
}

/** A valid request for the flow `flowName`, which the server under test does not have: 404 RESOURCE_NOT_FOUND. */
function buildMissingFlowCase(contract: Contract, flowName: string): Case {
  const request = { ...freshUpdate(contract), flowName };
  if (!contract.validateRequest(request)) {
    throw new Error(`the missing flow's name ${JSON.stringify(flowName)} is not a valid flowName: ${describeErrors(contract.validateRequest.errors)}`);
  }
  return {
    check: "missing flow",
    label: "a flow the server does not have: 404 RESOURCE_NOT_FOUND",
    member: "/flowName",
    probe: { json: request },
    expect: expectCode("RESOURCE_NOT_FOUND"),
    freshToken: true,
  };
}

/**
 * Property-based positives: fast-check generates requests from the request schema; each must be
 * valid for ajv and answered 200 with the success envelope. A failure is shrunk to a small
 * counterexample and reported with the seed that reproduces it.
 *
 * Each request is a new update: it is sent with a fresh `clientToken` (fast-check would happily
 * generate the same short token for two bodies, which a provider that honours idempotency
 * rightly answers 409), and never names the flow given as missing; with `existingFlow`, it names
 * that flow instead of the generated name (a real server has only the flows it has).
 * @returns `ran`: fast-check's runs until success or the first failure, not the shrinking runs after it
 */
export async function checkGeneratedRequests(
  contract: Contract,
  target: Target,
  runs = DEFAULT_GENERATED_RUNS,
  options: { seed?: number; missingFlow?: string; existingFlow?: string } = {},
): Promise<{ ran: number; findings: Finding[] }> {
  // The findings of the last failing run: after shrinking, those of the counterexample.
  let last: Finding[] = [];
  const details = await fc.check(
    fc.asyncProperty(
      arbitraryFor(contract, contract.requestSchema).filter((r) => (r as { flowName?: unknown }).flowName !== options.missingFlow),
      async (generated) => {
        const request = onFlow({ ...(generated as Record<string, unknown>), clientToken: crypto.randomUUID() }, options.existingFlow);
        if (!contract.validateRequest(request)) {
          throw new Error(`generated request breaks the schema: ${describeErrors(contract.validateRequest.errors)}`);
        }
        // Stryker disable next-line StringLiteral: every finding's label is replaced by the property's own below
        const found = await runCase(contract, target, { check: "generated requests", label: "generated", probe: { json: request }, expect: { status: 200 } });
        if (found.length > 0) {
          last = found;
          // Stryker disable next-line StringLiteral: the message only fails the run; the findings kept in `last` are what is reported
          throw new Error(found.map(describeProblem).join("; "));
        }
      },
    ),
    { numRuns: runs, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  );
  if (!details.failed) return { ran: details.numRuns, findings: [] };
  const where = `seed ${details.seed}, path ${details.counterexamplePath}, failed at run ${details.numRuns} of ${runs}, shrunk ${details.numShrinks} times`;
  const label = "requests fast-check generates from the request schema: 200 and the success envelope";
  if (last.length === 0) {
    // The property itself failed (a generated request that breaks the schema): a defect of the suite.
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    return { ran: details.numRuns, findings: [{ check: "generated requests", label, expected: "a request valid for the schema", got: message, detail: where }] };
  }
  return { ran: details.numRuns, findings: last.map((f) => ({ ...f, label, detail: where })) };
}

/** Findings as lines a person can act on (the self-tests' messages; the CLI's report is src/report.ts). */
export function formatFindings(findings: Finding[], limit = 40): string {
  const lines = findings.slice(0, limit).map((f) => `- [${f.check}] ${f.label}: ${describeProblem(f)}`);
  if (findings.length > limit) lines.push(`... and ${findings.length - limit} more`);
  return lines.join("\n");
}
