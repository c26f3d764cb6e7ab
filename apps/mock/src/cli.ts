#!/usr/bin/env node
import type { RunningMock } from "@appflow-contract/mock";

// A fixed, documented port for people; tests use startMock() on a free port instead.
const port = Number(process.env.MOCK_PORT ?? 4010);
// One log line per request on stderr, unless --quiet or MOCK_QUIET=1.
const quiet = process.argv.includes("--quiet") || process.env.MOCK_QUIET === "1";
let mock: RunningMock | undefined;
// Ctrl-C and SIGTERM stop the mock and exit 0, while it starts too.
const shutdown = () => void (mock?.stop() ?? Promise.resolve()).then(() => process.exit(0), () => process.exit(1));
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
// Imported only now: loading Prism takes a second, and a signal meanwhile must find the handlers.
const { startMock } = await import("@appflow-contract/mock");
mock = await startMock({ port, quiet }).catch((error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") console.error(`Port ${port} is taken; set MOCK_PORT to a free port, e.g. MOCK_PORT=4011 pnpm mock`);
  else console.error(`The mock could not start: ${error.message}`);
  process.exit(1);
});
console.log(`UpdateFlow mock (Prism's engine, pid ${process.pid}) listening on ${mock.baseUrl}`);
console.log(
  `Try: curl -s -X POST ${mock.baseUrl}/update-flow -H 'content-type: application/json' -H 'authorization: AWS4-HMAC-SHA256 x' -d '{"flowName":"a b"}'`,
);
