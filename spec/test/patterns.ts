/**
 * The spec's regular expressions and what each must match.
 *
 * A pattern of the spec is the model's own (ECMA-262, as both Smithy's `pattern` trait and JSON
 * Schema read it), unless the model's text compiles in too few engines: then the spec writes a
 * portable form of it, listed in `PORTABLE_PATTERNS` and explained in the schema's description.
 * `patterns.test.ts` compiles every pattern of the bundle as a JavaScript RegExp without and with
 * the `u` flag and with Python's `re`, and holds each engine to the model's answer on the samples
 * below (the model's pattern as a code-point RegExp, `u`, is the reference).
 */

/** The model's pattern -> the form the spec writes, for the patterns the spec cannot copy. */
export const PORTABLE_PATTERNS: Readonly<Record<string, string>> = {
  // U+10000..U+10FFFF as a range between two surrogate-pair escapes: only a code-point engine
  // reads that ("Range out of order" without `u`, "bad character range" in Python). A portable
  // form that still refuses lone surrogates has to name them (`[\uD800-\uDBFF][\uDC00-\uDFFF]`),
  // and generators that copy a pattern into a regex literal write them as U+FFFD (hey-api does),
  // so the spec names only what it refuses, and takes lone surrogates.
  "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$": "^[^\\x00-\\x08\\x0A-\\x1F\\uFFFE\\uFFFF]*$",
};

/** The model's pattern that a pattern of the spec stands for. */
export function modelPatternOf(specPattern: string): string {
  return Object.entries(PORTABLE_PATTERNS).find(([, portable]) => portable === specPattern)?.[0] ?? specPattern;
}

/**
 * Python's `re` is another dialect than ECMA-262 in ways no pattern's text can help without
 * giving up the model's text everywhere: `$` also matches before a final `\n`; `\w` is every
 * Unicode letter and digit; `\s` is Python's whitespace (with U+001C..U+001F and U+0085, without
 * U+FEFF); `.` also matches `\r`, U+2028 and U+2029. A sample that shows one of these says so;
 * the test requires Python to differ there (and only there), so a stale note fails.
 */
export type PythonDialect = "final newline" | "Unicode \\w" | "Python's \\s" | "Python's .";

export interface PatternSamples {
  /** Strings the model's pattern matches. */
  accepts: string[];
  /** Strings it does not match; empty only for a pattern that matches every string. */
  refuses: string[];
  /** Samples on which the spec's portable form answers otherwise in every engine, and why. */
  portable?: Record<string, string>;
  /** Samples on which Python's `re` answers otherwise, and why. */
  python?: Record<string, PythonDialect>;
}

const EMOJI = "\u{1F600}"; // outside the BMP: a surrogate pair in UTF-16, one code point with `u`
const LONE_HIGH = "\uD800";
const LONE_LOW = "\uDC00";

