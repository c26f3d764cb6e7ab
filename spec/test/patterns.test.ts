import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadModel } from "./model.js";
import { modelPatternOf, PATTERN_SAMPLES, PORTABLE_PATTERNS, patternsOf } from "./patterns.js";
import { loadBundledSpec } from "./spec.js";

const doc = loadBundledSpec();
const model = loadModel();
const used = patternsOf(doc);
const specPatterns = [...new Set(used.map((u) => u.pattern))];

type Engine = "JavaScript" | "JavaScript u" | "Python re";
/** Per pattern: whether each sample matched, or why the engine refused the pattern. */
type EngineAnswer = { matches: boolean[] } | { error: string };

function javascript(pattern: string, samples: string[], flags: string): EngineAnswer {
  try {
    const regex = new RegExp(pattern, flags);
    return { matches: samples.map((sample) => regex.test(sample)) };
  } catch (error) {
    return { error: String(error) };
  }
}

/**
 * Python's `re` on every pattern at once (one process): `re.search`, as JSON Schema validators
 * in Python apply `pattern`, with warnings as errors (a FutureWarning marks a pattern whose
 * meaning a later Python changes). The samples travel as JSON, lone surrogates as `\uD800`.
 */
function python(cases: Array<{ pattern: string; samples: string[] }>): EngineAnswer[] {
  const script = `
import json, re, sys, warnings
warnings.simplefilter("error")
out = []
for case in json.load(sys.stdin):
    try:
        regex = re.compile(case["pattern"])
    except Exception as error:
        out.append({"error": repr(error)})
        continue
    out.append({"matches": [regex.search(s) is not None for s in case["samples"]]})
json.dump(out, sys.stdout)
`;
  const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(cases), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout) as EngineAnswer[];
}

const cases = specPatterns.map((pattern) => {
  const samples = PATTERN_SAMPLES[modelPatternOf(pattern)];
  return { pattern, samples: samples ? [...samples.accepts, ...samples.refuses] : [] };
});
const pythonAnswers = python(cases);
const answers = (pattern: string, samples: string[]): Record<Engine, EngineAnswer> => ({
  JavaScript: javascript(pattern, samples, ""),
  "JavaScript u": javascript(pattern, samples, "u"),
  "Python re": pythonAnswers[specPatterns.indexOf(pattern)]!,
});

/** A sample, escaped so that a failure shows control characters and surrogates. */
const show = (sample: string) => JSON.stringify(sample).replace(/[\u007F-\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("the spec's patterns", () => {
  it("are the model's own, or its portable form where the schema's description says so", () => {
    const modelPatterns = new Set(Object.values(model.shapes).map((shape) => shape.constraints?.pattern).filter(Boolean));
    for (const { pointer, pattern } of used) {
      expect(modelPatterns, pointer).toContain(modelPatternOf(pattern));
      if (pattern !== modelPatternOf(pattern)) {
        const name = pointer.split("/").at(-1)!;
        const description = String(doc.components.schemas[name]?.description);
        expect(description, `${name} must say that its pattern is a portable form`).toContain(modelPatternOf(pattern));
      }
    }
    // Each portable form is in use (none stale).
    expect(Object.values(PORTABLE_PATTERNS).filter((portable) => !specPatterns.includes(portable))).toEqual([]);
  });

  it("each have samples, and every sampled pattern is used", () => {
    expect(specPatterns.filter((pattern) => !PATTERN_SAMPLES[modelPatternOf(pattern)])).toEqual([]);
    expect(Object.keys(PATTERN_SAMPLES).filter((pattern) => !specPatterns.map(modelPatternOf).includes(pattern))).toEqual([]);
    for (const [pattern, { accepts, refuses, portable = {}, python = {} }] of Object.entries(PATTERN_SAMPLES)) {
      if (Object.keys(portable).length > 0) expect(Object.keys(PORTABLE_PATTERNS), `${pattern} differs from no portable form`).toContain(pattern);
      expect(accepts.length, pattern).toBeGreaterThan(0);
      expect(refuses.length > 0 || pattern === ".*", `${pattern} needs refused samples`).toBe(true);
      expect([...accepts, ...refuses].some((s) => /[\u{10000}-\u{10FFFF}]/u.test(s)), `${pattern} needs a sample outside the BMP`).toBe(true);
      for (const sample of [...Object.keys(portable), ...Object.keys(python)]) expect([...accepts, ...refuses], pattern).toContain(sample);
    }
  });

  it("mean, on every sample, what the model's pattern means (read as a code-point RegExp)", () => {
    for (const [pattern, { accepts, refuses }] of Object.entries(PATTERN_SAMPLES)) {
      const reference = javascript(pattern, [...accepts, ...refuses], "u");
      expect(reference, pattern).toEqual({ matches: [...accepts.map(() => true), ...refuses.map(() => false)] });
    }
  });

  it.each(specPatterns)("%s compiles with and without `u` and in Python, and each engine gives the model's answers", (pattern) => {
    const { accepts, refuses, portable = {}, python = {} } = PATTERN_SAMPLES[modelPatternOf(pattern)]!;
    const samples = [...accepts, ...refuses];
    for (const [engine, answer] of Object.entries(answers(pattern, samples)) as Array<[Engine, EngineAnswer]>) {
      expect("error" in answer ? answer.error : "compiles", `${engine} on ${pattern}`).toBe("compiles");
      if (!("matches" in answer)) continue;
      // The model's answer, but the other one where the description says the portable form
      // differs (in every engine) or Python's dialect does (in Python): a stale note fails too.
      const wrong = samples.flatMap((sample, i) => {
        const notes = [sample in portable && "portable form", engine === "Python re" && sample in python && "Python's dialect"];
        const expected = accepts.includes(sample) !== notes.filter(Boolean).length > 0;
        return answer.matches[i] === expected ? [] : [`${show(sample)} ${answer.matches[i] ? "matched" : "did not match"}`];
      });
      expect(wrong, `${engine} on ${pattern}`).toEqual([]);
    }
  });

  it("the model's Glue pattern itself compiles only as a code-point RegExp (why the spec rewrites it)", () => {
    for (const [modelPattern, portable] of Object.entries(PORTABLE_PATTERNS)) {
      expect(javascript(modelPattern, ["db"], "u")).toEqual({ matches: [true] });
      expect(javascript(modelPattern, ["db"], "")).toHaveProperty("error", expect.stringMatching(/Range out of order/));
      const [modelInPython, portableInPython] = python([modelPattern, portable].map((pattern) => ({ pattern, samples: ["db"] })));
      expect(modelInPython).toHaveProperty("error", expect.stringMatching(/bad character range/));
      expect(portableInPython).toEqual({ matches: [true] });
    }
  });
});
