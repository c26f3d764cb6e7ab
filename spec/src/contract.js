// The facts of the contract that code switches on, derived from the bundled document
// (dist/facts.js, written by `bundle`), and the two string rules every envelope writer needs.
// Browser-safe: no Node imports.
export { documentedStatuses, envelopeLimits, errorCodes, errorCodesByStatus, statusOfErrorCode } from "../dist/facts.js";
export { escapePointerToken, toPointer } from "./document.js";

export function clip(text, max) {
  // UTF-16 length >= code points: a short text needs no closer look.
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}
