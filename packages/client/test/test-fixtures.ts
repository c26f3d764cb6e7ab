// Shared by the tests only (excluded from the build): the contract's own named examples, and a
// fetch stub that records what the client sends.
import { createRequire } from "node:module";
import type { UpdateFlowRequest } from "../src/index.js";

interface SchemaObject {
  properties?: Record<string, { maxLength?: number }>;
}

interface BundledSpec {
  components: { examples: Record<string, { value: unknown }>; schemas: Record<string, SchemaObject> };
}

const spec = createRequire(import.meta.url)("@appflow-contract/spec/openapi.json") as BundledSpec;

/** A named request example of the spec, without its clientToken unless `keepToken`. */
export function exampleRequest(name = "on-demand-salesforce-to-s3", keepToken = false): UpdateFlowRequest {
  const example = spec.components.examples[name];
  if (!example) throw new Error(`the spec has no example named ${name}`);
  const { clientToken, ...rest } = structuredClone(example.value) as UpdateFlowRequest;
  return keepToken ? { ...rest, clientToken } : rest;
}

/** The `maxLength` of a string member of one of the spec's schemas. */
export function maxLengthOf(schema: string, member: string): number | undefined {
  return spec.components.schemas[schema]?.properties?.[member]?.maxLength;
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
  /** Whether fetch was called the plain way, with a URL and an init, rather than with a Request. */
  plain: boolean;
}

/**
 * A fetch that answers with `answers` in turn (a Response, an Error to throw, or a function of
 * the request) and records every request it was given. It takes a Request, as openapi-fetch
 * passes one, or a URL and an init, as the client's plain path does (see `plain`); stub the
 * global fetch with it to test the plain path.
 */
export function stubFetch(...answers: Array<Response | Error | ((request: Request) => Promise<Response>)>) {
  const sent: SentRequest[] = [];
  const fetch = async (input: Request | string, init?: RequestInit): Promise<Response> => {
    const plain = !(input instanceof Request);
    const request = plain ? new Request(input, init) : input;
    sent.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text(), plain });
    const answer = answers[Math.min(sent.length, answers.length) - 1];
    if (answer === undefined) throw new Error("stubFetch was given no answers");
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer(request) : answer.clone();
  };
  return { fetch, sent };
}
