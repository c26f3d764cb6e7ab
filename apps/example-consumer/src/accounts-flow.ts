// The flow this app owns: every day, copy changed Salesforce accounts to S3 as Parquet. The
// request is built from the client's exported model types, so a change to the contract that
// breaks it fails this app's typecheck, not its users.
import {
  ContractViolationError,
  type DestinationFlowConfig,
  type ErrorCode,
  type SourceFlowConfig,
  type Task,
  type TriggerConfig,
  type UpdateFlowClient,
  type UpdateFlowRequest,
  type UpdateFlowResult,
} from "@appflow-contract/client";

/** What the app's configuration says about its flow. */
export interface AccountsFlowSettings {
  flowName: string;
  salesforceProfile: string;
  bucketName: string;
  /** Salesforce Account fields to copy. */
  fields: string[];
  /** When the schedule starts. */
  startAt: Date;
}

/** The UpdateFlow request for the app's flow. */
export function accountsFlowRequest(settings: AccountsFlowSettings): UpdateFlowRequest {
  const triggerConfig: TriggerConfig = {
    triggerType: "Scheduled",
    triggerProperties: {
      Scheduled: {
        scheduleExpression: "rate(1days)",
        dataPullMode: "Incremental",
        // AppFlow takes timestamps as epoch seconds.
        scheduleStartTime: Math.floor(settings.startAt.getTime() / 1000),
        timezone: "Europe/Paris",
      },
    },
  };
  const sourceFlowConfig: SourceFlowConfig = {
    connectorType: "Salesforce",
    connectorProfileName: settings.salesforceProfile,
    sourceConnectorProperties: { Salesforce: { object: "Account", dataTransferApi: "AUTOMATIC" } },
    incrementalPullConfig: { datetimeTypeFieldName: "LastModifiedDate" },
  };
  const destination: DestinationFlowConfig = {
    connectorType: "S3",
    destinationConnectorProperties: {
      S3: {
        bucketName: settings.bucketName,
        bucketPrefix: "salesforce/accounts",
        s3OutputFormatConfig: {
          fileType: "PARQUET",
          prefixConfig: { prefixType: "PATH", prefixFormat: "DAY" },
          aggregationConfig: { aggregationType: "SingleFile" },
        },
      },
    },
  };
  const tasks: Task[] = [
    // Project the chosen fields, then map each one to a column of the same name.
    { taskType: "Filter", sourceFields: settings.fields, connectorOperator: { Salesforce: "PROJECTION" } },
    ...settings.fields.map(
      (field): Task => ({
        taskType: "Map",
        sourceFields: [field],
        destinationField: field,
        connectorOperator: { Salesforce: "NO_OP" },
        taskProperties: { SOURCE_DATA_TYPE: "string", DESTINATION_DATA_TYPE: "string" },
      }),
    ),
  ];
  return {
    flowName: settings.flowName,
    description: "Daily copy of changed Salesforce accounts to S3, as Parquet.",
    triggerConfig,
    sourceFlowConfig,
    destinationFlowConfigList: [destination],
    tasks,
  };
}

/** What the app does next, decided from the call's outcome. */
export type SyncOutcome =
  | { action: "done"; flowId: string; flowStatus?: string }
  | { action: "fix-configuration"; code: ErrorCode; detail: string }
  | { action: "retry-later"; code: ErrorCode; detail: string }
  | { action: "page-on-call"; detail: string };

/** Pushes the flow definition and says what to do next; never throws for a known outcome. */
export async function syncAccountsFlow(
  client: UpdateFlowClient,
  settings: AccountsFlowSettings,
  signal?: AbortSignal,
): Promise<SyncOutcome> {
  let result: UpdateFlowResult;
  try {
    result = await client.updateFlow(accountsFlowRequest(settings), { signal, timeoutMs: 30_000 });
  } catch (error) {
    // Outside the contract (ContractViolationError), out of time, or the network is down.
    const detail = error instanceof ContractViolationError ? `${error.message} [body: ${error.body.slice(0, 200)}]` : String(error);
    return { action: "page-on-call", detail };
  }
  if (result.success) return { action: "done", flowId: result.data.id, flowStatus: result.data.flowStatus };

  const { code, message } = result.error;
  switch (code) {
    case "VALIDATION_ERROR":
    case "RESOURCE_NOT_FOUND":
    case "ACCESS_DENIED":
    case "CONNECTOR_AUTHENTICATION_ERROR":
    case "MISSING_AUTHENTICATION_TOKEN":
      return { action: "fix-configuration", code, detail: message };
    case "UNKNOWN_OPERATION":
    case "METHOD_NOT_ALLOWED":
    case "UNSUPPORTED_MEDIA_TYPE":
    case "PAYLOAD_TOO_LARGE":
    case "REQUEST_HEADER_FIELDS_TOO_LARGE":
      // The client always sends POST /update-flow as JSON, and this flow is small: the base URL
      // points at the wrong server, or something between rewrites the request.
      return { action: "page-on-call", detail: `${code}: ${message}` };
    case "CONFLICT":
    case "CONNECTOR_SERVER_ERROR":
    case "SERVICE_QUOTA_EXCEEDED":
    case "INTERNAL_SERVER_ERROR":
    case "THROTTLING":
    case "SERVICE_UNAVAILABLE":
    case "REQUEST_TIMEOUT":
      // The client already retried what is safe to retry; these are worth another run later.
      return { action: "retry-later", code, detail: message };
    default: {
      // A new ErrorCode in the contract makes this line fail to compile.
      const unhandled: never = code;
      return { action: "page-on-call", detail: `unknown error code ${String(unhandled)}` };
    }
  }
}
