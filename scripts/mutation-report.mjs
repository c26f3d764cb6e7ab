#!/usr/bin/env node
// Writes MUTATION.md from the Stryker JSON reports (mutation-testing-report-schema) of the
// packages below: the score of each file, what survived and what no test reached, a total per
// package, the command and the date. `pnpm mutation` runs it after Stryker; by hand:
//
//   node scripts/mutation-report.mjs            # the "after" section: the latest run
//   node scripts/mutation-report.mjs --before   # the "before" section (the baseline)
//   node scripts/mutation-report.mjs --filters  # prints --filter=<name> for each package, for pnpm and turbo
//   node scripts/mutation-report.mjs --before --reports DIR  # reads DIR/<package folder>.json instead
//                                               # (reports kept from an earlier run)
//
// Everything outside the two generated sections (the notes) is kept as it is. Plain Node, no
// dependencies.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The packages under mutation testing, in the order they run: the one list of them. */
const packages = [
  { name: "@appflow-contract/client", dir: "packages/client" },
  { name: "@appflow-contract/mock", dir: "packages/mock" },
  { name: "@appflow-contract/breaking-change-gate", dir: "packages/breaking-change-gate" },
  { name: "@appflow-contract/contract-tests", dir: "packages/contract-tests" },
];

const root = fileURLToPath(new URL("..", import.meta.url));
const kept = process.argv.includes("--reports") ? process.argv[process.argv.indexOf("--reports") + 1] : undefined;
const reportOf = (dir) => (kept ? `${kept}/${dir.split("/").pop()}.json` : `${root}${dir}/reports/mutation/mutation.json`);
const output = `${root}MUTATION.md`;

if (process.argv.includes("--filters")) {
  console.log(packages.map((p) => `--filter=${p.name}`).join(" "));
  process.exit(0);
}
const section = process.argv.includes("--before") ? "before" : "after";

/** Stryker's statuses, as the schema names them. */
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function count(mutants) {
  const by = (status) => mutants.filter((m) => m.status === status).length;
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return {
    total: mutants.length,
    killed: by("Killed"),
    timeout: by("Timeout"),
    survived: by("Survived"),
    noCoverage: by("NoCoverage"),
    ignored: by("Ignored"),
    errors: by("CompileError") + by("RuntimeError"),
    // Stryker's mutation score: (killed + timeout) / every valid mutant (ignored ones and those
    // that do not compile or run left out).
    score: detected + undetected === 0 ? undefined : (100 * detected) / (detected + undetected),
  };
}

const percent = (score) => (score === undefined ? "n/a" : `${score.toFixed(1)}%`);
const row = (label, c) =>
  `| ${label} | ${percent(c.score)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | ${c.errors} | ${c.total} |`;
const HEAD = "| file | score | killed | timeout | survived | no coverage | ignored | compile/runtime error | mutants |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

function packageSection({ name, dir, goal }) {
  const file = reportOf(dir);
  if (!existsSync(file)) return { summary: `| ${name} | not measured | | | ${goal}% |`, body: `### ${name}\n\nNot measured: no report at ${file.startsWith(root) ? file.slice(root.length) : file}.\n` };
  const report = JSON.parse(readFileSync(file, "utf8"));
  const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
  const all = files.flatMap(([, f]) => f.mutants);
  const total = count(all);
  const lines = files.map(([path, f]) => row(`\`${path}\``, count(f.mutants)));
  const left = files.flatMap(([path, f]) =>
    f.mutants
      .filter((m) => UNDETECTED.has(m.status))
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
      .map((m) => {
        const replacement = m.replacement === undefined ? "" : `: \`${m.replacement.replace(/\s+/g, " ").replace(/`/g, "'").slice(0, 80)}\``;
        return `- \`${path}:${m.location.start.line}:${m.location.start.column}\` ${m.mutatorName} (${m.status === "NoCoverage" ? "no coverage" : "survived"})${replacement}`;
      }),
  );
  const ran = new Date(statSync(file).mtime).toISOString().replace(/\.\d+Z$/, "Z");
  const took = report.performance ? ` in ${Math.round((report.performance.setup + report.performance.initialRun + report.performance.mutation) / 60_000)} min` : "";
  const met = total.score !== undefined && total.score >= goal ? "met" : "not met";
  return {
    summary: `| ${name} | ${percent(total.score)} | ${total.survived} | ${total.noCoverage} | ${goal}% (${met}) |`,
    body: [
      `### ${name}`,
      "",
      `Run ${ran}${took}: \`pnpm --filter ${name} mutation\` (config \`${dir}/stryker.config.mjs\`).`,
      "",
      HEAD,
      ...lines,
      row("**total**", total),
      "",
      // The list only for the latest run: the baseline's is in its report, and in git history.
      ...(section === "before" ? [] : left.length > 0 ? [`Not detected (${left.length}):`, "", ...left, ""] : ["Every mutant detected.", ""]),
    ].join("\n"),
  };
}

// Each package's goal is its Stryker config's threshold (stryker.base.mjs sets `high` to it).
const goalOf = async (dir) => (await import(pathToFileURL(`${root}${dir}/stryker.config.mjs`).href)).default.thresholds.high;
const sections = await Promise.all(packages.map(async (p) => packageSection({ ...p, goal: await goalOf(p.dir) })));
const generated = [
  `_Written by \`node scripts/mutation-report.mjs${section === "before" ? " --before" : ""}\` on ${new Date().toISOString().slice(0, 10)}._`,
  "",
  "| package | score | survived | no coverage | goal |",
  "| --- | ---: | ---: | ---: | --- |",
  ...sections.map((s) => s.summary),
  "",
  ...sections.map((s) => s.body),
].join("\n");

const start = (name) => `<!-- mutation:${name}:start -->`;
const end = (name) => `<!-- mutation:${name}:end -->`;
const skeleton = `# Mutation testing

\`pnpm mutation\` (outside \`npm test\`, like \`pnpm bench\`) builds the packages below, runs
StrykerJS on each one's hand-written sources in turn (\`stryker.config.mjs\` in each package) and
writes this file from their JSON reports (\`reports/mutation/mutation.json\`) with
\`scripts/mutation-report.mjs\`. The score is Stryker's: killed and timed-out mutants over every
valid mutant (ignored ones, and those that do not compile, left out).

## After

${start("after")}
${end("after")}

## Before

${start("before")}
${end("before")}
`;
const text = existsSync(output) ? readFileSync(output, "utf8") : skeleton;
const from = text.indexOf(start(section));
const to = text.indexOf(end(section));
if (from === -1 || to === -1) throw new Error(`${output} has no ${start(section)} … ${end(section)} section`);
writeFileSync(output, `${text.slice(0, from + start(section).length)}\n${generated}\n${text.slice(to)}`);
console.log(`wrote the ${section} section of ${output}`);
