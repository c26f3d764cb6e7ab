import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/checks.js";
import type { SentRequest } from "../src/http.js";
import { ContractBroken, curlFor, distinctProblems, headerVariable, renderJUnit, renderMarkdown, renderText, summarize, xmlText, type CaseOutcome, type RunReport } from "../src/report.js";

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

describe("the report, case by case", () => {
  const outcome = (check: CaseOutcome["check"], state: CaseOutcome["state"], findings: Finding[] = [], extra: Partial<CaseOutcome> = {}): CaseOutcome => ({
    check,
    suite: check ?? "setup",
    name: findings[0]?.label ?? `${check} case`,
    state,
    findings,
    durationMs: 1500,
    ...extra,
  });
  const problem = (check: Finding["check"], label: string, extra: Partial<Finding> = {}): Finding => ({ check, label, expected: "status 409 CONFLICT", got: "status 200", ...extra });

  it("groups in the order the checks ran, keeps each label once, and names a problem by its cases when it has no member", () => {
    const labels = ["a", "b", "a", "c", "d"];
    const mixed: RunReport = {
      target: "t",
      notes: [],
      setupErrors: [],
      cases: [
        outcome("idempotency", "failed", labels.map((l) => problem("idempotency", l))),
        outcome("invalid requests", "failed", [finding("", "status 200"), finding("/flowName", "status 200")]),
        outcome("request examples", "passed"),
      ],
    };
    const problems = distinctProblems(mixed);
    expect(problems.map((p) => [p.check, p.member, p.count, p.labels])).toEqual([
      ["idempotency", undefined, 5, ["a", "b", "c", "d"]],
      ["invalid requests", "", 1, [" breaks pattern"]],
      ["invalid requests", "/flowName", 1, ["/flowName breaks pattern"]],
    ]);
    expect(problems[0]).not.toHaveProperty("member");
    expect(problems[0]).not.toHaveProperty("rule");
    const text = renderText(mixed);
    expect(text).toContain("idempotency: 1 distinct problem in 5 requests\n  - a; b; c; and 1 more: status 200, expected status 409 CONFLICT (5 requests)");
    expect(text).toContain("  - (body) pattern: status 200, expected status 400 VALIDATION_ERROR\n");
    expect(text).toContain("invalid requests: 2 distinct problems in 2 requests");
    expect(text).toContain("ok    request examples: 1 cases");
    expect(text).toMatch(/\nFAIL: 3 distinct problems in 2 of 3 cases\.$/);
    // A finding of a check that has no case of its own still gets its place: after the case's own check.
    const only = distinctProblems({ ...mixed, cases: [outcome("invalid requests", "failed", [problem("missing flow", "m"), finding("/x", "status 200")])] });
    expect(only.map((p) => p.check)).toEqual(["invalid requests", "missing flow"]);
  });

  it("puts the most frequent problem of a check first, whatever the order they came in", () => {
    const cases = [outcome("idempotency", "failed", [problem("idempotency", "one", { got: "status 500" })]), outcome("idempotency", "failed", [problem("idempotency", "x"), problem("idempotency", "y")])];
    expect(distinctProblems({ target: "t", notes: [], setupErrors: [], cases }).map((p) => p.got)).toEqual(["status 200", "status 500"]);
  });

  it("says one request, one problem, lists at most perCheck and points to the Markdown for the rest", () => {
    const many: RunReport = { target: "t", notes: [], setupErrors: [], cases: ["/a", "/b", "/c"].map((m) => failed([finding(m, "status 200")])) };
    const text = renderText(many, { markdown: ["r.md", "summary"] }, 2);
    expect(text).toContain("invalid requests: 3 distinct problems in 3 requests\n  - /a pattern: status 200, expected status 400 VALIDATION_ERROR\n  - /b pattern:");
    expect(text).toContain("\n  ... and 1 more (all in r.md, summary)\n");
    expect(text).not.toContain("/c pattern");
    expect(text.split("\n").slice(-1)).toEqual(["Markdown: r.md, summary"]);
    expect(renderText(many, {}, 2)).toContain("\n  ... and 1 more\n");
    expect(renderText(many, {}, 3)).not.toContain("... and");
    const one: RunReport = { ...many, cases: [failed([finding("/a", "status 200")])] };
    expect(renderText(one)).toContain("invalid requests: 1 distinct problem in 1 request\n");
  });

  it("shows a problem's detail and leaves out the curl when no request shows it", () => {
    const detailed: RunReport = {
      target: "t",
      notes: [],
      setupErrors: [],
      cases: [outcome("generated requests", "failed", [problem("generated requests", "generated", { detail: "seed 3, path 0" })])],
    };
    const text = renderText(detailed);
    expect(text).toContain("  (seed 3, path 0)");
    expect(text).not.toContain("reproduce the first");
  });

  it("counts errored cases as failed, prints their first line, and says the suite could not check everything", () => {
    const broken: RunReport = {
      target: "t",
      notes: [],
      setupErrors: [],
      cases: [
        failed([finding("/a", "status 200")]),
        outcome("idempotency", "error", [], { name: "replay", note: "TypeError: boom\n    at x" }),
        outcome(undefined, "error", [], { suite: "loader", name: "load", note: "Error: no file" }),
        outcome("idempotency", "skipped", [], { name: "no reason" }),
      ],
    };
    const text = renderText(broken);
    expect(text).toContain("FAIL  idempotency: 1 cases, 1 failed; skipped: no reason\n");
    expect(text).toContain("ERROR idempotency: replay: TypeError: boom\nERROR loader: load: Error: no file\n");
    expect(text).not.toContain("at x");
    expect(text).toMatch(/\nFAIL: 1 distinct problems in 1 of 3 cases; and 2 errors: the suite could not check everything\.$/);
    expect(summarize(broken)).toMatchObject({ failed: 1, errors: 2, run: 3, ok: false });
    const oneError = { ...broken, cases: [broken.cases[0]!, broken.cases[1]!] };
    expect(renderText(oneError)).toMatch(/; and 1 error: the suite could not check everything\.$/);
    const noProblems = { ...broken, cases: [broken.cases[1]!, broken.cases[2]!] };
    expect(renderText(noProblems)).toMatch(/\nERROR: the suite could not check the server \(2 errors above\)\.$/);
    expect(summarize({ ...broken, cases: [outcome("idempotency", "failed")] }).ok).toBe(false);
  });

  it("leaves the notes as they are when every rule could be broken", () => {
    const text = renderText({ target: "t", notes: ["12 mutations"], setupErrors: [], cases: [] });
    expect(text.split("\n").slice(0, 3)).toEqual(["UpdateFlow contract (POST /update-flow) against t", "  12 mutations", ""]);
  });
});

