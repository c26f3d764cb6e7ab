#!/usr/bin/env node
// Runs the Redocly CLI with the given arguments, passing its output through unchanged except for
// one thing: the boxed "Node.js 20 support is ending" notice that Redocly CLI 2.x prints on every
// run under Node 20 (it has no switch to turn it off). The project supports Node 20 on purpose
// (package.json `engines`), so the box is only noise in `npm start`, `npm test` and CI logs.
// Exit code and signals are the CLI's own.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const manifest = require.resolve("@redocly/cli/package.json");
const bin = join(dirname(manifest), require(manifest).bin.redocly);

const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "pipe"],
  // Keep the CLI's colours when a person is watching.
  env: process.stderr.isTTY && !("FORCE_COLOR" in process.env) ? { ...process.env, FORCE_COLOR: "1" } : process.env,
});

child.stderr.setEncoding("utf8");
child.stderr.on("data", (chunk) => process.stderr.write(stripNode20Notice(chunk)));
// Ctrl-C reaches the CLI too (same process group); wait for it rather than die first.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("close", (code, signal) => {
  process.exitCode = code ?? (signal === "SIGINT" ? 130 : 1);
});

/** The text without the Node-20 box (the CLI writes it in one piece) and the blank lines around it,
 * colours or not. */
function stripNode20Notice(text) {
  return text.replace(/\n?[^\n]*╔[^╝]*Node\.js 20 support is ending[^╝]*╝[^\n]*\n(?:[^\S\n]*\n)?/u, "");
}
