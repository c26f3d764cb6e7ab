export { escapePointerToken, pointerTokens, toPointer } from "./document.js";

/**
 * `text` cut to at most `max` characters as JSON Schema's `maxLength` counts them (code points),
 * ending with "…" when it was cut: how an envelope writer keeps within the contract's
 * `envelopeLimits`.
 */
export declare function clip(text: string, max: number): string;
