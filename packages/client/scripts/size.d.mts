// Types of what scripts/size.mjs exports, for test/size.test.ts.

/** What the AWS SDK's browser consumer of one UpdateFlowCommand weighs, in bytes. */
export declare const awsSdkConsumer: { readonly minified: number; readonly gzip: number };
