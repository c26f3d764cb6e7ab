/**
 * GENERATED FILE: do not edit by hand.
 * From: the bundled contract @appflow-contract/spec/openapi.json (spec/dist/openapi.json).
 * By:   pnpm --filter @appflow-contract/client generate
 *       (scripts/generate-types.mjs: openapi-typescript with rootTypes, rootTypesNoSchemaPrefix,
 *       enumValues, emptyObjectsUnknown, defaultNonNullable false).
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
         * FlowName
         * @description The specified name of the flow. Spaces are not allowed. Use underscores (_) or hyphens (-) only. It starts with a letter or digit and is 2 to 256 characters long.
         */
        FlowName: string;
        /**
         * FlowDescription
         * @description A description of the flow.
         */
        FlowDescription: string;
        /**
         * TriggerType
         * @description How the flow is run: `Scheduled` on a schedule, `Event` when the source emits an event, `OnDemand` only when it is started.
         * @enum {string}
         */
        TriggerType: "Scheduled" | "Event" | "OnDemand";
        /**
         * ScheduleExpression
         * @description A schedule expression: `rate(...)` or `cron(...)`.
         */
        ScheduleExpression: string;
        /**
         * DataPullMode
         * @description Whether a scheduled run pulls only the records that changed since the last run or all records.
         * @enum {string}
         */
        DataPullMode: "Incremental" | "Complete";
        /**
         * Date
         * @description A point in time as a JSON number of seconds since the Unix epoch (UTC), possibly fractional. This is what AWS's SDKs send on the wire; ISO strings are not accepted.
         */
        Date: number;
        /**
         * Timezone
         * @description An IANA time zone name.
         */
        Timezone: string;
        /**
         * ScheduleOffset
         * Format: int64
         * @description An offset in seconds, 0 to 36000 (10 hours).
         */
        ScheduleOffset: number;
        /**
         * FlowErrorDeactivationThreshold
         * Format: int32
         * @description A number of consecutive failed runs, 1 to 100.
         */
        FlowErrorDeactivationThreshold: number;
        /**
         * ScheduledTriggerProperties
         * @description When and how often a `Scheduled` flow runs.
         */
        ScheduledTriggerProperties: {
            /** @description The schedule, e.g. `rate(5minutes)`, `rate(1hours)` or `cron(0 8 * * ? *)`. */
            scheduleExpression: components["schemas"]["ScheduleExpression"];
            /** @description Whether each run transfers only new and changed records (`Incremental`) or everything (`Complete`). */
            dataPullMode?: components["schemas"]["DataPullMode"];
            /** @description When the schedule starts, in epoch seconds. */
            scheduleStartTime?: components["schemas"]["Date"];
            /** @description When the schedule ends, in epoch seconds. */
            scheduleEndTime?: components["schemas"]["Date"];
            /** @description The time zone of the schedule, e.g. `America/New_York`. */
            timezone?: components["schemas"]["Timezone"];
            /** @description Seconds to wait after each scheduled time before the run starts. This member has no default. */
            scheduleOffset?: components["schemas"]["ScheduleOffset"];
            /** @description The start of the time range that the first incremental run pulls from, in epoch seconds. */
            firstExecutionFrom?: components["schemas"]["Date"];
            /** @description How many consecutive failed runs deactivate the flow. */
            flowErrorDeactivationThreshold?: components["schemas"]["FlowErrorDeactivationThreshold"];
        };
        /**
         * TriggerProperties
         * @description Settings for a trigger, one optional member per trigger type. Only `Scheduled` triggers have any.
         */
        TriggerProperties: {
            /** @description The schedule of a `Scheduled` trigger. */
            Scheduled?: components["schemas"]["ScheduledTriggerProperties"];
        };
        /**
         * TriggerConfig
         * @description The trigger settings that determine how and when Amazon AppFlow runs the specified flow.
         */
        TriggerConfig: {
            /** @description How the flow is started. */
            triggerType: components["schemas"]["TriggerType"];
            /** @description Settings of the trigger; only `Scheduled` triggers have any. */
            triggerProperties?: components["schemas"]["TriggerProperties"];
        };
        /**
         * ConnectorType
         * @description The type of a connector. Wire values keep the service's own casing (`Googleanalytics`, `Servicenow`, `SAPOData`).
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
         * Object
         * @description The name of an object (an entity, table or record type) in the connected application.
         */
        Object: string;
        /**
         * AmplitudeSourceProperties
         * @description The properties used when Amplitude is the source.
         */
        AmplitudeSourceProperties: {
            /** @description The Amplitude object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * DatadogSourceProperties
         * @description The properties used when Datadog is the source.
         */
        DatadogSourceProperties: {
            /** @description The Datadog object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * DynatraceSourceProperties
         * @description The properties used when Dynatrace is the source.
         */
        DynatraceSourceProperties: {
            /** @description The Dynatrace object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * GoogleAnalyticsSourceProperties
         * @description The properties used when Google Analytics is the source.
         */
        GoogleAnalyticsSourceProperties: {
            /** @description The Google Analytics object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * InforNexusSourceProperties
         * @description The properties used when Infor Nexus is the source.
         */
        InforNexusSourceProperties: {
            /** @description The Infor Nexus object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * MarketoSourceProperties
         * @description The properties used when Marketo is the source.
         */
        MarketoSourceProperties: {
            /** @description The Marketo object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * BucketName
         * @description The name of an Amazon S3 bucket.
         */
        BucketName: string;
        /**
         * BucketPrefix
         * @description A key prefix inside an Amazon S3 bucket.
         */
        BucketPrefix: string;
        /**
         * S3InputFileType
         * @description The file type of files read from Amazon S3.
         * @enum {string}
         */
        S3InputFileType: "CSV" | "JSON";
        /**
         * S3InputFormatConfig
         * @description The format of the files that a flow reads from Amazon S3.
         */
        S3InputFormatConfig: {
            /** @description The file type of the source files. */
            s3InputFileType?: components["schemas"]["S3InputFileType"];
        };
        /**
         * S3SourceProperties
         * @description The properties used when Amazon S3 is the source.
         */
        S3SourceProperties: {
            /** @description The bucket that holds the source files. */
            bucketName: components["schemas"]["BucketName"];
            /** @description The key prefix of the source files. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description The format of the source files. */
            s3InputFormatConfig?: components["schemas"]["S3InputFormatConfig"];
        };
        /**
         * Boolean
         * @description A true or false flag; `false` when omitted.
         * @default false
         */
        Boolean: boolean;
        /**
         * SalesforceDataTransferApi
         * @description The Salesforce API that transfers data: `AUTOMATIC` chooses between REST and Bulk API 2.0 by size.
         * @enum {string}
         */
        SalesforceDataTransferApi: "AUTOMATIC" | "BULKV2" | "REST_SYNC";
        /**
         * SalesforceSourceProperties
         * @description The properties used when Salesforce is the source.
         */
        SalesforceSourceProperties: {
            /** @description The Salesforce object to read, e.g. `Account`. */
            object: components["schemas"]["Object"];
            /**
             * @description Whether fields added to the object in Salesforce are picked up by later runs.
             * @default false
             */
            enableDynamicFieldUpdate?: components["schemas"]["Boolean"];
            /**
             * @description Whether deleted records are transferred too.
             * @default false
             */
            includeDeletedRecords?: components["schemas"]["Boolean"];
            /** @description Which Salesforce API transfers the data. */
            dataTransferApi?: components["schemas"]["SalesforceDataTransferApi"];
        };
        /**
         * ServiceNowSourceProperties
         * @description The properties used when ServiceNow is the source.
         */
        ServiceNowSourceProperties: {
            /** @description The ServiceNow object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * SingularSourceProperties
         * @description The properties used when Singular is the source.
         */
        SingularSourceProperties: {
            /** @description The Singular object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * SlackSourceProperties
         * @description The properties used when Slack is the source.
         */
        SlackSourceProperties: {
            /** @description The Slack object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * TrendmicroSourceProperties
         * @description The properties used when Trend Micro is the source.
         */
        TrendmicroSourceProperties: {
            /** @description The Trend Micro object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * DocumentType
         * @description The name of a Veeva Vault document type.
         */
        DocumentType: string;
        /**
         * VeevaSourceProperties
         * @description The properties used when Veeva is the source.
         */
        VeevaSourceProperties: {
            /** @description The Veeva Vault object to read. */
            object: components["schemas"]["Object"];
            /** @description The document type to read, for document objects. */
            documentType?: components["schemas"]["DocumentType"];
            /**
             * @description Whether the documents' source files are transferred.
             * @default false
             */
            includeSourceFiles?: components["schemas"]["Boolean"];
            /**
             * @description Whether the documents' renditions are transferred.
             * @default false
             */
            includeRenditions?: components["schemas"]["Boolean"];
            /**
             * @description Whether every version of each document is transferred, not only the latest.
             * @default false
             */
            includeAllVersions?: components["schemas"]["Boolean"];
        };
        /**
         * ZendeskSourceProperties
         * @description The properties used when Zendesk is the source.
         */
        ZendeskSourceProperties: {
            /** @description The Zendesk object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * SAPODataMaxParallelism
         * Format: int32
         * @description A number of parallel requests, 1 to 10.
         */
        SAPODataMaxParallelism: number;
        /**
         * SAPODataParallelismConfig
         * @description Parallel requests to an SAP OData source.
         */
        SAPODataParallelismConfig: {
            /** @description The most requests sent to SAP at the same time. */
            maxParallelism: components["schemas"]["SAPODataMaxParallelism"];
        };
        /**
         * SAPODataMaxPageSize
         * Format: int32
         * @description A number of records per page, 1 to 10000.
         */
        SAPODataMaxPageSize: number;
        /**
         * SAPODataPaginationConfig
         * @description Page size of requests to an SAP OData source.
         */
        SAPODataPaginationConfig: {
            /** @description The most records in one OData page. */
            maxPageSize: components["schemas"]["SAPODataMaxPageSize"];
        };
        /**
         * SAPODataSourceProperties
         * @description The properties used when SAP OData is the source.
         */
        SAPODataSourceProperties: {
            /** @description The path of the OData entity set to read. */
            objectPath?: components["schemas"]["Object"];
            /** @description How many requests run against SAP in parallel. */
            parallelismConfig?: components["schemas"]["SAPODataParallelismConfig"];
            /** @description How many records each OData page holds. */
            paginationConfig?: components["schemas"]["SAPODataPaginationConfig"];
        };
        /**
         * EntityName
         * @description The name of an entity in a custom connector.
         */
        EntityName: string;
        /**
         * CustomPropertyKey
         * @description The name of a custom connector setting: letters, digits and underscores.
         */
        CustomPropertyKey: string;
        /**
         * CustomPropertyValue
         * @description The value of a custom connector setting, without whitespace.
         */
        CustomPropertyValue: string;
        /**
         * CustomProperties
         * @description Connector-specific settings of a custom connector, at most 50 entries.
         */
        CustomProperties: {
            [key: string]: components["schemas"]["CustomPropertyValue"];
        };
        /**
         * DataTransferApiTypeName
         * @description The name of a custom connector's data transfer API.
         */
        DataTransferApiTypeName: string;
        /**
         * DataTransferApiType
         * @description How a custom connector's data transfer API runs.
         * @enum {string}
         */
        DataTransferApiType: "SYNC" | "ASYNC" | "AUTOMATIC";
        /**
         * DataTransferApi
         * @description An API of a custom connector that transfers data, and whether it works synchronously.
         */
        DataTransferApi: {
            /** @description The name of the API. */
            Name?: components["schemas"]["DataTransferApiTypeName"];
            /** @description Whether the API is synchronous, asynchronous, or chosen by AppFlow. */
            Type?: components["schemas"]["DataTransferApiType"];
        };
        /**
         * CustomConnectorSourceProperties
         * @description The properties used when a custom connector is the source.
         */
        CustomConnectorSourceProperties: {
            /** @description The entity of the custom connector to read. */
            entityName: components["schemas"]["EntityName"];
            /** @description Connector-specific settings for the read. */
            customProperties?: components["schemas"]["CustomProperties"];
            /** @description Which API of the custom connector transfers the data. */
            dataTransferApi?: components["schemas"]["DataTransferApi"];
        };
        /**
         * PardotSourceProperties
         * @description The properties used when Salesforce Pardot is the source.
         */
        PardotSourceProperties: {
            /** @description The Salesforce Pardot object to read records from. */
            object: components["schemas"]["Object"];
        };
        /**
         * SourceConnectorProperties
         * @description The properties of the source connector, one optional member per connector that can be a source. The model does not tie the member to `connectorType`; set the matching one.
         */
        SourceConnectorProperties: {
            /** @description The Amplitude source's properties, set when `connectorType` is `Amplitude`. */
            Amplitude?: components["schemas"]["AmplitudeSourceProperties"];
            /** @description The Datadog source's properties, set when `connectorType` is `Datadog`. */
            Datadog?: components["schemas"]["DatadogSourceProperties"];
            /** @description The Dynatrace source's properties, set when `connectorType` is `Dynatrace`. */
            Dynatrace?: components["schemas"]["DynatraceSourceProperties"];
            /** @description The Google Analytics source's properties, set when `connectorType` is `Googleanalytics`. */
            GoogleAnalytics?: components["schemas"]["GoogleAnalyticsSourceProperties"];
            /** @description The Infor Nexus source's properties, set when `connectorType` is `Infornexus`. */
            InforNexus?: components["schemas"]["InforNexusSourceProperties"];
            /** @description The Marketo source's properties, set when `connectorType` is `Marketo`. */
            Marketo?: components["schemas"]["MarketoSourceProperties"];
            /** @description The Amazon S3 source's properties, set when `connectorType` is `S3`. */
            S3?: components["schemas"]["S3SourceProperties"];
            /** @description The Salesforce source's properties, set when `connectorType` is `Salesforce`. */
            Salesforce?: components["schemas"]["SalesforceSourceProperties"];
            /** @description The ServiceNow source's properties, set when `connectorType` is `Servicenow`. */
            ServiceNow?: components["schemas"]["ServiceNowSourceProperties"];
            /** @description The Singular source's properties, set when `connectorType` is `Singular`. */
            Singular?: components["schemas"]["SingularSourceProperties"];
            /** @description The Slack source's properties, set when `connectorType` is `Slack`. */
            Slack?: components["schemas"]["SlackSourceProperties"];
            /** @description The Trend Micro source's properties, set when `connectorType` is `Trendmicro`. */
            Trendmicro?: components["schemas"]["TrendmicroSourceProperties"];
            /** @description The Veeva source's properties, set when `connectorType` is `Veeva`. */
            Veeva?: components["schemas"]["VeevaSourceProperties"];
            /** @description The Zendesk source's properties, set when `connectorType` is `Zendesk`. */
            Zendesk?: components["schemas"]["ZendeskSourceProperties"];
            /** @description The SAP OData source's properties, set when `connectorType` is `SAPOData`. */
            SAPOData?: components["schemas"]["SAPODataSourceProperties"];
            /** @description The custom connector source's properties, set when `connectorType` is `CustomConnector`. */
            CustomConnector?: components["schemas"]["CustomConnectorSourceProperties"];
            /** @description The Salesforce Pardot source's properties, set when `connectorType` is `Pardot`. */
            Pardot?: components["schemas"]["PardotSourceProperties"];
        };
        /**
         * DatetimeTypeFieldName
         * @description The name of a date-time field of the source object.
         */
        DatetimeTypeFieldName: string;
        /**
         * IncrementalPullConfig
         * @description How an incremental flow finds the records that changed since the last run.
         */
        IncrementalPullConfig: {
            /** @description The timestamp field of the source object compared with the last run's time. */
            datetimeTypeFieldName?: components["schemas"]["DatetimeTypeFieldName"];
        };
        /**
         * SourceFlowConfig
         * @description Contains information about the configuration of the source connector used in the flow.
         */
        SourceFlowConfig: {
            /** @description The type of the source connector. */
            connectorType: components["schemas"]["ConnectorType"];
            /** @description The API version of the source connector, for custom connectors. */
            apiVersion?: components["schemas"]["ApiVersion"];
            /** @description The connector profile that connects to the source. */
            connectorProfileName?: components["schemas"]["ConnectorProfileName"];
            /** @description The properties of the source; set the member that matches `connectorType`. */
            sourceConnectorProperties: components["schemas"]["SourceConnectorProperties"];
            /** @description Settings for pulling only the records that changed since the last run. */
            incrementalPullConfig?: components["schemas"]["IncrementalPullConfig"];
        };
        /**
         * ErrorHandlingConfig
         * @description What happens to records that the destination rejects: stop the flow, or write them to an S3 bucket and carry on.
         */
        ErrorHandlingConfig: {
            /**
             * @description Whether the flow stops at the first record that the destination rejects.
             * @default false
             */
            failOnFirstDestinationError?: components["schemas"]["Boolean"];
            /** @description The key prefix under which rejected records are written. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description The S3 bucket that receives rejected records. */
            bucketName?: components["schemas"]["BucketName"];
        };
        /**
         * RedshiftDestinationProperties
         * @description The properties used when Amazon Redshift is the destination; data is staged in S3 first.
         */
        RedshiftDestinationProperties: {
            /** @description The Redshift table to load, e.g. `public.orders`. */
            object: components["schemas"]["Object"];
            /** @description The S3 bucket where data is staged before the load. */
            intermediateBucketName: components["schemas"]["BucketName"];
            /** @description The key prefix of the staged data. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description What happens to records that Redshift rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
        };
        /**
         * FileType
         * @description The format of output files.
         * @enum {string}
         */
        FileType: "CSV" | "JSON" | "PARQUET";
        /**
         * PrefixType
         * @description Where the time prefix goes in an output key.
         * @enum {string}
         */
        PrefixType: "FILENAME" | "PATH" | "PATH_AND_FILENAME";
        /**
         * PrefixFormat
         * @description The granularity of a time prefix.
         * @enum {string}
         */
        PrefixFormat: "YEAR" | "MONTH" | "DAY" | "HOUR" | "MINUTE";
        /**
         * PathPrefix
         * @description A run identifier that can become a folder of an output key.
         * @enum {string}
         */
        PathPrefix: "EXECUTION_ID" | "SCHEMA_VERSION";
        /**
         * PathPrefixHierarchy
         * @description Run identifiers that become folders of output keys, outermost first.
         */
        PathPrefixHierarchy: components["schemas"]["PathPrefix"][];
        /**
         * PrefixConfig
         * @description How the keys of output files are built from the run's time and identity.
         */
        PrefixConfig: {
            /** @description Whether the time goes into the folder path, the file name, or both. */
            prefixType?: components["schemas"]["PrefixType"];
            /** @description The granularity of the time in the key. */
            prefixFormat?: components["schemas"]["PrefixFormat"];
            /** @description Which run identifiers become folders, in order. */
            pathPrefixHierarchy?: components["schemas"]["PathPrefixHierarchy"];
        };
        /**
         * AggregationType
         * @description How records are grouped into output files.
         * @enum {string}
         */
        AggregationType: "None" | "SingleFile";
        /**
         * Long
         * Format: int64
         * @description A 64-bit integer.
         */
        Long: number;
        /**
         * AggregationConfig
         * @description How records are grouped into output files.
         */
        AggregationConfig: {
            /** @description Whether each run writes a single file or one file per batch. */
            aggregationType?: components["schemas"]["AggregationType"];
            /** @description The target size of each output file, in megabytes. */
            targetFileSize?: components["schemas"]["Long"];
        };
        /**
         * JavaBoolean
         * @description A true or false flag with no default.
         */
        JavaBoolean: boolean;
        /**
         * S3OutputFormatConfig
         * @description The format, naming and grouping of the files that a flow writes to Amazon S3.
         */
        S3OutputFormatConfig: {
            /** @description The file format of the output. */
            fileType?: components["schemas"]["FileType"];
            /** @description How the output files' keys are built. */
            prefixConfig?: components["schemas"]["PrefixConfig"];
            /** @description Whether records are grouped into one file, and how large files get. */
            aggregationConfig?: components["schemas"]["AggregationConfig"];
            /** @description Whether source data types are kept in the output (e.g. numbers stay numbers in JSON) instead of becoming strings. */
            preserveSourceDataTyping?: components["schemas"]["JavaBoolean"];
        };
        /**
         * S3DestinationProperties
         * @description The properties used when Amazon S3 is the destination.
         */
        S3DestinationProperties: {
            /** @description The bucket that receives the output files. */
            bucketName: components["schemas"]["BucketName"];
            /** @description The key prefix of the output files. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description The format, naming and grouping of the output files. */
            s3OutputFormatConfig?: components["schemas"]["S3OutputFormatConfig"];
        };
        /**
         * Name
         * @description The name of a field.
         */
        Name: string;
        /**
         * IdFieldNameList
         * @description The fields that identify a record in the destination, used by `UPSERT`, `UPDATE` and `DELETE` writes.
         */
        IdFieldNameList: components["schemas"]["Name"][];
        /**
         * WriteOperationType
         * @description How records are written to the destination.
         * @enum {string}
         */
        WriteOperationType: "INSERT" | "UPSERT" | "UPDATE" | "DELETE";
        /**
         * SalesforceDestinationProperties
         * @description The properties used when Salesforce is the destination.
         */
        SalesforceDestinationProperties: {
            /** @description The Salesforce object to write. */
            object: components["schemas"]["Object"];
            /** @description The fields that identify existing records for upserts, updates and deletes. */
            idFieldNames?: components["schemas"]["IdFieldNameList"];
            /** @description What happens to records that Salesforce rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
            /** @description How records are written to Salesforce. */
            writeOperationType?: components["schemas"]["WriteOperationType"];
            /** @description Which Salesforce API transfers the data. */
            dataTransferApi?: components["schemas"]["SalesforceDataTransferApi"];
        };
        /**
         * SnowflakeDestinationProperties
         * @description The properties used when Snowflake is the destination; data is staged in S3 first.
         */
        SnowflakeDestinationProperties: {
            /** @description The Snowflake table to load. */
            object: components["schemas"]["Object"];
            /** @description The S3 bucket where data is staged before the load. */
            intermediateBucketName: components["schemas"]["BucketName"];
            /** @description The key prefix of the staged data. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description What happens to records that Snowflake rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
        };
        /**
         * EventBridgeDestinationProperties
         * @description The properties used when Amazon EventBridge is the destination.
         */
        EventBridgeDestinationProperties: {
            /** @description The partner event source that receives the events. */
            object: components["schemas"]["Object"];
            /** @description What happens to events that EventBridge rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
        };
        /**
         * LookoutMetricsDestinationProperties
         * @description The properties used when Amazon Lookout for Metrics is the destination. It has none: send an empty object.
         */
        LookoutMetricsDestinationProperties: Record<string, unknown>;
        /**
         * UpsolverBucketName
         * @description The name of an Upsolver bucket: 16 to 63 characters starting with `upsolver-appflow`.
         */
        UpsolverBucketName: string;
        /**
         * UpsolverS3OutputFormatConfig
         * @description The format, naming and grouping of the files that a flow writes to Upsolver.
         */
        UpsolverS3OutputFormatConfig: {
            /** @description The file format of the output. */
            fileType?: components["schemas"]["FileType"];
            /** @description How the output files' keys are built. */
            prefixConfig: components["schemas"]["PrefixConfig"];
            /** @description Whether records are grouped into one file, and how large files get. */
            aggregationConfig?: components["schemas"]["AggregationConfig"];
        };
        /**
         * UpsolverDestinationProperties
         * @description The properties used when Upsolver is the destination.
         */
        UpsolverDestinationProperties: {
            /** @description The Upsolver S3 bucket that receives the output; its name starts with `upsolver-appflow`. */
            bucketName: components["schemas"]["UpsolverBucketName"];
            /** @description The key prefix of the output files. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description The format, naming and grouping of the output files. */
            s3OutputFormatConfig: components["schemas"]["UpsolverS3OutputFormatConfig"];
        };
        /**
         * HoneycodeDestinationProperties
         * @description The properties used when Amazon Honeycode is the destination.
         */
        HoneycodeDestinationProperties: {
            /** @description The Honeycode table to write. */
            object: components["schemas"]["Object"];
            /** @description What happens to records that Honeycode rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
        };
        /**
         * DomainName
         * @description The name of an Amazon Connect Customer Profiles domain.
         */
        DomainName: string;
        /**
         * ObjectTypeName
         * @description The name of a Customer Profiles object type.
         */
        ObjectTypeName: string;
        /**
         * CustomerProfilesDestinationProperties
         * @description The properties used when Amazon Connect Customer Profiles is the destination.
         */
        CustomerProfilesDestinationProperties: {
            /** @description The Customer Profiles domain that receives the data. */
            domainName: components["schemas"]["DomainName"];
            /** @description The object type that maps the data to profiles. */
            objectTypeName?: components["schemas"]["ObjectTypeName"];
        };
        /**
         * ZendeskDestinationProperties
         * @description The properties used when Zendesk is the destination.
         */
        ZendeskDestinationProperties: {
            /** @description The Zendesk object to write. */
            object: components["schemas"]["Object"];
            /** @description The fields that identify existing records for upserts, updates and deletes. */
            idFieldNames?: components["schemas"]["IdFieldNameList"];
            /** @description What happens to records that Zendesk rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
            /** @description How records are written to Zendesk. */
            writeOperationType?: components["schemas"]["WriteOperationType"];
        };
        /**
         * MarketoDestinationProperties
         * @description The properties used when Marketo is the destination.
         */
        MarketoDestinationProperties: {
            /** @description The Marketo object to write. */
            object: components["schemas"]["Object"];
            /** @description What happens to records that Marketo rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
        };
        /**
         * CustomConnectorDestinationProperties
         * @description The properties used when a custom connector is the destination.
         */
        CustomConnectorDestinationProperties: {
            /** @description The entity of the custom connector to write. */
            entityName: components["schemas"]["EntityName"];
            /** @description What happens to records that the connector rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
            /** @description How records are written. */
            writeOperationType?: components["schemas"]["WriteOperationType"];
            /** @description The fields that identify existing records for upserts, updates and deletes. */
            idFieldNames?: components["schemas"]["IdFieldNameList"];
            /** @description Connector-specific settings for the write. */
            customProperties?: components["schemas"]["CustomProperties"];
        };
        /**
         * SuccessResponseHandlingConfig
         * @description Where the responses to successful writes to SAP OData are written in Amazon S3.
         */
        SuccessResponseHandlingConfig: {
            /** @description The key prefix of the saved responses. */
            bucketPrefix?: components["schemas"]["BucketPrefix"];
            /** @description The S3 bucket that receives the saved responses. */
            bucketName?: components["schemas"]["BucketName"];
        };
        /**
         * SAPODataDestinationProperties
         * @description The properties used when SAP OData is the destination.
         */
        SAPODataDestinationProperties: {
            /** @description The path of the OData entity set to write. */
            objectPath: components["schemas"]["Object"];
            /** @description Where SAP's responses to successful writes are kept. */
            successResponseHandlingConfig?: components["schemas"]["SuccessResponseHandlingConfig"];
            /** @description The fields that identify existing records for upserts, updates and deletes. */
            idFieldNames?: components["schemas"]["IdFieldNameList"];
            /** @description What happens to records that SAP rejects. */
            errorHandlingConfig?: components["schemas"]["ErrorHandlingConfig"];
            /** @description How records are written to SAP. */
            writeOperationType?: components["schemas"]["WriteOperationType"];
        };
        /**
         * DestinationConnectorProperties
         * @description The properties of the destination connector, one optional member per connector that can be a destination. The model does not tie the member to `connectorType`; set the matching one.
         */
        DestinationConnectorProperties: {
            /** @description The Amazon Redshift destination's properties, set when `connectorType` is `Redshift`. */
            Redshift?: components["schemas"]["RedshiftDestinationProperties"];
            /** @description The Amazon S3 destination's properties, set when `connectorType` is `S3`. */
            S3?: components["schemas"]["S3DestinationProperties"];
            /** @description The Salesforce destination's properties, set when `connectorType` is `Salesforce`. */
            Salesforce?: components["schemas"]["SalesforceDestinationProperties"];
            /** @description The Snowflake destination's properties, set when `connectorType` is `Snowflake`. */
            Snowflake?: components["schemas"]["SnowflakeDestinationProperties"];
            /** @description The Amazon EventBridge destination's properties, set when `connectorType` is `EventBridge`. */
            EventBridge?: components["schemas"]["EventBridgeDestinationProperties"];
            /** @description The Amazon Lookout for Metrics destination's properties, set when `connectorType` is `LookoutMetrics`. */
            LookoutMetrics?: components["schemas"]["LookoutMetricsDestinationProperties"];
            /** @description The Upsolver destination's properties, set when `connectorType` is `Upsolver`. */
            Upsolver?: components["schemas"]["UpsolverDestinationProperties"];
            /** @description The Amazon Honeycode destination's properties, set when `connectorType` is `Honeycode`. */
            Honeycode?: components["schemas"]["HoneycodeDestinationProperties"];
            /** @description The Amazon Connect Customer Profiles destination's properties, set when `connectorType` is `CustomerProfiles`. */
            CustomerProfiles?: components["schemas"]["CustomerProfilesDestinationProperties"];
            /** @description The Zendesk destination's properties, set when `connectorType` is `Zendesk`. */
            Zendesk?: components["schemas"]["ZendeskDestinationProperties"];
            /** @description The Marketo destination's properties, set when `connectorType` is `Marketo`. */
            Marketo?: components["schemas"]["MarketoDestinationProperties"];
            /** @description The custom connector destination's properties, set when `connectorType` is `CustomConnector`. */
            CustomConnector?: components["schemas"]["CustomConnectorDestinationProperties"];
            /** @description The SAP OData destination's properties, set when `connectorType` is `SAPOData`. */
            SAPOData?: components["schemas"]["SAPODataDestinationProperties"];
        };
        /**
         * DestinationFlowConfig
         * @description Where and how one destination receives the flow's data.
         */
        DestinationFlowConfig: {
            /** @description The type of the destination connector. */
            connectorType: components["schemas"]["ConnectorType"];
            /** @description The API version of the destination connector, for custom connectors. */
            apiVersion?: components["schemas"]["ApiVersion"];
            /** @description The connector profile that connects to the destination. */
            connectorProfileName?: components["schemas"]["ConnectorProfileName"];
            /** @description The properties of the destination; set the member that matches `connectorType`. */
            destinationConnectorProperties: components["schemas"]["DestinationConnectorProperties"];
        };
        /**
         * DestinationFlowConfigList
         * @description The configuration that controls how Amazon AppFlow transfers data to the destination connector.
         */
        DestinationFlowConfigList: components["schemas"]["DestinationFlowConfig"][];
        /**
         * String
         * @description A string of up to 2048 characters.
         */
        String: string;
        /**
         * SourceFields
         * @description The names of source fields.
         */
        SourceFields: components["schemas"]["String"][];
        /**
         * AmplitudeConnectorOperator
         * @description The operations a task may apply to fields of a Amplitude source.
         * @enum {string}
         */
        AmplitudeConnectorOperator: "BETWEEN";
        /**
         * DatadogConnectorOperator
         * @description The operations a task may apply to fields of a Datadog source.
         * @enum {string}
         */
        DatadogConnectorOperator: "PROJECTION" | "BETWEEN" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * DynatraceConnectorOperator
         * @description The operations a task may apply to fields of a Dynatrace source.
         * @enum {string}
         */
        DynatraceConnectorOperator: "PROJECTION" | "BETWEEN" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * GoogleAnalyticsConnectorOperator
         * @description The operations a task may apply to fields of a Google Analytics source.
         * @enum {string}
         */
        GoogleAnalyticsConnectorOperator: "PROJECTION" | "BETWEEN";
        /**
         * InforNexusConnectorOperator
         * @description The operations a task may apply to fields of a Infor Nexus source.
         * @enum {string}
         */
        InforNexusConnectorOperator: "PROJECTION" | "BETWEEN" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * MarketoConnectorOperator
         * @description The operations a task may apply to fields of a Marketo source.
         * @enum {string}
         */
        MarketoConnectorOperator: "PROJECTION" | "LESS_THAN" | "GREATER_THAN" | "BETWEEN" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * S3ConnectorOperator
         * @description The operations a task may apply to fields of a Amazon S3 source.
         * @enum {string}
         */
        S3ConnectorOperator: "PROJECTION" | "LESS_THAN" | "GREATER_THAN" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * SalesforceConnectorOperator
         * @description The operations a task may apply to fields of a Salesforce source.
         * @enum {string}
         */
        SalesforceConnectorOperator: "PROJECTION" | "LESS_THAN" | "CONTAINS" | "GREATER_THAN" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * ServiceNowConnectorOperator
         * @description The operations a task may apply to fields of a ServiceNow source.
         * @enum {string}
         */
        ServiceNowConnectorOperator: "PROJECTION" | "CONTAINS" | "LESS_THAN" | "GREATER_THAN" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * SingularConnectorOperator
         * @description The operations a task may apply to fields of a Singular source.
         * @enum {string}
         */
        SingularConnectorOperator: "PROJECTION" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * SlackConnectorOperator
         * @description The operations a task may apply to fields of a Slack source.
         * @enum {string}
         */
        SlackConnectorOperator: "PROJECTION" | "LESS_THAN" | "GREATER_THAN" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * TrendmicroConnectorOperator
         * @description The operations a task may apply to fields of a Trend Micro source.
         * @enum {string}
         */
        TrendmicroConnectorOperator: "PROJECTION" | "EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * VeevaConnectorOperator
         * @description The operations a task may apply to fields of a Veeva source.
         * @enum {string}
         */
        VeevaConnectorOperator: "PROJECTION" | "LESS_THAN" | "GREATER_THAN" | "CONTAINS" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * ZendeskConnectorOperator
         * @description The operations a task may apply to fields of a Zendesk source.
         * @enum {string}
         */
        ZendeskConnectorOperator: "PROJECTION" | "GREATER_THAN" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * SAPODataConnectorOperator
         * @description The operations a task may apply to fields of a SAP OData source.
         * @enum {string}
         */
        SAPODataConnectorOperator: "PROJECTION" | "LESS_THAN" | "CONTAINS" | "GREATER_THAN" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * Operator
         * @description The operations a task may apply to fields of a custom connector.
         * @enum {string}
         */
        Operator: "PROJECTION" | "LESS_THAN" | "GREATER_THAN" | "CONTAINS" | "BETWEEN" | "LESS_THAN_OR_EQUAL_TO" | "GREATER_THAN_OR_EQUAL_TO" | "EQUAL_TO" | "NOT_EQUAL_TO" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC" | "NO_OP";
        /**
         * PardotConnectorOperator
         * @description The operations a task may apply to fields of a Salesforce Pardot source.
         * @enum {string}
         */
        PardotConnectorOperator: "PROJECTION" | "EQUAL_TO" | "NO_OP" | "ADDITION" | "MULTIPLICATION" | "DIVISION" | "SUBTRACTION" | "MASK_ALL" | "MASK_FIRST_N" | "MASK_LAST_N" | "VALIDATE_NON_NULL" | "VALIDATE_NON_ZERO" | "VALIDATE_NON_NEGATIVE" | "VALIDATE_NUMERIC";
        /**
         * ConnectorOperator
         * @description The operation a task applies, one optional member per source connector. Set the member that matches the source's `connectorType`.
         */
        ConnectorOperator: {
            /** @description The operation, when the source's `connectorType` is `Amplitude`. */
            Amplitude?: components["schemas"]["AmplitudeConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Datadog`. */
            Datadog?: components["schemas"]["DatadogConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Dynatrace`. */
            Dynatrace?: components["schemas"]["DynatraceConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Googleanalytics`. */
            GoogleAnalytics?: components["schemas"]["GoogleAnalyticsConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Infornexus`. */
            InforNexus?: components["schemas"]["InforNexusConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Marketo`. */
            Marketo?: components["schemas"]["MarketoConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `S3`. */
            S3?: components["schemas"]["S3ConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Salesforce`. */
            Salesforce?: components["schemas"]["SalesforceConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Servicenow`. */
            ServiceNow?: components["schemas"]["ServiceNowConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Singular`. */
            Singular?: components["schemas"]["SingularConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Slack`. */
            Slack?: components["schemas"]["SlackConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Trendmicro`. */
            Trendmicro?: components["schemas"]["TrendmicroConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Veeva`. */
            Veeva?: components["schemas"]["VeevaConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `Zendesk`. */
            Zendesk?: components["schemas"]["ZendeskConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `SAPOData`. */
            SAPOData?: components["schemas"]["SAPODataConnectorOperator"];
            /** @description The operation, when the source's `connectorType` is `CustomConnector`. */
            CustomConnector?: components["schemas"]["Operator"];
            /** @description The operation, when the source's `connectorType` is `Pardot`. */
            Pardot?: components["schemas"]["PardotConnectorOperator"];
        };
        /**
         * DestinationField
         * @description The name of a destination field.
         */
        DestinationField: string;
        /**
         * TaskType
         * @description What a task does. Values keep the service's casing (`Map_all`).
         * @enum {string}
         */
        TaskType: "Arithmetic" | "Filter" | "Map" | "Map_all" | "Mask" | "Merge" | "Passthrough" | "Truncate" | "Validate" | "Partition";
        /**
         * OperatorPropertiesKeys
         * @description The settings a task can carry.
         * @enum {string}
         */
        OperatorPropertiesKeys: "VALUE" | "VALUES" | "DATA_TYPE" | "UPPER_BOUND" | "LOWER_BOUND" | "SOURCE_DATA_TYPE" | "DESTINATION_DATA_TYPE" | "VALIDATION_ACTION" | "MASK_VALUE" | "MASK_LENGTH" | "TRUNCATE_LENGTH" | "MATH_OPERATION_FIELDS_ORDER" | "CONCAT_FORMAT" | "SUBFIELD_CATEGORY_MAP" | "EXCLUDE_SOURCE_FIELDS_LIST" | "INCLUDE_NEW_FIELDS" | "ORDERED_PARTITION_KEYS_LIST";
        /**
         * Property
         * @description The value of a task setting: one or more characters without line breaks.
         */
        Property: string;
        /**
         * TaskPropertiesMap
         * @description Settings of a task: keys from `OperatorPropertiesKeys`, string values.
         */
        TaskPropertiesMap: {
            [key: string]: components["schemas"]["Property"];
        };
        /**
         * Task
         * @description One step that AppFlow applies to source fields on their way to the destination.
         */
        Task: {
            /** @description The source fields the task reads; empty for `Map_all`. */
            sourceFields: components["schemas"]["SourceFields"];
            /** @description The operation applied to the source fields, keyed by the source connector. */
            connectorOperator?: components["schemas"]["ConnectorOperator"];
            /** @description The field the task writes at the destination. */
            destinationField?: components["schemas"]["DestinationField"];
            /** @description What the task does. */
            taskType: components["schemas"]["TaskType"];
            /** @description Settings of the task, keyed by property name. */
            taskProperties?: components["schemas"]["TaskPropertiesMap"];
        };
        /**
         * Tasks
         * @description A list of tasks that Amazon AppFlow performs while transferring the data in the flow run.
         */
        Tasks: components["schemas"]["Task"][];
        /**
         * GlueDataCatalogIAMRole
         * @description The ARN of an IAM role.
         */
        GlueDataCatalogIAMRole: string;
        /**
         * GlueDataCatalogDatabaseName
         * @description The name of an AWS Glue Data Catalog database.
         *
         *     Any text on one line: a tab, or any character from U+0020 up except U+FFFE and U+FFFF.
         *     AWS's pattern, `^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*$`, spells
         *     U+10000 to U+10FFFF as a range between two surrogate pairs, which only a code-point engine
         *     reads (JavaScript with the `u` flag); JavaScript without `u` (Spectral, zod, TypeScript's
         *     regex literals) and Python's `re` reject it. This pattern names the characters it refuses
         *     instead, so every engine reads it alike. It differs in one way: it takes a lone surrogate
         *     (`\uD800` in JSON, not half of a pair), which AWS's refuses. Refusing those too would mean
         *     naming surrogates in the pattern, which generators that copy it into source code cannot
         *     write.
         */
        GlueDataCatalogDatabaseName: string;
        /**
         * GlueDataCatalogTablePrefix
         * @description A prefix for AWS Glue Data Catalog table names.
         *
         *     Any text on one line: a tab, or any character from U+0020 up except U+FFFE and U+FFFF.
         *     AWS's pattern, `^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*$`, spells
         *     U+10000 to U+10FFFF as a range between two surrogate pairs, which only a code-point engine
         *     reads (JavaScript with the `u` flag); JavaScript without `u` (Spectral, zod, TypeScript's
         *     regex literals) and Python's `re` reject it. This pattern names the characters it refuses
         *     instead, so every engine reads it alike. It differs in one way: it takes a lone surrogate
         *     (`\uD800` in JSON, not half of a pair), which AWS's refuses. Refusing those too would mean
         *     naming surrogates in the pattern, which generators that copy it into source code cannot
         *     write.
         */
        GlueDataCatalogTablePrefix: string;
        /**
         * GlueDataCatalogConfig
         * @description Where and as whom AppFlow registers the flow's output in the AWS Glue Data Catalog.
         */
        GlueDataCatalogConfig: {
            /** @description The IAM role that AppFlow assumes to write to the Data Catalog. */
            roleArn: components["schemas"]["GlueDataCatalogIAMRole"];
            /** @description The Data Catalog database that receives the tables. */
            databaseName: components["schemas"]["GlueDataCatalogDatabaseName"];
            /** @description The prefix of the names of the tables that AppFlow creates. */
            tablePrefix: components["schemas"]["GlueDataCatalogTablePrefix"];
        };
        /**
         * MetadataCatalogConfig
         * @description Specifies the configuration that Amazon AppFlow uses when it catalogs your data. When Amazon AppFlow catalogs your data, it stores metadata in a data catalog.
         */
        MetadataCatalogConfig: {
            /** @description Settings for cataloging the flow's output in the AWS Glue Data Catalog. */
            glueDataCatalog?: components["schemas"]["GlueDataCatalogConfig"];
        };
        /**
         * ClientToken
         * @description An idempotency token: 1 to 256 printable ASCII characters, active for 8 hours.
         */
        ClientToken: string;
        /**
         * UpdateFlowRequest
         * @description The whole new definition of an existing flow, sent as the JSON body of `POST /update-flow`.
         */
        UpdateFlowRequest: {
            /** @description The name of the flow to update. */
            flowName: components["schemas"]["FlowName"];
            /** @description A new description of the flow. */
            description?: components["schemas"]["FlowDescription"];
            /** @description The trigger settings that determine how and when Amazon AppFlow runs the specified flow. */
            triggerConfig: components["schemas"]["TriggerConfig"];
            /** @description Contains information about the configuration of the source connector used in the flow. */
            sourceFlowConfig: components["schemas"]["SourceFlowConfig"];
            /** @description The configuration that controls how Amazon AppFlow transfers data to the destination connector. */
            destinationFlowConfigList: components["schemas"]["DestinationFlowConfigList"];
            /** @description A list of tasks that Amazon AppFlow performs while transferring the data in the flow run. */
            tasks: components["schemas"]["Tasks"];
            /** @description Specifies the configuration that Amazon AppFlow uses when it catalogs your data. When Amazon AppFlow catalogs your data, it stores metadata in a data catalog. */
            metadataCatalogConfig?: components["schemas"]["MetadataCatalogConfig"];
            /**
             * @description The idempotency token. It ensures that your `UpdateFlow` request completes only once. You choose the value to pass; if a request gets no response, retry it with the same `clientToken`.
             *
             *     If you omit it, the AWS SDK that you use inserts one (a random UUID), so that the SDK can retry after a network error. If you send parameters that differ from the first request with the same token, an error occurs; a different token makes a new call to `UpdateFlow`. The token is active for 8 hours.
             */
            clientToken?: components["schemas"]["ClientToken"];
        };
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
         * ErrorCode
         * @description Stable error codes. The first ten are the errors of the real service (UpdateFlow's own eight,
         *     and the throttling and unavailability that every AWS API can answer); the others are protocol
         *     errors, answered before the operation runs. Each documented error response lists the codes of
         *     its status; `x-enumDescriptions` says what each code means, and `x-amzn-ErrorType` names its
         *     AWS exception (`x-aws-exception`), which AWS's SDKs raise as a typed error.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "CONNECTOR_SERVER_ERROR" | "CONNECTOR_AUTHENTICATION_ERROR" | "SERVICE_QUOTA_EXCEEDED" | "ACCESS_DENIED" | "RESOURCE_NOT_FOUND" | "CONFLICT" | "INTERNAL_SERVER_ERROR" | "THROTTLING" | "SERVICE_UNAVAILABLE" | "MISSING_AUTHENTICATION_TOKEN" | "UNKNOWN_OPERATION" | "METHOD_NOT_ALLOWED" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "REQUEST_HEADER_FIELDS_TOO_LARGE" | "REQUEST_TIMEOUT";
        /**
         * Violation
         * @description One rule of the request schema that the request broke.
         */
        Violation: {
            /**
             * @description JSON Pointer (RFC 6901) to the offending member of the request body, e.g.
             *     `/destinationFlowConfigList/0/connectorType`; for a missing member, the pointer it would
             *     have; `""` for the body as a whole.
             */
            path: string;
            /** @description The JSON Schema keyword that was broken (`required`, `pattern`, `maxLength`, `enum`, `type`, `additionalProperties`, ...). */
            rule: string;
            /** @description The rule in words, e.g. `must match pattern "^[ -~]+$"`. */
            message: string;
        };
        /**
         * Error
         * @description What went wrong, as a stable machine-readable code and a human-readable message.
         */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description A human-readable explanation that names the problem. Do not parse it; branch on `code`. */
            message: string;
            /**
             * @description For `VALIDATION_ERROR`, the rules the request broke, one entry per broken rule, when the
             *     server can tell them apart; at most 100 (then `message` says how many there were).
             *     Optional: a client must not rely on it being present.
             */
            violations?: components["schemas"]["Violation"][];
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
    };
    responses: {
        /**
         * @description The request is invalid (`VALIDATION_ERROR`: a member breaks a rule of the schema; or the body
         *     is empty, not UTF-8, not JSON, JSON but not an object, or nested more than 64 levels deep) or
         *     the connector's own server rejected it (`CONNECTOR_SERVER_ERROR`). Fix the request before
         *     retrying. For a broken rule, `error.message` names the member and the rule, and
         *     `error.violations` may list every broken rule.
         */
        BadRequest: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "VALIDATION_ERROR" | "CONNECTOR_SERVER_ERROR";
                    };
                };
            };
        };
        /** @description The connector profile's credentials were refused by the connector. Refresh the connector profile, then retry. */
        ConnectorAuthenticationFailed: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "CONNECTOR_AUTHENTICATION_ERROR";
                    };
                };
            };
        };
        /** @description The update would exceed an AppFlow service quota. Ask for a higher quota or reduce the flow. */
        ServiceQuotaExceeded: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "SERVICE_QUOTA_EXCEEDED";
                    };
                };
            };
        };
        /**
         * @description The caller is not allowed to update this flow (`ACCESS_DENIED`: grant `appflow:UpdateFlow` to
         *     the caller), or the request is not signed at all (`MISSING_AUTHENTICATION_TOKEN`: send the
         *     SigV4 `Authorization` header).
         */
        AccessDenied: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "ACCESS_DENIED" | "MISSING_AUTHENTICATION_TOKEN";
                    };
                };
            };
        };
        /**
         * @description No flow with this `flowName` exists, or a connector profile it names does not
         *     (`RESOURCE_NOT_FOUND`); or nothing is served at the requested path (`UNKNOWN_OPERATION`).
         *     The mock has every flow but one: `flowName` `no-such-flow` (`x-missing-flow-name`) is the
         *     flow it does not have, so that clients and the provider suite can try this answer.
         */
        ResourceNotFound: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "RESOURCE_NOT_FOUND" | "UNKNOWN_OPERATION";
                    };
                };
            };
        };
        /** @description The path exists, but not with this HTTP method. `Allow` lists the methods it takes. */
        MethodNotAllowed: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                /** @description The methods the path accepts. */
                Allow?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "METHOD_NOT_ALLOWED";
                    };
                };
            };
        };
        /**
         * @description The request did not arrive in time: its head or body came too slowly, and the server gave up
         *     waiting. Nothing was done; send it again.
         */
        RequestTimeout: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "REQUEST_TIMEOUT";
                    };
                };
            };
        };
        /**
         * @description The flow is being changed by another call, or `clientToken` was already used with different
         *     parameters. Re-read the flow, or use a new `clientToken` for a new update.
         */
        Conflict: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
        };
        /**
         * @description The body is larger than the service takes (10 MB, 10,485,760 bytes). Nothing was read past the
         *     limit; send a smaller definition.
         */
        PayloadTooLarge: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
        };
        /**
         * @description The `Content-Type` header is missing or names another media type than `application/json`
         *     (parameters aside, `charset=utf-8` the only charset taken); `application/*+json` types such
         *     as `application/json-patch+json` are other media types too.
         */
        UnsupportedMediaType: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
        };
        /**
         * @description Too many requests in too little time for this account and Region. Nothing was done; retry with
         *     the same `clientToken` after `Retry-After` seconds, or with backoff when it is absent.
         */
        Throttling: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "THROTTLING";
                    };
                };
            };
        };
        /**
         * @description The request line or headers are larger than the server takes (16 KB in all). Nothing was
         *     done; send shorter headers.
         */
        RequestHeaderFieldsTooLarge: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "REQUEST_HEADER_FIELDS_TOO_LARGE";
                    };
                };
            };
        };
        /** @description AppFlow failed to process the request. Retry with the same `clientToken`. */
        InternalServerError: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
        /**
         * @description The service cannot take the request right now. Retry with the same `clientToken` after
         *     `Retry-After` seconds, or with backoff when it is absent.
         */
        ServiceUnavailable: {
            headers: {
                "x-amzn-RequestId": components["headers"]["RequestId"];
                "x-amzn-ErrorType": components["headers"]["ErrorType"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"] & {
                    error?: {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Identifies this request in AppFlow's logs; quote it when asking AWS Support. AWS's SDKs
         *     report it as `$metadata.requestId`. On every answer, success or error.
         */
        RequestId: string;
        /**
         * @description The AWS exception of the error, the name that `error.code` stands for (`x-aws-exception` on
         *     `ErrorCode`), e.g. `ValidationException`. AWS's SDKs raise the typed exception it names.
         */
        ErrorType: string;
        /**
         * @description How many seconds to wait before sending the request again (the same `clientToken`). Optional:
         *     without it, back off exponentially with jitter, as AWS's SDKs do.
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type FlowName = components['schemas']['FlowName'];
export type FlowDescription = components['schemas']['FlowDescription'];
export type TriggerType = components['schemas']['TriggerType'];
export type ScheduleExpression = components['schemas']['ScheduleExpression'];
export type DataPullMode = components['schemas']['DataPullMode'];
export type Date = components['schemas']['Date'];
export type Timezone = components['schemas']['Timezone'];
export type ScheduleOffset = components['schemas']['ScheduleOffset'];
export type FlowErrorDeactivationThreshold = components['schemas']['FlowErrorDeactivationThreshold'];
export type ScheduledTriggerProperties = components['schemas']['ScheduledTriggerProperties'];
export type TriggerProperties = components['schemas']['TriggerProperties'];
export type TriggerConfig = components['schemas']['TriggerConfig'];
export type ConnectorType = components['schemas']['ConnectorType'];
export type ApiVersion = components['schemas']['ApiVersion'];
export type ConnectorProfileName = components['schemas']['ConnectorProfileName'];
export type Object = components['schemas']['Object'];
export type AmplitudeSourceProperties = components['schemas']['AmplitudeSourceProperties'];
export type DatadogSourceProperties = components['schemas']['DatadogSourceProperties'];
export type DynatraceSourceProperties = components['schemas']['DynatraceSourceProperties'];
export type GoogleAnalyticsSourceProperties = components['schemas']['GoogleAnalyticsSourceProperties'];
export type InforNexusSourceProperties = components['schemas']['InforNexusSourceProperties'];
export type MarketoSourceProperties = components['schemas']['MarketoSourceProperties'];
export type BucketName = components['schemas']['BucketName'];
export type BucketPrefix = components['schemas']['BucketPrefix'];
export type S3InputFileType = components['schemas']['S3InputFileType'];
export type S3InputFormatConfig = components['schemas']['S3InputFormatConfig'];
export type S3SourceProperties = components['schemas']['S3SourceProperties'];
export type Boolean = components['schemas']['Boolean'];
export type SalesforceDataTransferApi = components['schemas']['SalesforceDataTransferApi'];
export type SalesforceSourceProperties = components['schemas']['SalesforceSourceProperties'];
export type ServiceNowSourceProperties = components['schemas']['ServiceNowSourceProperties'];
export type SingularSourceProperties = components['schemas']['SingularSourceProperties'];
export type SlackSourceProperties = components['schemas']['SlackSourceProperties'];
export type TrendmicroSourceProperties = components['schemas']['TrendmicroSourceProperties'];
export type DocumentType = components['schemas']['DocumentType'];
export type VeevaSourceProperties = components['schemas']['VeevaSourceProperties'];
export type ZendeskSourceProperties = components['schemas']['ZendeskSourceProperties'];
export type SapoDataMaxParallelism = components['schemas']['SAPODataMaxParallelism'];
export type SapoDataParallelismConfig = components['schemas']['SAPODataParallelismConfig'];
export type SapoDataMaxPageSize = components['schemas']['SAPODataMaxPageSize'];
export type SapoDataPaginationConfig = components['schemas']['SAPODataPaginationConfig'];
export type SapoDataSourceProperties = components['schemas']['SAPODataSourceProperties'];
export type EntityName = components['schemas']['EntityName'];
export type CustomPropertyKey = components['schemas']['CustomPropertyKey'];
export type CustomPropertyValue = components['schemas']['CustomPropertyValue'];
export type CustomProperties = components['schemas']['CustomProperties'];
export type DataTransferApiTypeName = components['schemas']['DataTransferApiTypeName'];
export type DataTransferApiType = components['schemas']['DataTransferApiType'];
export type DataTransferApi = components['schemas']['DataTransferApi'];
export type CustomConnectorSourceProperties = components['schemas']['CustomConnectorSourceProperties'];
export type PardotSourceProperties = components['schemas']['PardotSourceProperties'];
export type SourceConnectorProperties = components['schemas']['SourceConnectorProperties'];
export type DatetimeTypeFieldName = components['schemas']['DatetimeTypeFieldName'];
export type IncrementalPullConfig = components['schemas']['IncrementalPullConfig'];
export type SourceFlowConfig = components['schemas']['SourceFlowConfig'];
export type ErrorHandlingConfig = components['schemas']['ErrorHandlingConfig'];
export type RedshiftDestinationProperties = components['schemas']['RedshiftDestinationProperties'];
export type FileType = components['schemas']['FileType'];
export type PrefixType = components['schemas']['PrefixType'];
export type PrefixFormat = components['schemas']['PrefixFormat'];
export type PathPrefix = components['schemas']['PathPrefix'];
export type PathPrefixHierarchy = components['schemas']['PathPrefixHierarchy'];
export type PrefixConfig = components['schemas']['PrefixConfig'];
export type AggregationType = components['schemas']['AggregationType'];
export type Long = components['schemas']['Long'];
export type AggregationConfig = components['schemas']['AggregationConfig'];
export type JavaBoolean = components['schemas']['JavaBoolean'];
export type S3OutputFormatConfig = components['schemas']['S3OutputFormatConfig'];
export type S3DestinationProperties = components['schemas']['S3DestinationProperties'];
export type Name = components['schemas']['Name'];
export type IdFieldNameList = components['schemas']['IdFieldNameList'];
export type WriteOperationType = components['schemas']['WriteOperationType'];
export type SalesforceDestinationProperties = components['schemas']['SalesforceDestinationProperties'];
export type SnowflakeDestinationProperties = components['schemas']['SnowflakeDestinationProperties'];
export type EventBridgeDestinationProperties = components['schemas']['EventBridgeDestinationProperties'];
export type LookoutMetricsDestinationProperties = components['schemas']['LookoutMetricsDestinationProperties'];
export type UpsolverBucketName = components['schemas']['UpsolverBucketName'];
export type UpsolverS3OutputFormatConfig = components['schemas']['UpsolverS3OutputFormatConfig'];
export type UpsolverDestinationProperties = components['schemas']['UpsolverDestinationProperties'];
export type HoneycodeDestinationProperties = components['schemas']['HoneycodeDestinationProperties'];
export type DomainName = components['schemas']['DomainName'];
export type ObjectTypeName = components['schemas']['ObjectTypeName'];
export type CustomerProfilesDestinationProperties = components['schemas']['CustomerProfilesDestinationProperties'];
export type ZendeskDestinationProperties = components['schemas']['ZendeskDestinationProperties'];
export type MarketoDestinationProperties = components['schemas']['MarketoDestinationProperties'];
export type CustomConnectorDestinationProperties = components['schemas']['CustomConnectorDestinationProperties'];
export type SuccessResponseHandlingConfig = components['schemas']['SuccessResponseHandlingConfig'];
export type SapoDataDestinationProperties = components['schemas']['SAPODataDestinationProperties'];
export type DestinationConnectorProperties = components['schemas']['DestinationConnectorProperties'];
export type DestinationFlowConfig = components['schemas']['DestinationFlowConfig'];
export type DestinationFlowConfigList = components['schemas']['DestinationFlowConfigList'];
export type String = components['schemas']['String'];
export type SourceFields = components['schemas']['SourceFields'];
export type AmplitudeConnectorOperator = components['schemas']['AmplitudeConnectorOperator'];
export type DatadogConnectorOperator = components['schemas']['DatadogConnectorOperator'];
export type DynatraceConnectorOperator = components['schemas']['DynatraceConnectorOperator'];
export type GoogleAnalyticsConnectorOperator = components['schemas']['GoogleAnalyticsConnectorOperator'];
export type InforNexusConnectorOperator = components['schemas']['InforNexusConnectorOperator'];
export type MarketoConnectorOperator = components['schemas']['MarketoConnectorOperator'];
export type S3ConnectorOperator = components['schemas']['S3ConnectorOperator'];
export type SalesforceConnectorOperator = components['schemas']['SalesforceConnectorOperator'];
export type ServiceNowConnectorOperator = components['schemas']['ServiceNowConnectorOperator'];
export type SingularConnectorOperator = components['schemas']['SingularConnectorOperator'];
export type SlackConnectorOperator = components['schemas']['SlackConnectorOperator'];
export type TrendmicroConnectorOperator = components['schemas']['TrendmicroConnectorOperator'];
export type VeevaConnectorOperator = components['schemas']['VeevaConnectorOperator'];
export type ZendeskConnectorOperator = components['schemas']['ZendeskConnectorOperator'];
export type SapoDataConnectorOperator = components['schemas']['SAPODataConnectorOperator'];
export type Operator = components['schemas']['Operator'];
export type PardotConnectorOperator = components['schemas']['PardotConnectorOperator'];
export type ConnectorOperator = components['schemas']['ConnectorOperator'];
export type DestinationField = components['schemas']['DestinationField'];
export type TaskType = components['schemas']['TaskType'];
export type OperatorPropertiesKeys = components['schemas']['OperatorPropertiesKeys'];
export type Property = components['schemas']['Property'];
export type TaskPropertiesMap = components['schemas']['TaskPropertiesMap'];
export type Task = components['schemas']['Task'];
export type Tasks = components['schemas']['Tasks'];
export type GlueDataCatalogIamRole = components['schemas']['GlueDataCatalogIAMRole'];
export type GlueDataCatalogDatabaseName = components['schemas']['GlueDataCatalogDatabaseName'];
export type GlueDataCatalogTablePrefix = components['schemas']['GlueDataCatalogTablePrefix'];
export type GlueDataCatalogConfig = components['schemas']['GlueDataCatalogConfig'];
export type MetadataCatalogConfig = components['schemas']['MetadataCatalogConfig'];
export type ClientToken = components['schemas']['ClientToken'];
export type UpdateFlowRequest = components['schemas']['UpdateFlowRequest'];
export type FlowStatus = components['schemas']['FlowStatus'];
export type UpdatedFlow = components['schemas']['UpdatedFlow'];
export type UpdateFlowSuccess = components['schemas']['UpdateFlowSuccess'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type Violation = components['schemas']['Violation'];
export type Error = components['schemas']['Error'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseConnectorAuthenticationFailed = components['responses']['ConnectorAuthenticationFailed'];
export type ResponseServiceQuotaExceeded = components['responses']['ServiceQuotaExceeded'];
export type ResponseAccessDenied = components['responses']['AccessDenied'];
export type ResponseResourceNotFound = components['responses']['ResourceNotFound'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ResponseRequestTimeout = components['responses']['RequestTimeout'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseThrottling = components['responses']['Throttling'];
export type ResponseRequestHeaderFieldsTooLarge = components['responses']['RequestHeaderFieldsTooLarge'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderErrorType = components['headers']['ErrorType'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
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
                    "x-amzn-RequestId": components["headers"]["RequestId"];
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
            405: components["responses"]["MethodNotAllowed"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["Throttling"];
            431: components["responses"]["RequestHeaderFieldsTooLarge"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
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
export const dataPullModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DataPullMode"]> = ["Incremental", "Complete"];
export const connectorTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConnectorType"]> = ["Salesforce", "Singular", "Slack", "Redshift", "S3", "Marketo", "Googleanalytics", "Zendesk", "Servicenow", "Datadog", "Trendmicro", "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "EventBridge", "LookoutMetrics", "Upsolver", "Honeycode", "CustomerProfiles", "SAPOData", "CustomConnector", "Pardot"];
export const s3InputFileTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["S3InputFileType"]> = ["CSV", "JSON"];
export const salesforceDataTransferApiValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SalesforceDataTransferApi"]> = ["AUTOMATIC", "BULKV2", "REST_SYNC"];
export const dataTransferApiTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DataTransferApiType"]> = ["SYNC", "ASYNC", "AUTOMATIC"];
export const fileTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FileType"]> = ["CSV", "JSON", "PARQUET"];
export const prefixTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrefixType"]> = ["FILENAME", "PATH", "PATH_AND_FILENAME"];
export const prefixFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PrefixFormat"]> = ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE"];
export const pathPrefixValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PathPrefix"]> = ["EXECUTION_ID", "SCHEMA_VERSION"];
export const aggregationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AggregationType"]> = ["None", "SingleFile"];
export const writeOperationTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WriteOperationType"]> = ["INSERT", "UPSERT", "UPDATE", "DELETE"];
export const amplitudeConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmplitudeConnectorOperator"]> = ["BETWEEN"];
export const datadogConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DatadogConnectorOperator"]> = ["PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const dynatraceConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DynatraceConnectorOperator"]> = ["PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const googleAnalyticsConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GoogleAnalyticsConnectorOperator"]> = ["PROJECTION", "BETWEEN"];
export const inforNexusConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InforNexusConnectorOperator"]> = ["PROJECTION", "BETWEEN", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const marketoConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MarketoConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const s3ConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["S3ConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const salesforceConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SalesforceConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "CONTAINS", "GREATER_THAN", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const serviceNowConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServiceNowConnectorOperator"]> = ["PROJECTION", "CONTAINS", "LESS_THAN", "GREATER_THAN", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const singularConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SingularConnectorOperator"]> = ["PROJECTION", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const slackConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SlackConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "GREATER_THAN", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const trendmicroConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrendmicroConnectorOperator"]> = ["PROJECTION", "EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const veevaConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VeevaConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const zendeskConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ZendeskConnectorOperator"]> = ["PROJECTION", "GREATER_THAN", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const sAPODataConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SAPODataConnectorOperator"]> = ["PROJECTION", "LESS_THAN", "CONTAINS", "GREATER_THAN", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const operatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Operator"]> = ["PROJECTION", "LESS_THAN", "GREATER_THAN", "CONTAINS", "BETWEEN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC", "NO_OP"];
export const pardotConnectorOperatorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PardotConnectorOperator"]> = ["PROJECTION", "EQUAL_TO", "NO_OP", "ADDITION", "MULTIPLICATION", "DIVISION", "SUBTRACTION", "MASK_ALL", "MASK_FIRST_N", "MASK_LAST_N", "VALIDATE_NON_NULL", "VALIDATE_NON_ZERO", "VALIDATE_NON_NEGATIVE", "VALIDATE_NUMERIC"];
export const taskTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaskType"]> = ["Arithmetic", "Filter", "Map", "Map_all", "Mask", "Merge", "Passthrough", "Truncate", "Validate", "Partition"];
export const operatorPropertiesKeysValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OperatorPropertiesKeys"]> = ["VALUE", "VALUES", "DATA_TYPE", "UPPER_BOUND", "LOWER_BOUND", "SOURCE_DATA_TYPE", "DESTINATION_DATA_TYPE", "VALIDATION_ACTION", "MASK_VALUE", "MASK_LENGTH", "TRUNCATE_LENGTH", "MATH_OPERATION_FIELDS_ORDER", "CONCAT_FORMAT", "SUBFIELD_CATEGORY_MAP", "EXCLUDE_SOURCE_FIELDS_LIST", "INCLUDE_NEW_FIELDS", "ORDERED_PARTITION_KEYS_LIST"];
export const flowStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FlowStatus"]> = ["Active", "Deprecated", "Deleted", "Draft", "Errored", "Suspended"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["VALIDATION_ERROR", "CONNECTOR_SERVER_ERROR", "CONNECTOR_AUTHENTICATION_ERROR", "SERVICE_QUOTA_EXCEEDED", "ACCESS_DENIED", "RESOURCE_NOT_FOUND", "CONFLICT", "INTERNAL_SERVER_ERROR", "THROTTLING", "SERVICE_UNAVAILABLE", "MISSING_AUTHENTICATION_TOKEN", "UNKNOWN_OPERATION", "METHOD_NOT_ALLOWED", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE", "REQUEST_HEADER_FIELDS_TOO_LARGE", "REQUEST_TIMEOUT"];
