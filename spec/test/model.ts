import { readFileSync } from "node:fs";

/** A member of a structure, or the member/key/value of a list or map, in the reference model. */
export interface ModelMember {
  target: string;
  required: boolean;
  /** Present when the member carries `smithy.api#default`; `null` removes the target's default. */
  default?: unknown;
}

/** One Smithy shape as the reference extraction describes it. */
export interface ModelShape {
  type: "structure" | "enum" | "string" | "list" | "map" | "integer" | "long" | "boolean" | "timestamp";
  reachedFrom: string[];
  members?: Record<string, ModelMember>;
  requiredMembers?: string[];
  member?: ModelMember;
  key?: ModelMember;
  value?: ModelMember;
  enumValues?: { name: string; value: string }[];
  constraints?: {
    length?: { min?: number; max?: number };
    range?: { min?: number; max?: number };
    pattern?: string;
  };
  otherTraits?: Record<string, unknown>;
}

/** The reference extraction of the AppFlow model (see reference/README.md). */
export interface ReferenceModel {
  operation: { input: string };
  shapes: Record<string, ModelShape>;
  derived: {
    connectorMatrix: {
      rows: {
        connectorType: string;
        sourceProperties: { member: string; target: string } | null;
        destinationProperties: { member: string; target: string } | null;
        connectorOperator: { member: string; target: string } | null;
      }[];
    };
  };
}

export function loadModel(): ReferenceModel {
  const url = new URL("./reference/appflow-update-flow-model.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as ReferenceModel;
}

/** Shape names that a shape refers to: members, list items, map keys and values. */
export function targetsOf(shape: ModelShape): string[] {
  const members = Object.values(shape.members ?? {}).map((m) => m.target);
  return [...members, shape.member?.target, shape.key?.target, shape.value?.target].filter(
    (t): t is string => t !== undefined,
  );
}

/**
 * Every shape reachable from `root`, found by walking the model itself rather than trusting
 * the extraction's `reachedFrom` labels.
 */
export function reachableShapes(model: ReferenceModel, root = model.operation.input): string[] {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    const shape = model.shapes[name];
    if (!shape) throw new Error(`the model refers to ${name}, which it does not define`);
    seen.add(name);
    stack.push(...targetsOf(shape));
  }
  return [...seen].sort();
}
