// Writes the package's JavaScript, dist/*.js, with esbuild: one self-contained ES module per
// entry of package.json's `exports` (`.` and `./sigv4`) and per module that the client imports
// lazily (the request and response validators, the wording of an envelope's violations). tsc
// writes the declarations next to them (tsconfig.build.json).
//
// One module per entry, and no chunks shared between them: Node loads each ES module on its own
// (about half a millisecond apiece on this project's machines), so a file per source module and
// per fact of the spec, then shared chunks, kept the first validated call of a fresh process over
// 10 ms (apps/bench, `--only validation`). The few facts two entries both need are inlined in
// each. The spec's facts and string rules are inlined as a bundler would inline them into an
// app; the package's npm dependencies stay imports (openapi-fetch, which `raw` imports on its
// first request, and the signer's).
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const { dependencies = {} } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
/** The modules imported with `import()`: each an entry of its own, left as an import elsewhere. */
const lazyEntries = ["request-check", "response-check", "envelope-violations"];

const common = {
  absWorkingDir: packageDir,
  outdir: "dist",
  entryNames: "[name]",
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  // The workspace's spec is inlined (its facts are build inputs); npm dependencies are not.
  external: Object.keys(dependencies).filter((name) => !name.startsWith("@appflow-contract/")),
  sourcemap: true,
  sourcesContent: false,
  legalComments: "none",
  logLevel: "warning",
  plugins: [
    {
      name: "lazy-entries",
      setup(plugin) {
        const lazy = new RegExp(`^\\./(${lazyEntries.join("|")})\\.js$`);
        plugin.onResolve({ filter: lazy }, (args) =>
          args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
};

rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
// The entries keep their names (stack traces read as the sources do) but not their whitespace.
await build({ ...common, entryPoints: ["src/index.ts", "src/sigv4.ts"], minifyWhitespace: true, minifySyntax: true });
// The validators are machine-made code read by no one: minified, they load faster (a third of the
// bytes to parse); their source maps lead back to src/generated/validators/.
await build({ ...common, entryPoints: lazyEntries.map((name) => `src/${name}.ts`), minify: true });
console.log("wrote dist/ (esbuild)");
