/**
 * The settings of a run and their defaults, in one place. The CLI (src/cli.ts) hands them to the
 * suite (src/suites/provider.test.ts) through environment variables, since vitest runs the suite
 * in worker processes of its own; `pnpm test` sets them directly. This package's turbo.json lists
 * the same variables, so that turbo passes them to the `test` task.
 */

/** fast-check runs of generated valid requests when neither `--runs` nor `CONTRACT_PROPERTY_RUNS` says otherwise. */
export const DEFAULT_GENERATED_RUNS = 40;

/** The number of runs `text` names (a positive integer in decimal), or undefined when it names none. */
export function parseRuns(text: string): number | undefined {
  const trimmed = text.trim();
  return /^[1-9][0-9]*$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? Number(trimmed) : undefined;
}

/** What the suite reads from the environment. */
export interface SuiteSettings {
  /** Headers sent with every request (`CONTRACT_HEADERS`, a JSON object; `--header`). */
  headers: Record<string, string>;
  /** fast-check runs of generated valid requests (`CONTRACT_PROPERTY_RUNS`; `--runs`). */
  generatedRuns: number;
  /** A flowName the server does not have (`CONTRACT_MISSING_FLOW`; `--missing-flow`). */
  missingFlow?: string;
  /** A flowName the server has, named by every request meant to succeed (`CONTRACT_FLOW`; `--flow`). */
  existingFlow?: string;
  /** Sign every request with SigV4 for this AWS Region (`CONTRACT_SIGV4_REGION`; `--sigv4`). */
  sigv4?: { region: string; credentials: AwsCredentials };
}

/** Credentials from the standard AWS environment variables. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The credentials of `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and (for temporary ones)
 * `AWS_SESSION_TOKEN`; throws naming what is missing.
 */
export function readAwsCredentials(env: NodeJS.ProcessEnv = process.env): AwsCredentials {
  const missing = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`SigV4 signing needs ${missing.join(" and ")} in the environment`);
  return {
    accessKeyId: env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
  };
}

/** An AWS Region name as AWS spells them (`us-east-1`, `eu-central-2`, `us-gov-west-1`). */
export function isRegion(text: string): boolean {
  return /^[a-z]{2}(-[a-z]+)+-\d+$/.test(text);
}

/** Reads the suite's settings; throws for a value that the CLI would have refused as wrong usage. */
export function readSuiteSettings(env: NodeJS.ProcessEnv = process.env): SuiteSettings {
  const runsText = env.CONTRACT_PROPERTY_RUNS;
  const generatedRuns = runsText === undefined ? DEFAULT_GENERATED_RUNS : parseRuns(runsText);
  if (generatedRuns === undefined) throw new Error(`CONTRACT_PROPERTY_RUNS=${runsText} is not a positive integer`);
  let headers: unknown;
  try {
    headers = JSON.parse(env.CONTRACT_HEADERS ?? "{}");
  } catch {
    headers = undefined;
  }
  if (headers === null || typeof headers !== "object" || Array.isArray(headers) || Object.values(headers).some((v) => typeof v !== "string")) {
    throw new Error(`CONTRACT_HEADERS=${env.CONTRACT_HEADERS} is not a JSON object of strings`);
  }
  const missingFlow = env.CONTRACT_MISSING_FLOW || undefined;
  const existingFlow = env.CONTRACT_FLOW || undefined;
  const region = env.CONTRACT_SIGV4_REGION || undefined;
  if (region !== undefined && !isRegion(region)) throw new Error(`CONTRACT_SIGV4_REGION=${region} is not an AWS Region`);
  return {
    headers: headers as Record<string, string>,
    generatedRuns,
    ...(missingFlow === undefined ? {} : { missingFlow }),
    ...(existingFlow === undefined ? {} : { existingFlow }),
    ...(region === undefined ? {} : { sigv4: { region, credentials: readAwsCredentials(env) } }),
  };
}
