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
  return { headers: headers as Record<string, string>, generatedRuns };
}
