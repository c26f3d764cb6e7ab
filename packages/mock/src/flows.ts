/**
 * What the mock remembers and derives about flows: each flow's stable data, and the
 * `clientToken`s it has seen (spec: info.description, "Idempotency and retries"). Internal to
 * the package.
 */
import { createHash } from "node:crypto";

/** The data of a successful update, as the spec's `UpdatedFlow` describes it. */
export interface FlowData {
  id: string;
  created_at: string;
  flowStatus: "Active";
}

/** 2020-01-01T00:00:00Z and five years on: the span the derived creation times fall in. */
const EPOCH_S = Date.UTC(2020, 0, 1) / 1000;
const SPAN_S = 5 * 365 * 24 * 3600;

/**
 * The flow named `flowName` as the mock has it, the same every time and in every mock: an `id`
 * from a hash of the name (32 hex digits), a `created_at` derived from the same hash (a second in
 * 2020-2024, RFC 3339 UTC), and `flowStatus` `Active`.
 */
export function flowData(flowName: string): FlowData {
  const hash = createHash("sha256").update(flowName, "utf8").digest();
  const createdS = EPOCH_S + (hash.readUInt32BE(16) % SPAN_S);
  return {
    id: hash.subarray(0, 16).toString("hex"),
    created_at: new Date(createdS * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    flowStatus: "Active",
  };
}

/**
 * `value` as JSON with every object's members in code-point order of their names: two bodies
 * with the same parameters in another order have the same canonical JSON. For values the mock's
 * guards have passed (at most 64 levels deep), so recursion is bounded.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(",")}}`;
}

/** How long a `clientToken` is remembered: 8 hours, as the spec says AppFlow does. */
export const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

/** How many tokens the mock remembers at most; past that, the oldest are forgotten first. */
export const MAX_TOKENS = 10_000;

interface Remembered {
  /** Canonical JSON of the request body without `clientToken`. */
  parameters: string;
  /** The answer's body, as sent. */
  payload: string;
  /** When the token was first used (ms, the store's clock). */
  at: number;
}

/** What {@link TokenStore.check} found for a token. */
export type TokenCheck =
  | { kind: "new" }
  | { kind: "same"; payload: string }
  | { kind: "conflict"; firstUsedAt: number };

/**
 * The `clientToken`s of successful updates, each remembered for {@link TOKEN_TTL_MS} with the
 * parameters it came with and the answer it got. At most `capacity` tokens; the oldest go first.
 */
export class TokenStore {
  // A Map iterates in insertion order, and every token is inserted when first used: the first
  // entries are the oldest, so expiry and the capacity both drop from the front.
  readonly #tokens = new Map<string, Remembered>();

  constructor(
    readonly now: () => number,
    readonly capacity = MAX_TOKENS,
    readonly ttlMs = TOKEN_TTL_MS,
  ) {}

  /** How many tokens are remembered now. */
  get size(): number {
    this.#expire(this.now());
    return this.#tokens.size;
  }

  /** Whether `token` with `parameters` is a new update, the same one again, or a conflicting one. */
  check(token: string, parameters: string): TokenCheck {
    this.#expire(this.now());
    const seen = this.#tokens.get(token);
    if (seen === undefined) return { kind: "new" };
    return seen.parameters === parameters ? { kind: "same", payload: seen.payload } : { kind: "conflict", firstUsedAt: seen.at };
  }

  /** Remembers that `token` with `parameters` got `payload`. */
  remember(token: string, parameters: string, payload: string): void {
    const now = this.now();
    this.#expire(now);
    this.#tokens.delete(token);
    this.#tokens.set(token, { parameters, payload, at: now });
    for (const oldest of this.#tokens.keys()) {
      if (this.#tokens.size <= this.capacity) break;
      this.#tokens.delete(oldest);
    }
  }

  /** Forgets the tokens first used more than the TTL ago (a token is remembered for the whole TTL, not a millisecond more). */
  #expire(now: number): void {
    for (const [token, seen] of this.#tokens) {
      if (now - seen.at <= this.ttlMs) break;
      this.#tokens.delete(token);
    }
  }
}
