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

/** One sentence for the form: what may be imported and how big. */
export const INTAKE_LIMITS_SUMMARY =
  `Files: ${ALLOWED_FILE_EXTENSIONS.join(", ")}, up to ${MAX_FILE_BYTES / 1024 / 1024} MB. ` +
  `Article text: up to ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} characters.`;
