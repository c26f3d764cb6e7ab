#!/usr/bin/env node
import { startMock } from "@appflow-contract/mock";

// A fixed, documented port for people; tests use startMock() on a free port instead.
const port = Number(process.env.MOCK_PORT ?? 4010);
const mock = await startMock({ port });
console.log(`UpdateFlow mock (Prism, pid ${mock.pid}) listening on ${mock.baseUrl}`);
console.log(
  `Try: curl -s -X POST ${mock.baseUrl}/update-flow -H 'content-type: application/json' -H 'authorization: AWS4-HMAC-SHA256 x' -d '{"flowName":"a b"}'`,
);
const shutdown = () => void mock.stop().then(() => process.exit(0));
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
