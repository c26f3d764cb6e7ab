// AWS's own SDK pointed at the mock, as an app team on @aws-sdk/client-appflow would: every
// documented error reaches it as the typed exception that `x-amzn-ErrorType` names, with the
// status and the request id in `$metadata`.
import * as appflow from "@aws-sdk/client-appflow";
import { AppflowClient, UpdateFlowCommand, type UpdateFlowCommandInput } from "@aws-sdk/client-appflow";
import { loadBundledSpec, requestExamples, resolveRef } from "@appflow-contract/spec";
import { type ErrorCode, exceptionOfErrorCode, missingFlowName, statusOfErrorCode } from "@appflow-contract/spec/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";

const doc = loadBundledSpec();
const example = Object.values(requestExamples(doc))[0]!.value as unknown as UpdateFlowCommandInput;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ quiet: true });
});
afterAll(async () => {
  await mock?.stop();
});

/** A client with fake credentials (the mock checks only that a signature is there) and no retries. */
function client(prefer?: string): AppflowClient {
  const c = new AppflowClient({
    endpoint: mock.baseUrl,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
  });
  if (prefer) {
    c.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers.prefer = prefer;
        return next(args);
      },
      { step: "build", name: "preferExample" },
    );
  }
  return c;
}

/** What the SDK threw for `input`. */
async function sdkError(c: AppflowClient, input: UpdateFlowCommandInput): Promise<appflow.AppflowServiceException> {
  try {
    await c.send(new UpdateFlowCommand(input));
  } catch (error) {
    return error as appflow.AppflowServiceException;
  }
  throw new Error("the SDK did not throw");
}

/** The SDK's class for an exception name, when the service model defines it. */
function modelled(name: string): (new (...args: never[]) => Error) | undefined {
  const exported = (appflow as Record<string, unknown>)[name];
  return typeof exported === "function" ? (exported as new (...args: never[]) => Error) : undefined;
}

function expectException(error: appflow.AppflowServiceException, code: ErrorCode): void {
  const name = exceptionOfErrorCode[code];
  expect(error.name).toBe(name);
  const type = modelled(name);
  // Names outside AppFlow's model (the protocol errors) reach the SDK as its base exception.
  expect(error).toBeInstanceOf(type ?? appflow.AppflowServiceException);
  expect(error.$metadata.httpStatusCode).toBe(statusOfErrorCode[code]);
  expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
}

describe("@aws-sdk/client-appflow against the mock", () => {
  it("gets a 200 with a request id for a named example", async () => {
    const output = await client().send(new UpdateFlowCommand(example));
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("raises ValidationException for a request that breaks a rule", async () => {
    expectException(await sdkError(client(), { ...example, flowName: "a b" }), "VALIDATION_ERROR");
  });

  it("raises ResourceNotFoundException for the flow the mock does not have", async () => {
    expectException(await sdkError(client(), { ...example, flowName: missingFlowName }), "RESOURCE_NOT_FOUND");
  });

  it("raises ConflictException for a clientToken reused with other parameters", async () => {
    const clientToken = crypto.randomUUID();
    await client().send(new UpdateFlowCommand({ ...example, clientToken }));
    expectException(await sdkError(client(), { ...example, clientToken, description: "changed" }), "CONFLICT");
  });

  // Every named example of every documented error, asked for with Prism's Prefer header.
  const cases = Object.entries((doc.paths["/update-flow"]!.post as { responses: Record<string, unknown> }).responses)
    .filter(([status]) => Number(status) >= 400)
    .flatMap(([status, response]) => {
      const { content } = resolveRef<{ content: Record<string, { examples?: Record<string, { value: { error: { code: ErrorCode } } }> }> }>(doc, response);
      return Object.entries(content["application/json"]!.examples ?? {}).map(([name, value]) => ({
        status,
        name,
        code: resolveRef<{ value: { error: { code: ErrorCode } } }>(doc, value).value.error.code,
      }));
    });

  it("covers every code of the contract", () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(Object.keys(exceptionOfErrorCode)));
  });

  it.each(cases)("raises the exception of $code for Prefer: code=$status, example=$name", async ({ status, name, code }) => {
    expectException(await sdkError(client(`code=${status}, example=${name}`), example), code);
  });
});
