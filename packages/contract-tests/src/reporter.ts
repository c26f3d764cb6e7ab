/**
 * The CLI's vitest reporter: collects each test case's findings (recorded on `task.meta` by the
 * suite), then prints the report and writes it as JUnit and Markdown (src/report.ts). It
 * replaces vitest's own reporters in the CLI, whose assertion diffs and stacks would bury the
 * findings, and whose JUnit file says "0 tests, 0 failures" when the global setup fails.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { renderJUnit, renderMarkdown, renderText, summarize, type CaseOutcome, type RunReport } from "./report.js";

/** Where the report goes. */
export interface ReportFiles {
  /** JUnit XML, written (replaced). */
  junit: string;
  /** Markdown, written (replaced). */
  markdown?: string;
  /** Markdown appended to this file: GitHub's `$GITHUB_STEP_SUMMARY`. */
  stepSummary?: string;
}

type SerializedError = { message?: string; stack?: string; name?: string };

/** The vitest reporter of the CLI; after the run, {@link ContractReporter.outcome} says how it went. */
export class ContractReporter implements Reporter {
  private readonly notes: string[] = [];
  /** Set when the run has ended: whether the server honours the contract, and whether everything could be checked. */
  outcome: { ok: boolean; errors: number } | undefined;

  constructor(
    private readonly target: string,
    private readonly files: ReportFiles,
    private readonly print: (text: string) => void = (text) => process.stdout.write(`${text}\n`),
  ) {}

  onUserConsoleLog(log: { content: string }): void {
    this.notes.push(...log.content.trimEnd().split("\n").filter(Boolean));
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: string): void {
    const report = collect(this.target, modules, unhandledErrors, reason, this.notes);
    writeFile(this.files.junit, renderJUnit(report));
    const markdown = renderMarkdown(report);
    if (this.files.markdown) writeFile(this.files.markdown, markdown);
    if (this.files.stepSummary) appendFileSync(this.files.stepSummary, markdown);
    const written = [this.files.markdown, this.files.stepSummary].filter((f): f is string => f !== undefined);
    this.print(renderText(report, { junit: this.files.junit, markdown: written }));
    const { ok, errors } = summarize(report);
    this.outcome = { ok, errors };
  }
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const messageOf = (error: SerializedError) => (error.stack?.includes(error.message ?? "") ? error.stack : `${error.name ?? "Error"}: ${error.message}`) ?? "unknown error";

/** The run as a {@link RunReport}: every test case with its findings, every error outside the cases. */
export function collect(
  target: string,
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: string,
  notes: string[],
): RunReport {
  const setupErrors = unhandledErrors.map(messageOf);
  if (reason === "interrupted") setupErrors.push("the run was interrupted before it ended");
  const cases: CaseOutcome[] = [];
  for (const module of modules) {
    setupErrors.push(...module.errors().map(messageOf));
    for (const test of module.children.allTests()) {
      const meta = test.meta();
      const result = test.result();
      const findings = meta.findings ?? [];
      const base = { check: meta.check, suite: test.parent.type === "suite" ? test.parent.name : "POST /update-flow", name: test.name, durationMs: test.diagnostic()?.duration ?? 0 };
      if (result.state === "skipped") cases.push({ ...base, state: "skipped", findings: [], ...(result.note ? { note: result.note } : {}) });
      else if (result.state === "passed") cases.push({ ...base, state: "passed", findings: [] });
      else if (result.state === "failed" && findings.length > 0) cases.push({ ...base, state: "failed", findings });
      else if (result.state === "failed") {
        // An exception or an assertion of the suite itself, not a finding about the server.
        cases.push({ ...base, state: "error", findings: [], note: result.errors.map((e) => messageOf(e)).join("\n") });
      }
      // "pending": never ran (the run was interrupted, which is recorded above).
    }
  }
  return { target, cases, setupErrors, notes };
}
