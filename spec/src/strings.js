// The string rules of an error envelope: JSON Pointers to members, and texts kept within a
// `maxLength`. Browser-safe; separate from ./contract (the facts) so that a bundle that needs only
// the facts carries none of this.
export { escapePointerToken, pointerTokens, toPointer } from "./document.js";

export function clip(text, max) {
  // UTF-16 length >= code points: a short text needs no closer look.
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}
