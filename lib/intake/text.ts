import { decodeBytes, htmlEncoding } from "./charset";
import { IntakeError } from "./errors";
import { escapeHtml } from "@/lib/text/escape-html";

/** Bytes looked at when deciding whether a "text" file is really binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes a text file as UTF-8, refusing binaries (a NUL byte near the start,
 * as in images, PDFs and Word files renamed .txt) and invalid UTF-8 (usually
 * a file saved in an old Windows encoding), and dropping a byte-order mark.
 */
export function decodeTextFile(name: string, bytes: Uint8Array): string {
  assertNotBinary(name, bytes);
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

function assertNotBinary(name: string, bytes: Uint8Array): void {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    throw new IntakeError(
      "binary_file",
      `"${name}" is not a text file (it contains binary data). Check that you picked the right file, or save it as plain text and try again.`,
    );
  }
}

/**
 * Decodes an .html/.htm file: in the encoding its <meta> declares when that
 * is not UTF-8 (Word saves web pages as windows-1252 by default), otherwise
 * as decodeTextFile does, refusing binaries and invalid UTF-8.
 */
export function decodeHtmlFile(name: string, bytes: Uint8Array): string {
  const encoding = htmlEncoding(bytes);
  if (encoding === "utf-8") return decodeTextFile(name, bytes);
  // UTF-16 text is full of NUL bytes; only its byte-order mark can have chosen it.
  if (!encoding.startsWith("utf-16")) assertNotBinary(name, bytes);
  return decodeBytes(bytes, encoding);
}

// A line that starts a list item ("- ", "• ", "3. "): its break is the
// author's even inside a wrapped paragraph.
const LIST_LINE = /^(?:[-*•]|\d{1,2}[.)])\s/;

/**
 * A wrapped paragraph's lines run to about the wrap width (70 characters in
 * e-mail and wire copy); a line well short of it in such a block ended where
 * the author pressed Enter: a live blog's "23:58", a label, a dateline.
 */
const WIDE_BLOCK_CHARS = 50;
const SHORT_LINE_CHARS = 30;

/** The longest first block read as a plain-text file's headline. */
const MAX_HEADLINE_CHARS = 150;

/**
 * Whether a plain-text file's first block is its headline: one line, short,
 * not ending as a sentence or a lead-in does, with more text after it.
 */
function isHeadlineBlock(block: string, blocksAfter: number): boolean {
  return blocksAfter > 0 && !block.includes("\n") && block.length <= MAX_HEADLINE_CHARS && !/[.,;:…]$/.test(block);
}

/**
 * Plain text to HTML. A blank line separates paragraphs. When the text has
 * such paragraphs, a single line break inside one is a soft wrap (e-mail and
 * wire copy are wrapped at about 70 characters) and becomes a space, except
 * before a line that starts a list item and after a short line in a block of
 * long ones. When the text has no blank lines at all, every line is meant as
 * its own line and is kept with <br>. With `headline`, a first block that reads
 * as a headline becomes an H1 (lead.ts lifts it into the Title field).
 */
export function plainTextToHtml(text: string, options: { headline?: boolean } = {}): string {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
  const wrapped = blocks.length > 1;
  return blocks
    .map((block, index) => {
      const lines = block.split("\n").map((line) => line.trim());
      if (index === 0 && options.headline && isHeadlineBlock(block, blocks.length - 1)) return `<h1>${escapeHtml(block)}</h1>`;
      const wide = Math.max(...lines.map((line) => line.length)) >= WIDE_BLOCK_CHARS;
      const softWrap = (i: number) => wrapped && !LIST_LINE.test(lines[i]) && !(wide && lines[i - 1].length < SHORT_LINE_CHARS);
      const html = lines.map((line, i) => (i === 0 ? "" : softWrap(i) ? " " : "<br>") + escapeHtml(line));
      return `<p>${html.join("")}</p>`;
    })
    .join("\n");
}
