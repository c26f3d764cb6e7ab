/**
 * The breaking-change gate as a library: what its CLI (`appflow-breaking-change-gate`) runs.
 *
 * @packageDocumentation
 */
export type { ContractChange, GateResult } from "./gate.js";
export type { VersionCheck } from "./client-version.js";
export { runGate, type GateOptions, type GateReport } from "./run.js";
