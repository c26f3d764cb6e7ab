/** Escapes one JSON Pointer reference token (RFC 6901): `~` as `~0`, `/` as `~1`. */
export declare function escapePointerToken(token: string | number): string;

/** The JSON Pointer of a path of member names and indexes; `""` for the whole document. */
export declare function toPointer(tokens: readonly (string | number)[]): string;

/** The member names and indexes of a JSON Pointer (RFC 6901), unescaped. */
export declare function pointerTokens(pointer: string): string[];

/**
 * Follows local `$ref`s (`#/...`) from `node` until it reaches a value that is not one; the
 * referring object's other members are kept over the target's. Throws for a reference that is
 * not local, points at nothing, or loops.
 */
export declare function resolveRef<T = unknown>(doc: unknown, node: unknown): T;
