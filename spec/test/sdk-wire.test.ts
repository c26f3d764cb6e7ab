import { describe, expect, it } from "vitest";
import { everyMemberRequest } from "./fixtures/every-member.js";
import { loadModel, reachableShapes, type ReferenceModel } from "./model.js";
import { captureUpdateFlow, toSdkInput } from "./sdk-wire.js";
import { loadBundledSpec, requestExamples } from "./spec.js";
import { requestValidator } from "./validator.js";

const model = loadModel();
const doc = loadBundledSpec();
const validate = requestValidator(doc);
const examples = requestExamples(doc);

function errorsOf(body: unknown): string[] {
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}: ${e.message ?? ""}`);
}

/** Records which `Shape.member` of the model a wire value sets, walking the model's shapes. */
function coveredMembers(model: ReferenceModel, shapeName: string, value: unknown, out = new Set<string>()): Set<string> {
  const shape = model.shapes[shapeName]!;
  if (shape.type === "structure" && value && typeof value === "object") {
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      const child = (value as Record<string, unknown>)[name];
      if (child === undefined) continue;
      out.add(`${shapeName}.${name}`);
      coveredMembers(model, member.target, child, out);
    }
  } else if (shape.type === "list" && Array.isArray(value)) {
    for (const item of value) coveredMembers(model, shape.member!.target, item, out);
  } else if (shape.type === "map" && value && typeof value === "object") {
    for (const item of Object.values(value)) coveredMembers(model, shape.value!.target, item, out);
  }
  return out;
}

describe("named request examples", () => {
  it("cover every trigger type and the common connector pairs", () => {
    const triggers = new Set(Object.values(examples).map((e) => (e.value.triggerConfig as { triggerType: string }).triggerType));
    expect([...triggers].sort()).toEqual(["Event", "OnDemand", "Scheduled"]);
    expect(Object.keys(examples).sort()).toEqual([
      "eventSalesforceToEventBridge",
      "onDemandCustomConnectorToS3",
      "onDemandSalesforceToS3",
      "scheduledS3ToRedshift",
      "scheduledSapODataToS3",
      "scheduledZendeskToSnowflake",
    ]);
  });

  for (const [name, example] of Object.entries(examples)) {
    it(`${name} is valid and is exactly what AWS's SDK sends for it`, async () => {
      expect(errorsOf(example.value)).toEqual([]);
      const sent = await captureUpdateFlow(toSdkInput(example.value));
      expect(sent.method).toBe("POST");
      expect(sent.path).toBe("/update-flow");
      expect(sent.contentType).toBe("application/json");
      expect(errorsOf(sent.body)).toEqual([]);
      // The SDK fills in an idempotency token (a UUID) when the example has none.
      const expected = { clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/), ...example.value };
      expect(sent.body).toEqual(expected);
    });
  }
});

describe("a request that sets every member of the model", () => {
  it("sets all 178 structure members", () => {
    const all = reachableShapes(model)
      .filter((name) => model.shapes[name]!.type === "structure")
      .flatMap((name) => Object.keys(model.shapes[name]!.members ?? {}).map((m) => `${name}.${m}`));
    const covered = coveredMembers(model, "UpdateFlowRequest", everyMemberRequest);
    expect(all.filter((m) => !covered.has(m))).toEqual([]);
    expect(all).toHaveLength(178);
  });

  it("is sent by AWS's SDK unchanged and is valid against the spec", async () => {
    const sent = await captureUpdateFlow(toSdkInput(everyMemberRequest));
    expect(sent.body).toEqual(everyMemberRequest);
    expect(errorsOf(sent.body)).toEqual([]);
  });
});

type Wire = typeof everyMemberRequest & Record<string, unknown>;
type Breaker = [rule: string, expectedError: string, breakIt: (r: Wire) => void];

