#!/usr/bin/env node
// Pushes the app's flow definition once and prints what to do next.
//   APPFLOW_BASE_URL       where the API is; the local mock (`pnpm mock`) by default
//   APPFLOW_AUTHORIZATION  the Authorization header (a SigV4 signature in production)
import { createUpdateFlowClient } from "@appflow-contract/client";
import { syncAccountsFlow } from "./accounts-flow.js";

const client = createUpdateFlowClient({
  baseUrl: process.env.APPFLOW_BASE_URL ?? "http://127.0.0.1:4010",
  headers: { Authorization: process.env.APPFLOW_AUTHORIZATION ?? "AWS4-HMAC-SHA256 example" },
});

const outcome = await syncAccountsFlow(client, {
  flowName: "salesforce-accounts-to-s3",
  salesforceProfile: "my-salesforce-profile",
  bucketName: "my-appflow-exports",
  fields: ["Id", "Name", "Industry", "AnnualRevenue", "LastModifiedDate"],
  startAt: new Date("2026-01-01T00:00:00Z"),
});
console.log(JSON.stringify(outcome, null, 2));
process.exitCode = outcome.action === "done" ? 0 : 1;
