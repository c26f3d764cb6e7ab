/**
 * The report of a run, for people and for CI: findings grouped into distinct problems (check,
 * member, rule, expected, got), counted, each with one request that reproduces it, as plain
 * text (the terminal), Markdown (`$GITHUB_STEP_SUMMARY`, `--markdown`) and JUnit XML.
 */
import { describeProblem, type CheckName, type Finding } from "./checks.js";
import type { SentRequest } from "./http.js";

declare module "vitest" {
  interface TaskMeta {
    /** The check a test case belongs to. */
    check?: CheckName;
    /** What the case found wrong: the reporter's material. */
    findings?: Finding[];
  }
}

/** A failed case: one line per finding, no assertion diff. */
export class ContractBroken extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => describeProblem(f)).join("\n"));
    this.name = "ContractBroken";
  }
}

/** The outcome of one test case of the suite. */
export interface CaseOutcome {
  check: CheckName | undefined;
  /** The group (vitest `describe`) title. */
  suite: string;
  name: string;
  state: "passed" | "failed" | "skipped" | "error";
  findings: Finding[];
  /** Why it was skipped, or the error that stopped it (not a finding: the suite could not check). */
  note?: string;
  durationMs: number;
}

/** What a run did. */
export interface RunReport {
  /** The server under test, as a person names it. */
  target: string;
  cases: CaseOutcome[];
  /** Errors outside any case (global setup, a suite file that failed to load). */
  setupErrors: string[];
  /** What the suite printed about itself (counts by rule, runs). */
  notes: string[];
}

/** One distinct problem and the findings that show it. */
export interface DistinctProblem {
  check: CheckName;
  member?: string;
  rule?: string;
  expected: string;
  got: string;
  /** Findings (requests) that show it. */
  count: number;
  /** The cases that show it (their labels), in the order they ran. */
  labels: string[];
  /** The first of them: its request reproduces the problem. */
  example: Finding;
}

/** The findings of `report` as distinct problems, in check order, most frequent first within a check. */
export function distinctProblems(report: RunReport): DistinctProblem[] {
  const byKey = new Map<string, DistinctProblem>();
  const order = checksOf(report);
  for (const finding of report.cases.flatMap((c) => c.findings)) {
    const key = JSON.stringify([finding.check, finding.member ?? "", finding.rule ?? "", finding.expected, finding.got]);
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (!seen.labels.includes(finding.label)) seen.labels.push(finding.label);
    } else
      byKey.set(key, {
        check: finding.check,
        ...(finding.member === undefined ? {} : { member: finding.member }),
        ...(finding.rule === undefined ? {} : { rule: finding.rule }),
        expected: finding.expected,
        got: finding.got,
        count: 1,
        labels: [finding.label],
        example: finding,
      });
  }
  return [...byKey.values()].sort((a, b) => order.indexOf(a.check) - order.indexOf(b.check) || b.count - a.count);
}

/** The checks of a run in the order the suite ran them. */
function checksOf(report: RunReport): CheckName[] {
  const checks: CheckName[] = [];
  for (const c of report.cases) {
    for (const check of [c.check, ...c.findings.map((f) => f.check)]) if (check && !checks.includes(check)) checks.push(check);
  }
  return checks;
}

/** Per check: cases run, failed, skipped. */
function tally(report: RunReport) {
  return checksOf(report).map((check) => {
    const cases = report.cases.filter((c) => c.check === check);
    return {
      check,
      run: cases.filter((c) => c.state !== "skipped").length,
      failed: cases.filter((c) => c.state === "failed" || c.state === "error").length,
      skipped: cases.filter((c) => c.state === "skipped"),
    };
  });
}

/** The failed cases and the distinct problems they show. */
export function summarize(report: RunReport) {
  const problems = distinctProblems(report);
  const failed = report.cases.filter((c) => c.state === "failed").length;
  const errors = report.cases.filter((c) => c.state === "error").length + report.setupErrors.length;
  const run = report.cases.filter((c) => c.state !== "skipped").length;
  return { problems, failed, errors, run, ok: problems.length === 0 && errors === 0 && failed === 0 };
}

const where = (p: { member?: string; rule?: string }) => [p.member === "" ? "(body)" : p.member, p.rule].filter(Boolean).join(" ");
/** What a problem is about: its member and rule, else the cases that show it. */
const about = (p: DistinctProblem) => where(p) || p.labels.slice(0, 3).join("; ") + (p.labels.length > 3 ? `; and ${p.labels.length - 3} more` : "");
const line = (p: DistinctProblem) => `${about(p)}: ${describeProblem(p)}${p.count > 1 ? ` (${p.count} requests)` : ""}`;

