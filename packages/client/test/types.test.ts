// Type-level tests: `pnpm typecheck` (tsc) fails if any `@ts-expect-error` below stops being an
// error, i.e. if the generated request type ever accepts what the contract refuses.
import type { AwsCredentialIdentityProvider as SmithyProvider, AwsCredentialIdentity as SmithyIdentity } from "@smithy/types";
import type { Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ErrorCode,
  ErrorEnvelope,
  Schemas,
  SourceFlowConfig,
  Task,
  TriggerConfig,
  UpdateFlowClient,
  UpdateFlowClientOptions,
  UpdateFlowMiddleware,
  UpdateFlowRequest,
  UpdateFlowResult,
  UpdateFlowSuccess,
} from "../src/index.js";
import type { AwsCredentialIdentityProvider, Sigv4Middleware, Sigv4Options } from "../src/sigv4.js";

const request = {
  flowName: "salesforce-accounts-to-s3",
  triggerConfig: { triggerType: "OnDemand" },
  sourceFlowConfig: { connectorType: "Salesforce", sourceConnectorProperties: { Salesforce: { object: "Account" } } },
  destinationFlowConfigList: [{ connectorType: "S3", destinationConnectorProperties: { S3: { bucketName: "my-bucket" } } }],
  tasks: [{ taskType: "Map_all", sourceFields: [] }],
} satisfies UpdateFlowRequest;

describe("UpdateFlowRequest", () => {
  it("refuses a request without flowName", () => {
    const { flowName: _, ...withoutName } = request;
    // @ts-expect-error flowName is required
    const missing: UpdateFlowRequest = withoutName;
    expectTypeOf(withoutName).not.toExtend<UpdateFlowRequest>();
    void missing;
  });

  it("refuses an unknown member", () => {
    // @ts-expect-error `flowname` is not a member (additionalProperties: false)
    const unknown: UpdateFlowRequest = { ...request, flowname: "typo" };
    void unknown;
  });

  it("refuses a value outside an enum", () => {
    // @ts-expect-error "Hourly" is not a TriggerType
    const trigger: TriggerConfig = { triggerType: "Hourly" };
    void trigger;
  });

  it("is what updateFlow takes", () => {
    expectTypeOf<UpdateFlowClient["updateFlow"]>().parameter(0).toEqualTypeOf<UpdateFlowRequest>();
    expectTypeOf<Parameters<UpdateFlowClient["updateFlow"]>[0]>().not.toEqualTypeOf<unknown>();
  });
});

describe("named exports", () => {
  it("give each nested model under its own name, the same as Schemas[name]", () => {
    expectTypeOf<TriggerConfig>().toEqualTypeOf<Schemas["TriggerConfig"]>();
    expectTypeOf<Task>().toEqualTypeOf<UpdateFlowRequest["tasks"][number]>();
    expectTypeOf<SourceFlowConfig>().toEqualTypeOf<UpdateFlowRequest["sourceFlowConfig"]>();
    expectTypeOf<ErrorCode>().toEqualTypeOf<ErrorEnvelope["error"]["code"]>();
    expectTypeOf<"RESOURCE_NOT_FOUND">().toExtend<ErrorCode>();
  });
});

describe("UpdateFlowResult", () => {
  it("is discriminated on success", () => {
    // Checked by the compiler only; never called.
    const narrow = (result: UpdateFlowResult) => {
      if (result.success) {
        expectTypeOf(result).toEqualTypeOf<UpdateFlowSuccess>();
        expectTypeOf(result.data.id).toEqualTypeOf<string>();
      } else {
        expectTypeOf(result.error.code).toEqualTypeOf<ErrorCode>();
        expectTypeOf(result.error.message).toEqualTypeOf<string>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });
});

describe("UpdateFlowClientOptions", () => {
  it("take a fetch that is handed a Request", () => {
    expectTypeOf<UpdateFlowClientOptions["fetch"]>().toEqualTypeOf<((request: Request) => Promise<Response>) | undefined>();
  });

  it("take middleware of the client's own shape, sigv4() among them", () => {
    expectTypeOf<NonNullable<UpdateFlowClientOptions["middleware"]>[number]>().toEqualTypeOf<UpdateFlowMiddleware>();
    expectTypeOf<Sigv4Middleware>().toExtend<UpdateFlowMiddleware>();
    const logger: UpdateFlowMiddleware = {
      onRequest({ request, attempt }) {
        expectTypeOf(request).toEqualTypeOf<Request>();
        expectTypeOf(attempt).toEqualTypeOf<number>();
        return undefined;
      },
    };
    void logger;
  });

  it("whose sigv4() is also openapi-fetch middleware, for raw.use(); one that reads the attempt is not", () => {
    expectTypeOf<Sigv4Middleware>().toExtend<Parameters<UpdateFlowClient["raw"]["use"]>[number]>();
    // @ts-expect-error raw's requests have no attempt number: openapi-fetch passes none
    expectTypeOf<UpdateFlowMiddleware>().toExtend<Middleware>();
  });
});

describe("sigv4's credentials", () => {
  it("take what @aws-sdk/credential-providers gives: an identity or a provider of one (@smithy/types)", () => {
    expectTypeOf<SmithyIdentity>().toExtend<Sigv4Options["credentials"]>();
    expectTypeOf<SmithyProvider>().toExtend<Sigv4Options["credentials"]>();
    expectTypeOf<AwsCredentialIdentityProvider>().toExtend<SmithyProvider>();
  });
});
