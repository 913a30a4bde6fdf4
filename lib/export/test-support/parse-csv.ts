/**
 * A strict RFC 4180 reader for tests, written separately from the writer so a
 * quoting bug in the export cannot hide behind the same bug in the reader.
 */

/** Parses CSV text (optionally with a BOM) into rows of fields; throws on malformed quoting. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < src.length) {
    let field = "";
    if (src[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= src.length) throw new Error("unterminated quoted field");
        if (src[i] === '"') {
          if (src[i + 1] === '"') { field += '"'; i += 2; continue; }
          i += 1;
          break;
        }
        field += src[i];
        i += 1;
      }
    } else {
      while (i < src.length && src[i] !== "," && src[i] !== "\r" && src[i] !== "\n") {
        if (src[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += src[i];
        i += 1;
      }
    }
    row.push(field);
    if (src[i] === ",") { i += 1; continue; }
    if (src.startsWith("\r\n", i)) i += 2;
    else if (i < src.length) throw new Error(`expected CRLF at ${i}, found ${JSON.stringify(src[i])}`);
    rows.push(row);
    row = [];
  }
  return rows;
}
