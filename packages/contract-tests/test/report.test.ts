import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks.js";
import type { SentRequest } from "../src/http.js";
import { curlFor, distinctProblems, renderJUnit, renderMarkdown, renderText, xmlText, type CaseOutcome, type RunReport } from "../src/report.js";

const sent = (body: string, extra: Partial<SentRequest> = {}): SentRequest => ({
  method: "POST",
  url: "http://127.0.0.1:8080/update-flow",
  headers: { "content-type": "application/json", authorization: "Bearer secret-token" },
  redacted: ["authorization"],
  body,
  ...extra,
});
const finding = (member: string, got: string, body = `{"flowName":"${member}"}`): Finding => ({
  check: "invalid requests",
  label: `${member} breaks pattern`,
  member,
  rule: "pattern",
  expected: "status 400 VALIDATION_ERROR",
  got,
  request: sent(body),
});
const failed = (f: Finding[]): CaseOutcome => ({ check: "invalid requests", suite: "invalid", name: f[0]!.label, state: "failed", findings: f, durationMs: 3 });

const report: RunReport = {
  target: "http://127.0.0.1:8080",
  notes: ["invalid requests: 4 mutations", "not mutated: /a pattern (no string breaks .*)", "not mutated: /b pattern (no string breaks .*)"],
  setupErrors: [],
  cases: [
    failed([finding("/flowName", "status 200")]),
    failed([finding("/flowName", "status 200", '{"flowName":" x"}')]),
    failed([finding("/description", "status 200")]),
    failed([finding("/flowName", "status 500 INTERNAL_SERVER_ERROR")]),
    { check: "invalid requests", suite: "invalid", name: "/clientToken breaks pattern", state: "passed", findings: [], durationMs: 2 },
    { check: "missing flow", suite: "missing", name: "a flow the server does not have", state: "skipped", findings: [], note: "no --missing-flow", durationMs: 0 },
  ],
};

describe("distinctProblems", () => {
  it("groups findings by check, member, rule, expected and got, counts them, most frequent first", () => {
    const problems = distinctProblems(report);
    expect(problems.map((p) => [p.member, p.got, p.count])).toEqual([
      ["/flowName", "status 200", 2],
      ["/description", "status 200", 1],
      ["/flowName", "status 500 INTERNAL_SERVER_ERROR", 1],
    ]);
    // The first request of a problem is the one that reproduces it.
    expect(problems[0]!.example.request!.body).toBe('{"flowName":"/flowName"}');
  });
});

describe("renderText", () => {
  it("is a line per check and per distinct problem, with a request to reproduce it and the rules no request broke counted", () => {
    const text = renderText(report, { junit: "reports/junit.xml" });
    expect(text.split("\n")).toEqual([
      "UpdateFlow contract (POST /update-flow) against http://127.0.0.1:8080",
      "  invalid requests: 4 mutations",
      "  2 rules could not be broken by any request (listed in the Markdown report), e.g. /a pattern (no string breaks .*)",
      "",
      "FAIL  invalid requests: 5 cases, 4 failed",
      "skip  missing flow: skipped: no --missing-flow",
      "",
      "invalid requests: 3 distinct problems in 4 requests",
      "  - /flowName pattern: status 200, expected status 400 VALIDATION_ERROR (2 requests)",
      "  - /description pattern: status 200, expected status 400 VALIDATION_ERROR",
      "  - /flowName pattern: status 500 INTERNAL_SERVER_ERROR, expected status 400 VALIDATION_ERROR",
      `  reproduce the first: curl -sS -i -X POST 'http://127.0.0.1:8080/update-flow' -H 'content-type: application/json' -H "authorization: \${AUTHORIZATION}" --data-raw '{"flowName":"/flowName"}'`,
      "",
      "FAIL: 3 distinct problems in 4 of 5 cases.",
      "JUnit: reports/junit.xml",
    ]);
  });

  it("says PASS only when nothing failed and nothing stopped the suite", () => {
    const clean: RunReport = { ...report, cases: [report.cases[4]!] };
    expect(renderText(clean)).toMatch(/\nPASS: 1 cases, no problems\.$/);
    expect(renderText({ ...clean, setupErrors: ["Error: the mock did not start\n    at setup"] })).toMatch(
      /ERROR setup: Error: the mock did not start\n[\s\S]*ERROR: the suite could not check the server \(1 error above\)\.$/,
    );
  });
});

describe("curlFor", () => {
  it("quotes for a shell, leaves the caller's header values out and lets curl sign a signed request", () => {
    const curl = curlFor(sent(`{"description":"it's"}`, { signedFor: "eu-west-1", headers: { "content-type": "application/json" }, redacted: [] }));
    expect(curl).toBe(
      `curl -sS -i -X POST 'http://127.0.0.1:8080/update-flow' -H 'content-type: application/json' --aws-sigv4 'aws:amz:eu-west-1:appflow' --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" -H "x-amz-security-token: $AWS_SESSION_TOKEN" --data-raw '{"description":"it'\\''s"}'`,
    );
    expect(curlFor(sent("{}"))).not.toContain("secret-token");
  });
});

describe("renderJUnit", () => {
  it("names cases as the suite does, a finding as a failure, a skip with its reason, and holds characters XML cannot", () => {
    const xml = renderJUnit({ ...report, cases: [...report.cases, failed([finding("/flowName", "status 200", '{"flowName":"a\u0000b"}')])] });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="UpdateFlow contract" tests="7" failures="5" errors="0" skipped="1"/);
    expect(xml).toContain('<testcase classname="invalid requests" name="/flowName breaks pattern" time="0.003">');
    expect(xml).toContain('<failure message="status 200, expected status 400 VALIDATION_ERROR">');
    expect(xml).toContain('<skipped message="no --missing-flow"/>');
    expect(xml).toContain("a\\u0000b");
    expect(xml).not.toContain("\u0000");
    expect(xml).not.toContain("http://127.0.0.1:8080\" ");
  });

  it("records a setup failure as an error, so a run that never started is not 0 tests and 0 failures", () => {
    const xml = renderJUnit({ target: "x", cases: [], notes: [], setupErrors: ["Error: cannot start <the mock>"] });
    expect(xml).toContain('<testsuites name="UpdateFlow contract" tests="1" failures="0" errors="1" skipped="0"');
    expect(xml).toContain('<error message="Error: cannot start &lt;the mock&gt;">');
  });
});

describe("xmlText", () => {
  it("escapes markup and writes characters XML 1.0 cannot hold as \\uXXXX, keeping astral characters", () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xmlText("\u0000\u0008\t\n\uFFFF\uD800x😀")).toBe("\\u0000\\u0008\t\n\\uffff\\ud800x😀");
  });
});

describe("renderMarkdown", () => {
  it("has a table of checks and a row per distinct problem with its reproducing request folded away", () => {
    const md = renderMarkdown(report);
    expect(md).toMatch(/^## UpdateFlow contract: failed\n/);
    expect(md).toContain("| invalid requests | 5 | 4 |  |");
    expect(md).toContain("| missing flow | 0 | 0 | no --missing-flow |");
    expect(md).toContain("| /flowName pattern | status 400 VALIDATION_ERROR | status 200 <details><summary>reproduce</summary><code>curl -sS");
    expect(md).not.toContain("secret-token");
  });
});