/** The suite's notes for a terminal: the rules no mutation could break counted, not listed. */
function terminalNotes(notes: string[]): string[] {
  const unmutated = notes.filter((n) => n.startsWith("not mutated: "));
  const rest = notes.filter((n) => !n.startsWith("not mutated: "));
  return unmutated.length === 0 ? rest : [...rest, `${unmutated.length} rules could not be broken by any request (listed in the Markdown report), e.g. ${unmutated[0]!.slice(13)}`];
}

/** Quotes `text` for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A `curl` command that sends `request` again. Headers the caller gave (`--header`) are not
 * repeated, their values may be secrets; a signed request is signed by curl itself
 * (`--aws-sigv4`) with the credentials of the environment.
 */
export function curlFor(request: SentRequest): string {
  const parts = ["curl", "-sS", "-i", "-X", request.method, shellQuote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push("-H", request.redacted.includes(name) ? `"${name}: \${${headerVariable(name)}}"` : shellQuote(`${name}: ${value}`));
  }
  if (request.signedFor) {
    parts.push("--aws-sigv4", shellQuote(`aws:amz:${request.signedFor}:appflow`), "--user", '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"');
    parts.push("-H", '"x-amz-security-token: $AWS_SESSION_TOKEN"');
  }
  if (request.body !== undefined) parts.push("--data-raw", shellQuote(request.body));
  return parts.join(" ");
}

/** The shell variable a redacted header's value is left to, e.g. `AUTHORIZATION` for `authorization`. */
export function headerVariable(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

/**
 * The report as terminal text: a line per check, then a line per distinct problem (at most
 * `perCheck` per check) and one `curl` for the most frequent problem of each check.
 */
export function renderText(report: RunReport, files: { junit?: string; markdown?: string[] } = {}, perCheck = 12): string {
  const { problems, failed, errors, run, ok } = summarize(report);
  const out: string[] = [`UpdateFlow contract (POST /update-flow) against ${report.target}`];
  for (const note of terminalNotes(report.notes)) out.push(`  ${note}`);
  out.push("");
  for (const t of tally(report)) {
    const counts = t.run > 0 ? [`${t.run} cases${t.failed > 0 ? `, ${t.failed} failed` : ""}`] : [];
    const skipped = t.skipped.map((s) => `skipped: ${s.note ?? s.name}`);
    out.push(`${t.failed > 0 ? "FAIL" : t.run > 0 ? "ok  " : "skip"}  ${t.check}: ${[...counts, ...skipped].join("; ")}`);
  }
  // First lines only: the stacks are in the JUnit report.
  for (const error of report.setupErrors) out.push(`ERROR setup: ${firstLine(error)}`);
  for (const c of report.cases.filter((c) => c.state === "error")) out.push(`ERROR ${c.check ?? c.suite}: ${c.name}: ${firstLine(c.note ?? "")}`);
  const checks = [...new Set(problems.map((p) => p.check))];
  for (const check of checks) {
    const mine = problems.filter((p) => p.check === check);
    const requests = mine.reduce((sum, p) => sum + p.count, 0);
    out.push("", `${check}: ${mine.length} distinct problem${mine.length === 1 ? "" : "s"} in ${requests} request${requests === 1 ? "" : "s"}`);
    for (const p of mine.slice(0, perCheck)) out.push(`  - ${line(p)}`);
    if (mine.length > perCheck) out.push(`  ... and ${mine.length - perCheck} more${files.markdown?.length ? ` (all in ${files.markdown.join(", ")})` : ""}`);
    const first = mine[0]!;
    if (first.example.request) out.push(`  reproduce the first: ${curlFor(first.example.request)}`);
    if (first.example.detail) out.push(`  (${first.example.detail})`);
  }
  out.push(
    "",
    ok
      ? `PASS: ${run} cases, no problems.`
      : problems.length === 0
        ? `ERROR: the suite could not check the server (${errors} error${errors === 1 ? "" : "s"} above).`
        : `FAIL: ${problems.length} distinct problems in ${failed} of ${run} cases${errors > 0 ? `; and ${errors} error${errors === 1 ? "" : "s"}: the suite could not check everything` : ""}.`,
  );
  if (files.junit) out.push(`JUnit: ${files.junit}`);
  if (files.markdown?.length) out.push(`Markdown: ${files.markdown.join(", ")}`);
  return out.join("\n");
}

const mdCell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");

/**
 * The report as GitHub-flavoured Markdown: a table of checks, then per check a table of its
 * distinct problems, each with its reproducing `curl` folded away. At most `perCheck` rows per
 * check, so that a summary stays under GitHub's 1 MiB step-summary limit.
 */
export function renderMarkdown(report: RunReport, perCheck = 100): string {
  const { problems, failed, run, ok } = summarize(report);
  const out = [
    `## UpdateFlow contract: ${ok ? "passed" : "failed"}`,
    "",
    `Against \`${report.target}\`: ${run} cases, ${failed} failed, ${problems.length} distinct problems.`,
    "",
    "| check | cases | failed | skipped |",
    "| --- | ---: | ---: | --- |",
    ...tally(report).map((t) => `| ${t.check} | ${t.run} | ${t.failed} | ${t.skipped.map((s) => mdCell(s.note ?? s.name)).join("; ")} |`),
  ];
  const errors = [...report.setupErrors.map((e) => `setup: ${e}`), ...report.cases.filter((c) => c.state === "error").map((c) => `${c.name}: ${c.note}`)];
  if (errors.length > 0) out.push("", "### Errors (the suite could not check)", "", ...errors.map((e) => `- ${mdCell(e)}`));
  for (const check of [...new Set(problems.map((p) => p.check))]) {
    const mine = problems.filter((p) => p.check === check);
    out.push("", `### ${check}: ${mine.length} distinct problems`, "", "| member, rule or case | expected | got | requests |", "| --- | --- | --- | ---: |");
    for (const p of mine.slice(0, perCheck)) {
      const repro = p.example.request ? `<details><summary>reproduce</summary><code>${mdCell(curlFor(p.example.request))}</code></details>` : "";
      out.push(`| ${mdCell(about(p))} | ${mdCell(p.expected)} | ${mdCell(p.got)} ${repro} | ${p.count} |`);
    }
    if (mine.length > perCheck) out.push("", `... and ${mine.length - perCheck} more; the JUnit report lists every case.`);
  }
  if (report.notes.length > 0) out.push("", "<details><summary>notes</summary>", "", ...report.notes.map((n) => `- ${mdCell(n)}`), "", "</details>");
  return `${out.join("\n")}\n`;
}

/** Text safe in XML 1.0: escaped, and characters XML cannot hold at all (NUL, most controls) written as `\uXXXX`. */
export function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold, found to be escaped
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&apos;")
  );
}

