export {
  documentedStatuses,
  envelopeLimits,
  errorCodes,
  errorCodesByStatus,
  statusOfErrorCode,
  type DocumentedStatus,
  type ErrorCode,
  type ErrorStatus,
} from "../dist/facts.js";
export { escapePointerToken, toPointer } from "./document.js";

/**
 * `text` cut to at most `max` characters as JSON Schema's `maxLength` counts them (code points),
 * ending with "…" when it was cut: how an envelope writer keeps within {@link envelopeLimits}.
 */
export declare function clip(text: string, max: number): string;
