/**
 * The breaking-change gate as a library: what its CLI (`appflow-breaking-change-gate`) runs.
 *
 * @packageDocumentation
 */
export type { Bump, ContractChange, ContractDiff } from "./gate.js";
export { BUMP_RANK, compareSpecs, formatChanges, requiredBump } from "./gate.js";
export type { VersionCheck } from "./client-version.js";
export { checkClientVersion, checkPackageVersion } from "./client-version.js";
export type { Check, ReleaseInputs } from "./release.js";
export { checkRelease } from "./release.js";
export { GateInputError } from "./errors.js";
export { syncInfoVersion } from "./sync-info-version.js";
export { runGate, type GateOptions, type GateReport } from "./run.js";