/**
 * The report as JUnit XML: a test suite per check, a test case per case (named as in the suite,
 * never with the base URL), a finding as a `<failure>`, a case that could not run or a setup
 * failure as an `<error>` (so a run that never started is not "0 tests, 0 failures").
 */
export function renderJUnit(report: RunReport): string {
  const suites = new Map<string, CaseOutcome[]>();
  for (const c of report.cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  if (report.setupErrors.length > 0) {
    suites.set(
      "setup",
      report.setupErrors.map((error) => ({ check: undefined, suite: "setup", name: "the suite starts", state: "error", findings: [], note: error, durationMs: 0 })),
    );
  }
  const count = (cases: CaseOutcome[], state: CaseOutcome["state"]) => cases.filter((c) => c.state === state).length;
  const seconds = (cases: CaseOutcome[]) => (cases.reduce((sum, c) => sum + c.durationMs, 0) / 1000).toFixed(3);
  const all = [...suites.values()].flat();
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="UpdateFlow contract" tests="${all.length}" failures="${count(all, "failed")}" errors="${count(all, "error")}" skipped="${count(all, "skipped")}" time="${seconds(all)}">`,
  ];
  for (const [name, cases] of suites) {
    out.push(
      `  <testsuite name="${xmlText(name)}" tests="${cases.length}" failures="${count(cases, "failed")}" errors="${count(cases, "error")}" skipped="${count(cases, "skipped")}" time="${seconds(cases)}">`,
    );
    for (const c of cases) {
      const open = `    <testcase classname="${xmlText(c.check ?? name)}" name="${xmlText(c.name)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
      if (c.state === "passed") {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      if (c.state === "skipped") out.push(`      <skipped message="${xmlText(c.note ?? "")}"/>`);
      if (c.state === "error") out.push(`      <error message="${xmlText(firstLine(c.note ?? "error"))}">${xmlText(c.note ?? "")}</error>`);
      if (c.state === "failed") {
        const text = c.findings
          .map((f) => [describeProblem(f), f.detail, f.request ? curlFor(f.request) : undefined].filter(Boolean).join("\n"))
          .join("\n\n");
        out.push(`      <failure message="${xmlText(c.findings[0] ? describeProblem(c.findings[0]) : (c.note ?? "failed"))}">${xmlText(text || (c.note ?? ""))}</failure>`);
      }
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>", "");
  return out.join("\n");
}

const firstLine = (text: string) => text.split("\n", 1)[0] ?? "";