describe("curlFor and headerVariable", () => {
  it("leaves a redacted header to a shell variable named after it, and sends no body when there is none", () => {
    expect(headerVariable("x-api-key")).toBe("X_API_KEY");
    expect(headerVariable("Authorization")).toBe("AUTHORIZATION");
    const request: SentRequest = { method: "GET", url: "http://h/p", headers: { "x-api-key": "k", accept: "application/json" }, redacted: ["x-api-key"] };
    expect(curlFor(request)).toBe(`curl -sS -i -X GET 'http://h/p' -H "x-api-key: \${X_API_KEY}" -H 'accept: application/json'`);
  });
});

describe("renderMarkdown, case by case", () => {
  it("escapes table cells, lists errors and notes, and stops at perCheck rows", () => {
    const md = renderMarkdown(
      {
        target: "t",
        notes: ["a | b"],
        setupErrors: ["Error: <no mock>"],
        cases: [
          failed([finding("/a|b", "status 200\nthen")]),
          failed([finding("/c", "status 200")]),
          { check: "idempotency", suite: "i", name: "replay", state: "error", findings: [], note: "boom", durationMs: 0 },
          { check: "missing flow", suite: "m", name: "gone", state: "skipped", findings: [], durationMs: 0 },
        ],
      },
      1,
    );
    expect(md).toMatch(/^## UpdateFlow contract: failed\n\nAgainst `t`: 3 cases, 2 failed, 2 distinct problems\.\n/);
    expect(md).toContain("| missing flow | 0 | 0 | gone |");
    expect(md).toContain("| idempotency | 1 | 1 |  |");
    expect(md).toContain("### Errors (the suite could not check)\n\n- setup: Error: &lt;no mock>\n- replay: boom\n");
    expect(md).toContain("### invalid requests: 2 distinct problems\n\n| member, rule or case | expected | got | requests |\n| --- | --- | --- | ---: |\n| /a\\|b pattern | status 400 VALIDATION_ERROR | status 200 then <details>");
    expect(md).not.toContain("| /c pattern");
    expect(md).toContain("\n\n... and 1 more; the JUnit report lists every case.\n");
    expect(md).toMatch(/<details><summary>notes<\/summary>\n\n- a \\\| b\n\n<\/details>\n$/);
    const clean = renderMarkdown({ target: "t", notes: [], setupErrors: [], cases: [{ check: "idempotency", suite: "i", name: "x", state: "passed", findings: [], durationMs: 0 }] });
    expect(clean).toBe("## UpdateFlow contract: passed\n\nAgainst `t`: 1 cases, 0 failed, 0 distinct problems.\n\n| check | cases | failed | skipped |\n| --- | ---: | ---: | --- |\n| idempotency | 1 | 0 |  |\n");
    const noRequest = renderMarkdown({ target: "t", notes: [], setupErrors: [], cases: [failed([{ ...finding("/a", "status 200"), request: undefined }])] });
    expect(noRequest).toContain("| /a pattern | status 400 VALIDATION_ERROR | status 200  | 1 |");
  });
});

describe("renderJUnit, case by case", () => {
  it("times suites and cases in seconds, writes an error's first line as its message, and a failure without findings by its note", () => {
    const xml = renderJUnit({
      target: "t",
      notes: [],
      setupErrors: [],
      cases: [
        { check: "idempotency", suite: "idem", name: "replay", state: "error", findings: [], note: "TypeError: boom\n  at x", durationMs: 1500 },
        { check: "idempotency", suite: "idem", name: "conflict", state: "failed", findings: [], note: "timed out", durationMs: 250 },
        { check: "idempotency", suite: "idem", name: "bare", state: "error", findings: [], durationMs: 0 },
        { check: undefined, suite: "other", name: "skipped", state: "skipped", findings: [], durationMs: 0 },
        failed([{ ...finding("/a", "status 200"), detail: "seed 1" }, finding("/b", "status 500")]),
      ],
    });
    expect(xml).toContain('<testsuites name="UpdateFlow contract" tests="5" failures="2" errors="2" skipped="1" time="1.753">');
    expect(xml).toContain('  <testsuite name="idem" tests="3" failures="1" errors="2" skipped="0" time="1.750">');
    expect(xml).toContain('    <testcase classname="idempotency" name="replay" time="1.500">\n      <error message="TypeError: boom">TypeError: boom\n  at x</error>\n    </testcase>');
    expect(xml).toContain('<testcase classname="idempotency" name="conflict" time="0.250">\n      <failure message="timed out">timed out</failure>');
    expect(xml).toContain('<testcase classname="idempotency" name="bare" time="0.000">\n      <error message="error"></error>');
    expect(xml).toContain('<testcase classname="other" name="skipped" time="0.000">\n      <skipped message=""/>');
    expect(xml).toContain(
      '<failure message="status 200, expected status 400 VALIDATION_ERROR">status 200, expected status 400 VALIDATION_ERROR\nseed 1\ncurl -sS -i -X POST',
    );
    expect(xml).toContain("\n\nstatus 500, expected status 400 VALIDATION_ERROR\ncurl");
    expect(xml.endsWith("</testsuites>\n")).toBe(true);
  });
});

describe("renderJUnit, read back as XML", () => {
  // What a CI system's JUnit reader sees: the file parsed, not matched by pattern.
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml);
    return parsed.testsuites as { tests: string; testsuite?: { name: string; tests: string; testcase: Record<string, unknown>[] }[] };
  };

  it("is well-formed, with a suite per group and a case per outcome, whatever the names hold", () => {
    const odd = { check: "request examples" as const, suite: 'a <"suite"> & more', name: "</testcase> \u0000 ' \uD800", state: "passed" as const, findings: [], durationMs: 1 };
    const root = parse(renderJUnit({ ...report, cases: [...report.cases, odd] }));
    expect(root.testsuite!.map((s) => [s.name, s.tests, s.testcase.length])).toEqual([
      ["invalid", "5", 5],
      ["missing", "1", 1],
      ['a <"suite"> & more', "1", 1],
    ]);
    expect(root.testsuite![2]!.testcase[0]).toMatchObject({ name: "</testcase> \\u0000 ' \\ud800", classname: "request examples" });
    // A passed case holds nothing: no failure, no error, no skip.
    expect(Object.keys(root.testsuite![0]!.testcase[4]!).sort()).toEqual(["classname", "name", "time"]);
  });

  it("has no setup suite unless the setup failed", () => {
    expect(parse(renderJUnit(report)).testsuite!.map((s) => s.name)).not.toContain("setup");
    const failedSetup = parse(renderJUnit({ ...report, setupErrors: ["Error: one", "Error: two"] }));
    expect(failedSetup.testsuite!.at(-1)).toMatchObject({ name: "setup", tests: "2", errors: "2" });
    expect(failedSetup.testsuite!.at(-1)!.testcase.map((c) => c.name)).toEqual(["the suite starts", "the suite starts"]);
  });
});

describe("xmlText and ContractBroken", () => {
  it("keeps a surrogate pair and escapes each lone half", () => {
    expect(xmlText("\uD83D\uDE00 \uDE00 \uD83D")).toBe("\uD83D\uDE00 \\ude00 \\ud83d");
    expect(xmlText("\u000B\u000C\u000E\u001F\r\uFFFE")).toBe("\\u000b\\u000c\\u000e\\u001f\r\\ufffe");
  });

  it("fails a case with a line per finding", () => {
    const error = new ContractBroken([finding("/a", "status 200"), finding("/b", "status 500")]);
    expect(error.name).toBe("ContractBroken");
    expect(error.message).toBe("status 200, expected status 400 VALIDATION_ERROR\nstatus 500, expected status 400 VALIDATION_ERROR");
    expect(error.findings).toHaveLength(2);
  });
});
