export { compareSpecs, formatChangelog, SEVERITY_LEVELS_FILE, type ContractChange, type GateResult } from "./gate.js";
export { checkClientVersion, type VersionCheck } from "./client-version.js";
export { bundleSpec, bundleSpecAtRef } from "./spec-at-ref.js";
export { runGate, type GateOptions, type GateReport } from "./run.js";
