// Reading an OpenAPI document: JSON Pointers and local `$ref`s. Pure functions with no Node
// imports, so that every entry of the package (and a browser) can use them.

/** Escapes one JSON Pointer reference token (RFC 6901): `~` as `~0`, `/` as `~1`. */
export function escapePointerToken(token) {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The JSON Pointer of a path of member names and indexes; `""` for the whole document. */
export function toPointer(tokens) {
  return tokens.map((token) => `/${escapePointerToken(token)}`).join("");
}

/** The member names and indexes of a JSON Pointer (RFC 6901), unescaped. */
export function pointerTokens(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`${JSON.stringify(pointer)} is not a JSON Pointer`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * Follows local `$ref`s (`#/...`) from `node` until it reaches a value that is not one. The
 * referring object's other members (OpenAPI 3.1 allows `summary` and `description` beside a
 * `$ref`) are kept over the target's. Throws, naming the reference, for a reference that is not
 * local, points at nothing, or loops.
 */
export function resolveRef(doc, node) {
  let current = node;
  const seen = new Set();
  while (current !== null && typeof current === "object" && typeof current.$ref === "string") {
    const { $ref, ...siblings } = current;
    if (!$ref.startsWith("#")) throw new Error(`only local $refs are expected in a bundled document, got ${$ref}`);
    if (seen.has($ref)) throw new Error(`$ref loop at ${$ref}`);
    seen.add($ref);
    const target = pointerTokens($ref.slice(1)).reduce((at, key) => (at === null || typeof at !== "object" ? undefined : at[key]), doc);
    if (target === undefined) throw new Error(`unresolved $ref ${$ref}`);
    current = Object.keys(siblings).length > 0 && target !== null && typeof target === "object" ? { ...target, ...siblings } : target;
  }
  return current;
}
