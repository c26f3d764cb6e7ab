import { resolveRef } from "@appflow-contract/spec";
import type { CodeSample, ExampleObject, MediaTypeObject, OpenApiDocument, OperationObject } from "./openapi.js";

/** The package whose public face the TypeScript samples show. */
export const CLIENT_PACKAGE = "@appflow-contract/client";

/** The first server's URL with every `{variable}` replaced by its default. */
export function defaultServerUrl(doc: OpenApiDocument): string {
  const server = doc.servers?.[0];
  if (!server) throw new Error("The spec declares no server; code samples need a base URL.");
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const variable = server.variables?.[name];
    if (!variable) throw new Error(`Server variable {${name}} has no default`);
    return variable.default;
  });
}

/** The named JSON request examples of an operation, in document order. */
export function requestExamples(doc: OpenApiDocument, operation: OperationObject): Array<[string, ExampleObject]> {
  if (!operation.requestBody) return [];
  const body = resolveRef<{ content?: Record<string, MediaTypeObject> }>(doc, operation.requestBody);
  const examples = body.content?.["application/json"]?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => [name, resolveRef<ExampleObject>(doc, example)]);
}

function curlSample(url: string, region: string, body: unknown): string {
  const json = JSON.stringify(body, null, 2);
  // A JSON body can hold a single quote; a quoted heredoc keeps the shell away from it.
  // The URL on a line of its own, so that the whole of it fits the samples panel.
  return [
    "curl --request POST \\",
    `  '${url}' \\`,
    `  --aws-sigv4 'aws:amz:${region}:appflow' \\`,
    `  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\`,
    `  --header 'Content-Type: application/json' \\`,
    `  --data-binary @- <<'JSON'`,
    json,
    "JSON",
  ].join("\n");
}

function typescriptSample(baseUrl: string, body: unknown): string {
  const literal = JSON.stringify(body, null, 2);
  return [
    `import { createUpdateFlowClient, type UpdateFlowRequest } from "${CLIENT_PACKAGE}";`,
    "",
    "const client = createUpdateFlowClient({",
    `  baseUrl: "${baseUrl}",`,
    "  // Any value works on the mock; for AWS, pass a `fetch` that signs with SigV4.",
    '  headers: { Authorization: "AWS4-HMAC-SHA256 Credential=..." },',
    "});",
    "",
    `const request: UpdateFlowRequest = ${literal};`,
    "",
    "const result = await client.updateFlow(request);",
    "if (result.success) {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample's own template literal
    "  console.log(`Updated ${result.data.id}: ${result.data.flowStatus ?? \"status not reported\"}`);",
    "} else {",
    "  // Branch on the stable code, never on the message.",
    "  console.error(result.error.code, result.error.message);",
    "}",
  ].join("\n");
}

/**
 * Redoc 3 shows one sample per entry of its `codeSamples.languages` option, matched on the
 * sample's label, plus the raw `Payload`. The page lists every generated sample there.
 */
export function codeSampleLanguages(samples: CodeSample[]): Array<{ lang: string; label: string }> {
  const seen = new Set<string>();
  const languages = samples
    .filter((sample) => !seen.has(sample.label) && seen.add(sample.label))
    .map(({ lang, label }) => ({ lang, label }));
  return [...languages, { lang: "payload", label: "Payload" }];
}

/**
 * Builds one curl and one TypeScript-client sample per named request example of the operation,
 * so the samples always send exactly what the spec's examples contain.
 */
export function codeSamplesFor(doc: OpenApiDocument, path: string, operation: OperationObject): CodeSample[] {
  const baseUrl = defaultServerUrl(doc);
  const region = doc.servers?.[0]?.variables?.region?.default ?? "us-east-1";
  const examples = requestExamples(doc, operation);
  if (examples.length === 0) return [];
  const curl = examples.map(([name, example]): CodeSample => ({
    lang: "curl",
    label: `curl · ${example.summary ?? name}`,
    source: curlSample(`${baseUrl}${path}`, region, example.value),
  }));
  const typescript = examples.map(([name, example]): CodeSample => ({
    lang: "TypeScript",
    label: `TypeScript · ${example.summary ?? name}`,
    source: typescriptSample(baseUrl, example.value),
  }));
  return [...curl, ...typescript];
}