/** Samples per pattern of the model, every pattern the bundle uses. */
export const PATTERN_SAMPLES: Readonly<Record<string, PatternSamples>> = {
  // FlowName
  "^[a-zA-Z0-9][\\w!@#.-]+$": {
    accepts: ["salesforce-accounts-to-s3", "Flow_1!@#.-", "a1"],
    refuses: ["", "a", "-flow", "flow name", `flow${EMOJI}`, `${EMOJI}flow`, "flowé", "flow\n", `flow${LONE_HIGH}`],
    python: { "flowé": "Unicode \\w", "flow\n": "final newline" },
  },
  // FlowDescription
  "^[\\w!@#\\-.?,\\s]*$": {
    accepts: ["", "Nightly copy of accounts, v2?", "line one\nline two\ttabbed", "a\u00A0b", "a\u3000b", "a\uFEFFb"],
    refuses: ["50% off", "a/b", "café", EMOJI, "a\u001Fb"],
    python: { "a\uFEFFb": "Python's \\s", "café": "Unicode \\w", "a\u001Fb": "Python's \\s" },
  },
  // ScheduleExpression, Timezone, BucketPrefix, ...: every string.
  ".*": {
    accepts: ["", "rate(1hours)", "\n", EMOJI, LONE_HIGH],
    refuses: [],
  },
  // ApiVersion, Object, BucketName, ...
  "^\\S+$": {
    accepts: ["Account", EMOJI, `a${EMOJI}b`, LONE_HIGH, "a\u0085b"],
    refuses: ["", "Account Name", "a\tb", "a\u3000b", "a\u2028b", "a\uFEFFb", "Account\n"],
    python: { "a\u0085b": "Python's \\s", "a\uFEFFb": "Python's \\s", "Account\n": "final newline" },
  },
  // ConnectorProfileName
  "^[\\w/!@#+=.-]+$": {
    accepts: ["my-salesforce-profile", "team/a+b=c@d#e!f.g_h"],
    refuses: ["", "my profile", "a:b", `profile${EMOJI}`, "profilé"],
    python: { "profilé": "Unicode \\w" },
  },
  // DocumentType
  "^[\\s\\w_-]+$": {
    accepts: ["Sales Order", "sales_order-v2", "\t"],
    refuses: ["", "sales.order", EMOJI, "commandé"],
    python: { "commandé": "Unicode \\w" },
  },
  // CustomPropertyKey
  "^[\\w]+$": {
    accepts: ["api_version2", "X"],
    refuses: ["", "api-version", "api version", EMOJI, "ключ"],
    python: { "ключ": "Unicode \\w" },
  },
  // DataTransferApiTypeName
  "^[\\w/-]+$": {
    accepts: ["AUTOMATIC", "bulk/v2-api"],
    refuses: ["", "bulk v2", "a.b", `bulk${EMOJI}`],
  },
  // UpsolverBucketName
  "^(upsolver-appflow)\\S*$": {
    accepts: ["upsolver-appflow", "upsolver-appflow-bucket-1", `upsolver-appflow${EMOJI}`],
    refuses: ["", "upsolver-app", "my-upsolver-appflow", "upsolver-appflow bucket", "upsolver-appflow\n"],
    python: { "upsolver-appflow\n": "final newline" },
  },
  // Property
  "^.+$": {
    accepts: ["Id", EMOJI, "a\tb", LONE_HIGH],
    refuses: ["", "\n", "a\nb", "a\rb", "a\u2028b"],
    python: { "a\rb": "Python's .", "a\u2028b": "Python's ." },
  },
  // GlueDataCatalogIAMRole (not anchored at the end)
  "^arn:aws:iam:.*:[0-9]+:": {
    accepts: ["arn:aws:iam::123456789012:role/AppFlowGlueRole", `arn:aws:iam:${EMOJI}:1:`, "arn:aws:iam::1:\nmore"],
    refuses: ["", "arn:aws:s3:::bucket", "arn:aws:iam::role:x", " arn:aws:iam::1:", "arn:aws:iam:\n:1:", "arn:aws:iam:\r:1:"],
    python: { "arn:aws:iam:\r:1:": "Python's ." },
  },
  // GlueDataCatalogDatabaseName, GlueDataCatalogTablePrefix (written portably, see above)
  "^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*$": {
    accepts: [
      "",
      "sales_db",
      "Données 2024",
      "tab\there",
      EMOJI,
      `a${EMOJI}b`,
      "\u{10000}",
      "\u{10FFFF}",
      "\uD7FF\uE000\uFFFD",
      "\u00A0\u2028",
    ],
    refuses: [
      "a\nb",
      "a\rb",
      "\u0000",
      "\u001F",
      "\uFFFE",
      "\uFFFF",
      LONE_HIGH,
      LONE_LOW,
      `a${LONE_HIGH}b`,
      `${LONE_LOW}${LONE_HIGH}`,
      `${EMOJI}${LONE_LOW}`,
      "db\n",
    ],
    portable: {
      [LONE_HIGH]: "lone surrogates are taken",
      [LONE_LOW]: "lone surrogates are taken",
      [`a${LONE_HIGH}b`]: "lone surrogates are taken",
      [`${LONE_LOW}${LONE_HIGH}`]: "lone surrogates are taken",
      [`${EMOJI}${LONE_LOW}`]: "lone surrogates are taken",
    },
    python: { "db\n": "final newline" },
  },
  // ClientToken
  "^[ -~]+$": {
    accepts: ["d2f4c1a8-9b7e-4c3a-8f2d-1e5b6a7c8d9e", " ~!"],
    refuses: ["", "é", EMOJI, "a\tb", "\u007F", "token\n"],
    python: { "token\n": "final newline" },
  },
};

/** Every `pattern` keyword of a document (examples aside), with the JSON Pointer of its schema. */
export function patternsOf(node: unknown, pointer = ""): Array<{ pointer: string; pattern: string }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => patternsOf(item, `${pointer}/${i}`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === "examples" || key === "example") return [];
    if (key === "pattern" && typeof value === "string") return [{ pointer, pattern: value }];
    return patternsOf(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  });
}
