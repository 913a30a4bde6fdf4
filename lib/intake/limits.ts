/**
 * Limits on what the desk accepts, shown to editors next to the import
 * controls so nobody learns them from an error.
 */

/** Longest article text accepted, in characters (about 30,000 words). */
export const MAX_ARTICLE_CHARS = 200_000;

/** Largest file or web page accepted, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** File extensions "Import file" accepts, lower case with the dot. */
export const ALLOWED_FILE_EXTENSIONS = [".docx", ".md", ".txt", ".html", ".htm"] as const;

export type AllowedFileExtension = (typeof ALLOWED_FILE_EXTENSIONS)[number];

/** How long "Import from URL" waits for a page, in milliseconds. */
export const URL_FETCH_TIMEOUT_MS = 10_000;

// Imported HTML (a page, an .html file, or what a .docx or .md became) is
// measured before it is parsed and again before Readability reads it
// (html-shape.ts): linkedom's parse is quadratic in nesting depth and
// Readability's cleanup cubic, so 2,000 nested <div>s took 80 s and 200,000
// froze a server. Timings below are from a busy 2-core machine.

/**
 * Deepest element nesting read, counting <html> as 1. Article pages stay
 * under about 60; a chain of 200 <div>s takes Readability 0.2–0.6 s.
 */
export const MAX_HTML_DEPTH = 200;

/**
 * Most elements read. A heavy news page has up to about 10,000; reading
 * 30,000 takes Readability over linkedom 1.5–5 s, growing linearly.
 */
export const MAX_HTML_ELEMENTS = 30_000;

/**
 * Most "nesting work", the sum over elements of their depth squared: what
 * Readability's text-density checks cost, as they read the text under every
 * descendant of every block. The Rust book's 24,000-element print page
 * measures 2.2 million; pages at this limit took 0.4–4 s to read.
 */
export const MAX_HTML_NESTING_WORK = 10_000_000;

// A .docx is a zip: 100 KB can unpack to gigabytes, and mammoth spends about
// 20 µs and several KB of memory on each paragraph. Checked before mammoth
// runs (docx-guard.ts), on the bytes unpacked rather than the sizes the zip
// declares.

/**
 * Largest part of a .docx once unpacked (word/document.xml, or an image).
 * The docx library writes a 200,000-character article as 0.6 MB of XML;
 * Word, more verbose, a few MB.
 */
export const MAX_DOCX_PART_BYTES = 25 * 1024 * 1024;

/** Largest .docx once unpacked, all parts together: room for images beside the text. */
export const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** Most paragraphs in a .docx: a 200,000-character article has a few thousand. */
export const MAX_DOCX_PARAGRAPHS = 20_000;

/**
 * Most XML elements in a .docx, all parts together. The docx library spends
 * 14 a paragraph, Word more (runs, their formatting, proofing marks): a
 * full-length article has some 25,000–100,000. mammoth and the cleanup after
 * it take 2–3 s over 200,000.
 */
export const MAX_DOCX_XML_ELEMENTS = 200_000;

/**
 * Widest nesting at the start of a Markdown line, in columns: spaces, tabs,
 * ">" and list markers (markdown-shape.ts): 25 to 50 levels of lists or
 * quotes, far past any article.
 */
export const MAX_MARKDOWN_INDENT = 100;

/** One sentence for the form: what may be imported and how big. */
export const INTAKE_LIMITS_SUMMARY =
  `Files: ${ALLOWED_FILE_EXTENSIONS.join(", ")}, up to ${MAX_FILE_BYTES / 1024 / 1024} MB ` +
  `(Word files: up to ${MAX_DOCX_PARAGRAPHS.toLocaleString("en-US")} paragraphs). ` +
  `Article text: up to ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters.`;
