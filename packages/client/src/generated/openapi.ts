/**
 * GENERATED FILE: do not edit by hand.
 * From: the bundled contract @appflow-contract/spec/openapi.json (spec/dist/openapi.json).
 * By:   pnpm --filter @appflow-contract/client generate
 *       (scripts/generate-types.mjs: openapi-typescript with rootTypes, rootTypesNoSchemaPrefix,
 *       enumValues, emptyObjectsUnknown).
 * Check: pnpm --filter @appflow-contract/client check (fails when this file is stale).
 */

export interface paths {
    "/update-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an existing flow
         * @description Updates an existing flow.
         *
         *     The whole flow definition is sent again: trigger, source, destinations, tasks and,
         *     optionally, the metadata catalog configuration. `clientToken` makes the call idempotent:
         *     retrying with the same token and the same parameters within 8 hours updates the flow once.
         */
        post: operations["updateFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * UpdateFlowRequest
         * @description The whole new definition of an existing flow, sent as the JSON body of `POST /update-flow`.
         */
        UpdateFlowRequest: {
            flowName: components["schemas"]["FlowName"];
            description?: components["schemas"]["FlowDescription"];
            triggerConfig: components["schemas"]["TriggerConfig"];
            sourceFlowConfig: components["schemas"]["SourceFlowConfig"];
            destinationFlowConfigList: components["schemas"]["DestinationFlowConfigList"];
            tasks: components["schemas"]["Tasks"];
            metadataCatalogConfig?: components["schemas"]["MetadataCatalogConfig"];
            clientToken?: components["schemas"]["ClientToken"];
        };
        /**
         * UpdateFlowSuccess
         * @description The envelope of a successful `UpdateFlow` call.
         */
        UpdateFlowSuccess: {
            /**
             * @description Always `true` on success; lets a client tell the two envelopes apart.
             * @constant
             */
            success: true;
            data: components["schemas"]["UpdatedFlow"];
        };
        /**
         * ErrorEnvelope
         * @description The envelope of every documented failure.
         */
        ErrorEnvelope: {
            /**
             * @description Always `false` on failure.
             * @constant
             */
            success: false;
            error: components["schemas"]["Error"];
        };
        /**
         * FlowName
         * @description The specified name of the flow. Spaces are not allowed. Use underscores (_) or hyphens (-) only.
         */
        FlowName: string;
        /**
         * FlowDescription
         * @description A description of the flow.
         */
        FlowDescription: string;
        /**
         * TriggerType
         * @description How the flow is run. `Scheduled` runs it on a schedule, `Event` when the source emits an event, `OnDemand` only when it is started.
         * @enum {string}
         */
        TriggerType: "Scheduled" | "Event" | "OnDemand";
        /**
         * TriggerProperties
         * @description Settings for a trigger. Only `Scheduled` triggers have any.
         */
        TriggerProperties: {
            /** @description The schedule of a `Scheduled` trigger. */
            Scheduled?: Record<string, unknown>;
        };
        /**
         * TriggerConfig
         * @description The trigger settings that determine how and when Amazon AppFlow runs the specified flow.
         */
        TriggerConfig: {
            triggerType: components["schemas"]["TriggerType"];
            triggerProperties?: components["schemas"]["TriggerProperties"];
        };
        /**
         * ConnectorType
         * @description The type of a connector. Wire values keep the service's own casing.
         * @enum {string}
         */
        ConnectorType: "Salesforce" | "Singular" | "Slack" | "Redshift" | "S3" | "Marketo" | "Googleanalytics" | "Zendesk" | "Servicenow" | "Datadog" | "Trendmicro" | "Snowflake" | "Dynatrace" | "Infornexus" | "Amplitude" | "Veeva" | "EventBridge" | "LookoutMetrics" | "Upsolver" | "Honeycode" | "CustomerProfiles" | "SAPOData" | "CustomConnector" | "Pardot";
        /**
         * ApiVersion
         * @description The API version of the connector, for custom connectors.
         */
        ApiVersion: string;
        /**
         * ConnectorProfileName
         * @description The name of the connector profile that holds the connection's credentials.
         */
        ConnectorProfileName: string;
        /**
         * SourceFlowConfig
         * @description Contains information about the configuration of the source connector used in the flow.
         */
        SourceFlowConfig: {
            connectorType: components["schemas"]["ConnectorType"];
            apiVersion?: components["schemas"]["ApiVersion"];
            connectorProfileName?: components["schemas"]["ConnectorProfileName"];
            /** @description The properties of the source connector; set the member named after `connectorType`. */
            sourceConnectorProperties: Record<string, unknown>;
            /** @description Settings for pulling only the records that changed since the last run. */
            incrementalPullConfig?: Record<string, unknown>;
        };
        /**
         * DestinationFlowConfig
         * @description Where and how one destination receives the flow's data.
         */
        DestinationFlowConfig: {
            connectorType: components["schemas"]["ConnectorType"];
            apiVersion?: components["schemas"]["ApiVersion"];
            connectorProfileName?: components["schemas"]["ConnectorProfileName"];
            /** @description The properties of the destination connector; set the member named after `connectorType`. */
            destinationConnectorProperties: Record<string, unknown>;
        };
        /**
         * DestinationFlowConfigList
         * @description The configuration that controls how Amazon AppFlow transfers data to the destination connector.
         */
        DestinationFlowConfigList: components["schemas"]["DestinationFlowConfig"][];
        /**
         * TaskType
         * @description What the task does.
         * @enum {string}
         */
        TaskType: "Arithmetic" | "Filter" | "Map" | "Map_all" | "Mask" | "Merge" | "Passthrough" | "Truncate" | "Validate" | "Partition";
        /**
         * Task
         * @description One step that AppFlow applies to source fields on their way to the destination.
         */
        Task: {
            /** @description The source fields the task reads. */
            sourceFields: string[];
            /** @description The operation applied to the source fields, named per connector. */
            connectorOperator?: Record<string, unknown>;
            /** @description The field the task writes to at the destination. */
            destinationField?: string;
            taskType: components["schemas"]["TaskType"];
            /** @description Settings of the task, keyed by property name. */
            taskProperties?: {
                [key: string]: string;
            };
        };
        /**
         * Tasks
         * @description A list of tasks that Amazon AppFlow performs while transferring the data in the flow run.
         */
        Tasks: components["schemas"]["Task"][];
        /**
         * MetadataCatalogConfig
         * @description Specifies the configuration that Amazon AppFlow uses when it catalogs your data. When Amazon AppFlow catalogs your data, it stores metadata in a data catalog.
         */
        MetadataCatalogConfig: {
            /** @description Settings for cataloging the flow's output in the AWS Glue Data Catalog. */
            glueDataCatalog?: Record<string, unknown>;
        };
        /**
         * ClientToken
         * @description The `clientToken` parameter is an idempotency token. It ensures that your `UpdateFlow`
         *     request completes only once. You choose the value to pass. For example, if you don't receive
         *     a response from your request, you can safely retry the request with the same `clientToken`
         *     parameter value.
         *
         *     If you omit a `clientToken` value, the Amazon Web Services SDK that you are using inserts a
         *     value for you. This way, the SDK can safely retry requests multiple times after a network
         *     error. You must provide your own value for other use cases.
         *
         *     If you specify input parameters that differ from your first request, an error occurs. If you
         *     use a different value for `clientToken`, Amazon AppFlow considers it a new call to
         *     `UpdateFlow`. The token is active for 8 hours.
         */
        ClientToken: string;
        /**
         * FlowStatus
         * @description The flow's status after the update, as AppFlow reports it.
         * @enum {string}
         */
        FlowStatus: "Active" | "Deprecated" | "Deleted" | "Draft" | "Errored" | "Suspended";
        /**
         * UpdatedFlow
         * @description The flow that was updated.
         */
        UpdatedFlow: {
            /** @description Identifier of the updated flow. */
            id: string;
            /**
             * Format: date-time
             * @description When the flow was first created (RFC 3339 date-time, UTC).
             */
            created_at: string;
            flowStatus?: components["schemas"]["FlowStatus"];
        };
        /**
         * ErrorCode
         * @description Stable error codes, one for each UpdateFlow error of the real service:
         *
         *     | code | status | AppFlow exception |
         *     | --- | --- | --- |
         *     | `VALIDATION_ERROR` | 400 | ValidationException |
         *     | `CONNECTOR_SERVER_ERROR` | 400 | ConnectorServerException |
         *     | `CONNECTOR_AUTHENTICATION_ERROR` | 401 | ConnectorAuthenticationException |
         *     | `SERVICE_QUOTA_EXCEEDED` | 402 | ServiceQuotaExceededException |
         *     | `ACCESS_DENIED` | 403 | AccessDeniedException |
         *     | `RESOURCE_NOT_FOUND` | 404 | ResourceNotFoundException |
         *     | `CONFLICT` | 409 | ConflictException |
         *     | `INTERNAL_SERVER_ERROR` | 500 | InternalServerException |
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "CONNECTOR_SERVER_ERROR" | "CONNECTOR_AUTHENTICATION_ERROR" | "SERVICE_QUOTA_EXCEEDED" | "ACCESS_DENIED" | "RESOURCE_NOT_FOUND" | "CONFLICT" | "INTERNAL_SERVER_ERROR";
        /**
         * Error
         * @description What went wrong, as a stable machine-readable code and a human-readable message.
         */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description A human-readable explanation that names the problem. Do not parse it; branch on `code`. */
            message: string;
        };
    };
    responses: {
        /**
         * @description The request is invalid (`VALIDATION_ERROR`: a member breaks a rule of the schema) or the
         *     connector's own server rejected it (`CONNECTOR_SERVER_ERROR`). Fix the request before retrying.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The connector profile's credentials were refused by the connector. Refresh the connector profile, then retry. */
        ConnectorAuthenticationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The update would exceed an AppFlow service quota. Ask for a higher quota or reduce the flow. */
        ServiceQuotaExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The caller is not allowed to update this flow. Grant `appflow:UpdateFlow` to the caller. */
        AccessDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No flow with this `flowName` exists, or a connector profile it names does not. */
        ResourceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The flow is being changed by another call, or `clientToken` was already used with different
         *     parameters. Re-read the flow, or use a new `clientToken` for a new update.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description AppFlow failed to process the request. Retry with the same `clientToken`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type UpdateFlowRequest = components['schemas']['UpdateFlowRequest'];
export type UpdateFlowSuccess = components['schemas']['UpdateFlowSuccess'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type FlowName = components['schemas']['FlowName'];
export type FlowDescription = components['schemas']['FlowDescription'];
export type TriggerType = components['schemas']['TriggerType'];
export type TriggerProperties = components['schemas']['TriggerProperties'];
export type TriggerConfig = components['schemas']['TriggerConfig'];
export type ConnectorType = components['schemas']['ConnectorType'];
export type ApiVersion = components['schemas']['ApiVersion'];
export type ConnectorProfileName = components['schemas']['ConnectorProfileName'];
export type SourceFlowConfig = components['schemas']['SourceFlowConfig'];
export type DestinationFlowConfig = components['schemas']['DestinationFlowConfig'];
export type DestinationFlowConfigList = components['schemas']['DestinationFlowConfigList'];
export type TaskType = components['schemas']['TaskType'];
export type Task = components['schemas']['Task'];
export type Tasks = components['schemas']['Tasks'];
export type MetadataCatalogConfig = components['schemas']['MetadataCatalogConfig'];
export type ClientToken = components['schemas']['ClientToken'];
export type FlowStatus = components['schemas']['FlowStatus'];
export type UpdatedFlow = components['schemas']['UpdatedFlow'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type Error = components['schemas']['Error'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConnectorAuthenticationFailed = components['responses']['ConnectorAuthenticationFailed'];
export type ResponseServiceQuotaExceeded = components['responses']['ServiceQuotaExceeded'];
export type ResponseAccessDenied = components['responses']['AccessDenied'];
export type ResponseResourceNotFound = components['responses']['ResourceNotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type $defs = Record<string, never>;
export interface operations {
    updateFlow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFlowRequest"];
            };
        };
        responses: {
            /** @description The flow was updated. `data` identifies the flow and carries its status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFlowSuccess"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["ConnectorAuthenticationFailed"];
            402: components["responses"]["ServiceQuotaExceeded"];
            403: components["responses"]["AccessDenied"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const triggerTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TriggerType"]> = ["Scheduled", "Event", "OnDemand"];
export const connectorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConnectorType"]> = ["Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog", "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver", "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot"];
export const taskTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaskType"]> = ["Arithmetic", "Filter", "Map", "Map_all", "Mask", "Merge", "Passthrough", "Truncate", "Validate", "Partition"];
export const flowStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FlowStatus"]> = ["Active", "Deprecated", "Deleted", "Draft", "Errored", "Suspended"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["VALIDATION_ERROR", "CONNECTOR_SERVER_ERROR", "CONNECTOR_AUTHENTICATION_ERROR", "SERVICE_QUOTA_EXCEEDED", "ACCESS_DENIED", "RESOURCE_NOT_FOUND", "CONFLICT", "INTERNAL_SERVER_ERROR"];