/** Requests that AWS's SDK serializes without complaint but that break a rule of the model. */
const sdkSentBreakers: Breaker[] = [
  ["FlowName pattern (a space)", "/flowName pattern", (r) => { r.flowName = "my flow"; }],
  ["FlowName pattern (needs 2+ characters)", "/flowName pattern", (r) => { r.flowName = "a"; }],
  ["ClientToken length 1..256", "/clientToken minLength", (r) => { r.clientToken = ""; }],
  ["TriggerType enum casing", "/triggerConfig/triggerType enum", (r) => { r.triggerConfig.triggerType = "SCHEDULED"; }],
  ["ScheduleOffset range 0..36000", "/triggerConfig/triggerProperties/Scheduled/scheduleOffset maximum", (r) => { r.triggerConfig.triggerProperties.Scheduled.scheduleOffset = 36001; }],
  ["FlowErrorDeactivationThreshold range 1..100", "/triggerConfig/triggerProperties/Scheduled/flowErrorDeactivationThreshold minimum", (r) => { r.triggerConfig.triggerProperties.Scheduled.flowErrorDeactivationThreshold = 0; }],
  ["SAPODataMaxPageSize range 1..10000", "/sourceFlowConfig/sourceConnectorProperties/SAPOData/paginationConfig/maxPageSize maximum", (r) => { r.sourceFlowConfig.sourceConnectorProperties.SAPOData.paginationConfig.maxPageSize = 10001; }],
  ["SAPODataMaxParallelism range 1..10", "/sourceFlowConfig/sourceConnectorProperties/SAPOData/parallelismConfig/maxParallelism maximum", (r) => { r.sourceFlowConfig.sourceConnectorProperties.SAPOData.parallelismConfig.maxParallelism = 11; }],
  ["SalesforceSourceProperties.object is required", "/sourceFlowConfig/sourceConnectorProperties/Salesforce required", (r) => { delete (r.sourceFlowConfig.sourceConnectorProperties.Salesforce as { object?: string }).object; }],
  ["UpsolverBucketName pattern", "/destinationFlowConfigList/0/destinationConnectorProperties/Upsolver/bucketName pattern", (r) => { r.destinationFlowConfigList[0]!.destinationConnectorProperties.Upsolver.bucketName = "my-upsolver-appflow"; }],
  ["BucketName length 3..63", "/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketName minLength", (r) => { r.destinationFlowConfigList[0]!.destinationConnectorProperties.S3.bucketName = "ab"; }],
  ["CustomProperties at most 50 entries", "/sourceFlowConfig/sourceConnectorProperties/CustomConnector/customProperties maxProperties", (r) => { r.sourceFlowConfig.sourceConnectorProperties.CustomConnector.customProperties = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) as { tenant: string }; }],
  ["S3ConnectorOperator has no CONTAINS", "/tasks/0/connectorOperator/S3 enum", (r) => { r.tasks[0]!.connectorOperator.S3 = "CONTAINS"; }],
  ["TaskType enum casing", "/tasks/0/taskType enum", (r) => { r.tasks[0]!.taskType = "MAP_ALL"; }],
  ["TaskPropertiesMap keys are OperatorPropertiesKeys", "/tasks/0/taskProperties propertyNames", (r) => { (r.tasks[0]!.taskProperties as Record<string, string>).SOURCE_TYPE = "string"; }],
  ["Property needs a character", "/tasks/0/taskProperties/DESTINATION_DATA_TYPE pattern", (r) => { r.tasks[0]!.taskProperties.DESTINATION_DATA_TYPE = ""; }],
  ["Task.sourceFields is required", "/tasks/0 required", (r) => { delete (r.tasks[0] as { sourceFields?: string[] }).sourceFields; }],
  ["tasks is required", " required", (r) => { delete (r as { tasks?: unknown }).tasks; }],
  ["GlueDataCatalogIAMRole pattern", "/metadataCatalogConfig/glueDataCatalog/roleArn pattern", (r) => { r.metadataCatalogConfig.glueDataCatalog.roleArn = "role/Glue"; }],
];

/** Wire requests that break the model in ways the SDK's types and serializer never produce. */
const handMadeBreakers: Breaker[] = [
  ["Date is epoch seconds, not an ISO string", "/triggerConfig/triggerProperties/Scheduled/scheduleStartTime type", (r) => { (r.triggerConfig.triggerProperties.Scheduled as Record<string, unknown>).scheduleStartTime = "2026-01-01T00:00:00Z"; }],
  ["ScheduleOffset is a whole number", "/triggerConfig/triggerProperties/Scheduled/scheduleOffset type", (r) => { r.triggerConfig.triggerProperties.Scheduled.scheduleOffset = 1.5; }],
  ["structures are closed (top level)", " additionalProperties", (r) => { r.flowArn = "arn:aws:appflow:us-east-1:123456789012:flow/x"; }],
  ["structures are closed (nested)", "/sourceFlowConfig additionalProperties", (r) => { (r.sourceFlowConfig as Record<string, unknown>).connectorProfileArn = "x"; }],
  ["LookoutMetricsDestinationProperties has no members", "/destinationFlowConfigList/0/destinationConnectorProperties/LookoutMetrics additionalProperties", (r) => { (r.destinationFlowConfigList[0]!.destinationConnectorProperties.LookoutMetrics as Record<string, unknown>).object = "x"; }],
];

describe("requests that break a rule of the model are rejected", () => {
  for (const [rule, expectedError, breakIt] of sdkSentBreakers) {
    it(`${rule} (as sent by AWS's SDK)`, async () => {
      const request = structuredClone(everyMemberRequest) as Wire;
      breakIt(request);
      const sent = await captureUpdateFlow(toSdkInput(request));
      expect(errorsOf(sent.body).map((e) => e.split(":")[0])).toContain(expectedError);
    });
  }
  for (const [rule, expectedError, breakIt] of handMadeBreakers) {
    it(rule, () => {
      const request = structuredClone(everyMemberRequest) as Wire;
      breakIt(request);
      expect(errorsOf(request).map((e) => e.split(":")[0])).toContain(expectedError);
    });
  }
});
