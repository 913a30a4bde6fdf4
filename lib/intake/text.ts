import { IntakeError } from "./errors";

/** Bytes looked at when deciding whether a "text" file is really binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes a text file as UTF-8, refusing binaries (a NUL byte near the start,
 * as in images, PDFs and Word files renamed .txt) and invalid UTF-8 (usually
 * a file saved in an old Windows encoding), and dropping a byte-order mark.
 */
export function decodeTextFile(name: string, bytes: Uint8Array): string {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new IntakeError(
      "binary_file",
      `"${name}" is not a text file (it contains binary data). Check that you picked the right file, or save it as plain text and try again.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new IntakeError(
      "bad_encoding",
      `"${name}" is not valid UTF-8 text. Open it in your editor, save it with UTF-8 encoding, and import it again.`,
      { cause },
    );
  }
}

/** Escapes text for use as HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Plain text to HTML: a blank line separates paragraphs, and a single line
 * break inside a paragraph is kept as <br> (addresses, verse, lists typed
 * with dashes keep their shape).
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split("\n").map((line) => escapeHtml(line.trim())).join("<br>")}</p>`)
    .join("\n");
}
