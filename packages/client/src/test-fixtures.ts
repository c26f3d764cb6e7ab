// Shared by the tests only (excluded from the build): the contract's own named examples, and a
// fetch stub that records what the client sends.
import { createRequire } from "node:module";
import type { UpdateFlowRequest } from "./index.js";

interface BundledSpec {
  components: { examples: Record<string, { value: unknown }> };
}

const spec = createRequire(import.meta.url)("@appflow-contract/spec/openapi.json") as BundledSpec;

/** A named request example of the spec, without its clientToken unless `keepToken`. */
export function exampleRequest(name = "on-demand-salesforce-to-s3", keepToken = false): UpdateFlowRequest {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`the spec has no example named ${name}`);
  const { clientToken, ...rest } = structuredClone(example.value) as UpdateFlowRequest;
  return keepToken ? { ...rest, clientToken } : rest;
}

/** The spec's success body. */
export const successBody = spec.components.examples["updated"]!.value;

/** An error envelope as the server sends it. */
export const errorBody = (code: string, message = "It failed.") => ({ success: false, error: { code, message } });

/** A JSON response. */
export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** What the stub received on one attempt. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/**
 * A fetch that answers with `answers` in turn (a Response, an Error to throw, or a function of
 * the request) and records every request it was given.
 */
export function stubFetch(...answers: Array<Response | Error | ((request: Request) => Promise<Response>)>) {
  const sent: SentRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text() });
    const answer = answers[Math.min(sent.length, answers.length) - 1];
    if (answer === undefined) throw new Error("stubFetch was given no answers");
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer(request) : answer.clone();
  };
  return { fetch, sent };
}
