import { IntakeError } from "./errors";
import { MAX_MARKDOWN_INDENT } from "./limits";

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Columns of nesting at the start of the line at `at`: spaces, tabs (4),
 * blockquote markers (">") and list markers followed by a space ("- ", "* ",
 * "+ ", "1. ", "1) "; several on one line nest lists). Returns the width and
 * where the line's content starts.
 */
function prefixWidth(text: string, at: number): [number, number] {
  let width = 0;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x3e /* > */) width += 1;
    else if (c === 0x09) width += 4;
    else if ((c === 0x2d || c === 0x2a || c === 0x2b) /* - * + */ && isBlank(text.charCodeAt(at + 1))) width += 1;
    else if (isDigit(c)) {
      let end = at;
      while (end - at < 9 && isDigit(text.charCodeAt(end))) end++;
      const mark = text.charCodeAt(end);
      if ((mark !== 0x2e && mark !== 0x29) /* . ) */ || !isBlank(text.charCodeAt(end + 1))) return [width, at];
      width += end - at + 1;
      at = end;
    } else return [width, at];
    at++;
  }
}

/**
 * The widest nesting prefix of any line of Markdown, in columns
 * (prefixWidth). marked reads a nested list or quote again at each level,
 * and recursively: a list nested 2,000 levels deep (4 MB) took it 39 s, and
 * 3,000 list markers on one line overflow its stack.
 */
export function markdownIndent(text: string): number {
  let widest = 0;
  for (let at = 0; at < text.length; at++) {
    const [width, content] = prefixWidth(text, at);
    if (width > widest) widest = width;
    // On to the next line (marked reads "\r" alone as a line break too).
    for (at = content; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x0a || c === 0x0d) break;
    }
  }
  return widest;
}

/**
 * Throws IntakeError "too_complex", before marked runs, for Markdown nested
 * past MAX_MARKDOWN_INDENT columns.
 */
export function assertMarkdownReadable(name: string, text: string): void {
  if (markdownIndent(text) > MAX_MARKDOWN_INDENT) throw markdownTooDeep(name);
}

/** The error for Markdown too deeply nested, also when marked itself gives up on it. */
export function markdownTooDeep(name: string): IntakeError {
  return new IntakeError(
    "too_complex",
    `"${name}" is nested too deeply to read as an article (a line is indented more than ${MAX_MARKDOWN_INDENT} columns by spaces, list or quote markers). Copy the article's text and paste it instead.`,
  );
}
