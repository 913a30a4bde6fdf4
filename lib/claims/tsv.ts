/**
 * Minimal TSV reading for the command line. The inputs (CT24, CLEF, a desk's
 * export) are plain tab-separated lines without quoting — CT24 texts contain
 * literal double quotes — so a CSV library's quote handling would corrupt them.
 */

export class InputError extends Error {}

/** Splits TSV text into rows of fields; CRLF and a trailing newline are tolerated. */
export function parseTsv(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}

/** A header-keyed table; throws InputError naming the first missing column. */
export function readTable(text: string, required: string[]): { columns: Map<string, number>; rows: string[][] } {
  const [header, ...rows] = parseTsv(text);
  if (!header) throw new InputError(`empty input: expected a header row with columns ${required.join(", ")}`);
  const columns = new Map(header.map((name, i) => [name.trim().replace(/^\uFEFF/, ""), i] as const));
  for (const name of required) {
    if (!columns.has(name)) throw new InputError(`missing column "${name}" in header (found: ${header.join(", ")})`);
  }
  return { columns, rows };
}

/**
 * Decodes bytes as strict UTF-8, rejecting binary files (NUL bytes) and invalid
 * sequences. A byte-order mark is kept as a character so offsets stay offsets
 * into the input exactly as read.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: binary input (NUL byte) is not supported`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: input is not valid UTF-8`);
  }
}
