/**
 * A problem with what the gate was given (a base ref git cannot find, a spec that does not
 * bundle, a changeset it cannot read), as opposed to a contract change it rejects. The CLI prints
 * the message as one line and exits 2.
 */
export class GateInputError extends Error {
  override name = "GateInputError";
}

/** The first line of a message that is not blank, trimmed; for tools that explain over many lines. */
export function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find(Boolean) ?? ""
  );
}
