/**
 * One entry point for export routes: pick a format, get the body with its
 * content type and file extension. The memo renders in memory; the corrections
 * log comes back as a stream of string chunks (DOCX aside) so a route can pipe it
 * into a Response without holding the whole log.
 */
import { cutAtWord } from "@/lib/text/shorten";
import { correctionsLogToCsv, memoToCsv } from "./csv";
import { correctionsLogToDocx, memoToDocx } from "./docx";
import { correctionsLogToHtml, memoToHtml } from "./html";
import { correctionsLogToJson, memoToJson } from "./json";
import { correctionsLogToJsonLd, memoToJsonLd } from "./jsonld";
import { correctionsLogToMarkdown, memoToMarkdown } from "./markdown";
import { toReadableStream } from "./shared";
import { MEMO_FORMATS, type CorrectionsLogInput, type MemoFormat, type MemoInput } from "./types";

export * from "./types";
export { collectText, compareCorrections, effectiveDate, toReadableStream } from "./shared";
export { memoToMarkdown, correctionsLogToMarkdown } from "./markdown";
export { memoToHtml, correctionsLogToHtml } from "./html";
export { memoToCsv, correctionsLogToCsv, MEMO_CSV_COLUMNS, LOG_CSV_COLUMNS } from "./csv";
export { memoToJson, memoJsonValue, correctionsLogToJson, MEMO_JSON_FORMAT, LOG_JSON_FORMAT, MEMO_JSON_VERSION, LOG_JSON_VERSION } from "./json";
export { memoToJsonLd, memoJsonLdValue, correctionsLogToJsonLd, jsonLdText, claimantType } from "./jsonld";
export { memoToDocx, correctionsLogToDocx, ExportTooLargeError, DOCX_LOG_LIMIT } from "./docx";
export { decisionOf, verdictState } from "./decision";

/** Menu label (PRODUCT.md names), MIME type and extension per format. */
export const EXPORT_FORMATS: Readonly<Record<MemoFormat, { label: string; contentType: string; extension: string }>> = {
  markdown: { label: "Markdown", contentType: "text/markdown; charset=utf-8", extension: "md" },
  html: { label: "HTML", contentType: "text/html; charset=utf-8", extension: "html" },
  csv: { label: "CSV", contentType: "text/csv; charset=utf-8; header=present", extension: "csv" },
  json: { label: "JSON", contentType: "application/json; charset=utf-8", extension: "json" },
  docx: { label: "DOCX", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  jsonld: { label: "ClaimReview JSON-LD", contentType: "application/ld+json; charset=utf-8", extension: "jsonld" },
};

/** Type guard for a format name from a URL or form. */
export function isExportFormat(value: string): value is MemoFormat {
  return (MEMO_FORMATS as readonly string[]).includes(value);
}

export type RenderedMemo = { contentType: string; extension: string; body: string | Uint8Array };
export type RenderedLog = { contentType: string; extension: string; body: AsyncIterable<string> | Uint8Array };

/** Renders the fact-check memo in one format. */
export async function renderMemo(format: MemoFormat, input: MemoInput): Promise<RenderedMemo> {
  const meta = EXPORT_FORMATS[format];
  const body = {
    markdown: () => memoToMarkdown(input),
    html: () => memoToHtml(input),
    csv: () => memoToCsv(input),
    json: () => memoToJson(input),
    jsonld: () => memoToJsonLd(input),
    docx: () => memoToDocx(input),
  }[format]();
  return { contentType: meta.contentType, extension: meta.extension, body: await body };
}

/** Renders the corrections log in one format; text formats stream. */
export async function renderCorrectionsLog(format: MemoFormat, input: CorrectionsLogInput): Promise<RenderedLog> {
  const meta = EXPORT_FORMATS[format];
  const body =
    format === "docx"
      ? await correctionsLogToDocx(input)
      : { markdown: correctionsLogToMarkdown, html: correctionsLogToHtml, csv: correctionsLogToCsv, json: correctionsLogToJson, jsonld: correctionsLogToJsonLd }[format](input);
  return { contentType: meta.contentType, extension: meta.extension, body };
}

/**
 * What to hand to `new Response(...)`: bytes and strings as they are, streams as a
 * ReadableStream. Typed as `BodyInit` because TypeScript 5.9's DOM types accept
 * only ArrayBuffer-backed views there; the bytes here (docx, TextEncoder) always are.
 */
export function responseBody(body: string | Uint8Array | AsyncIterable<string>): BodyInit {
  return (typeof body === "string" || body instanceof Uint8Array ? body : toReadableStream(body)) as BodyInit;
}

export { cutAtWord };

/** The most characters (code points) of the title a file name keeps. */
const MAX_SLUG_CHARS = 60;

/** A download file name: a slug of the title plus the date, e.g. "memo-city-budget-2025-03-01.md". */
export function exportFilename(prefix: string, title: string, isoDate: string, format: MemoFormat): string {
  // Letters and digits of any script stay ("قرار-المجلس", "市议会"): with only Latin
  // ones kept, every Arabic or Chinese article's memo of a day had the same name.
  // Accents come off Latin letters (NFKD, then the marks go); the plain
  // filename= header falls back to ASCII, filename*= keeps these.
  // A mark between digits ("1.234,5", "3.5%") becomes a hyphen, not nothing: "12345" would be another number.
  const slug = title.normalize("NFKD").replace(/\p{M}/gu, "").replace(/(?<=\p{N})[.,:/](?=\p{N})/gu, "-").replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().toLowerCase().replace(/[\s_-]+/g, "-");
  return `${[prefix, cutAtWord(slug.replace(/^-+|-+$/g, ""), MAX_SLUG_CHARS), isoDate.slice(0, 10)].filter(Boolean).join("-")}.${EXPORT_FORMATS[format].extension}`;
}
