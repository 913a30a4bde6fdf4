import mammoth from "mammoth";
import { marked } from "marked";
import { assertDocxWithinLimits } from "./docx-guard";
import { IntakeError } from "./errors";
import { ALLOWED_FILE_EXTENSIONS, MAX_ARTICLE_CHARS, MAX_FILE_BYTES, type AllowedFileExtension } from "./limits";
import { liftArticleLead } from "./lead";
import { assertMarkdownReadable, markdownTooDeep } from "./markdown-shape";
import { stripInvisibleCharacters } from "./invisible";
import type { OfficeSource } from "./office-html";
import { extractReadableArticle, htmlTextLength, parseImportedHtml } from "./readable";
import { sanitizeArticleHtml } from "./sanitize";
import { decodeHtmlFile, decodeTextFile, plainTextToHtml } from "./text";
import { ZipFormatError } from "./zip-entries";

export type ImportedArticle = { html: string; title?: string; byline?: string };

/** A .docx is a zip archive; every zip starts with these bytes. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function extensionOf(name: string): AllowedFileExtension | null {
  const dot = name.lastIndexOf(".");
  const extension = dot === -1 ? "" : name.slice(dot).toLowerCase();
  return ALLOWED_FILE_EXTENSIONS.find((allowed) => allowed === extension) ?? null;
}

// Word's "Title" style is the headline, as "Heading 1" is (mammoth maps only
// the headings by default, leaving a Title-styled headline as a paragraph).
const DOCX_STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

// Images never reach the article (the sanitizer drops them), so mammoth is
// not to unpack them either: by default it writes every image into the HTML
// as a data URI, once per place it appears. A 1 MB image placed 200 times (a
// 1.1 MB file) made 280 MB of HTML in 6 s.
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: "" }));

async function docxToHtml(name: string, bytes: Uint8Array): Promise<string> {
  const notWord = (cause?: unknown) =>
    new IntakeError(
      "not_docx",
      `"${name}" is not a readable Word document. It may be damaged, password-protected or another kind of file renamed .docx. Open it in Word, save it again as .docx, and retry.`,
      { cause },
    );
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw notWord();
  // Before mammoth unpacks anything: a small .docx can unpack to gigabytes (docx-guard.ts).
  try {
    assertDocxWithinLimits(name, bytes);
  } catch (error) {
    throw error instanceof ZipFormatError ? notWord(error) : error;
  }
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: DOCX_STYLE_MAP, convertImage: SKIP_IMAGES });
    return result.value;
  } catch (cause) {
    throw notWord(cause);
  }
}

async function markdownToHtml(name: string, markdown: string): Promise<string> {
  // Before marked, which is slow and recursive on deep nesting (markdown-shape.ts).
  assertMarkdownReadable(name, markdown);
  try {
    return await marked.parse(markdown, { gfm: true });
  } catch (error) {
    // Its stack overflowing on nesting the check let through.
    if (error instanceof RangeError) throw markdownTooDeep(name);
    throw error;
  }
}

/**
 * Converted HTML (mammoth's, marked's, or a page that is not laid out as an
 * article) to the editor's: cleaned (office-html.ts), sanitized, and its
 * headline and byline lifted into their fields (lead.ts). A page's <title>
 * names the article only when the text has no headline: Word fills it from
 * the document's properties or its file name.
 */
function articleFromHtml(html: string, source: OfficeSource, subject: string): ImportedArticle {
  const document = parseImportedHtml(html, undefined, source, subject);
  const lead = liftArticleLead(sanitizeArticleHtml(document.body?.innerHTML ?? ""));
  const title = lead.title || document.querySelector("title")?.textContent?.trim() || undefined;
  return title ? { ...lead, title } : lead;
}

async function convert(name: string, extension: AllowedFileExtension, bytes: Uint8Array): Promise<ImportedArticle> {
  // Names the file in the errors of parsing what it became (html-shape.ts).
  const subject = `"${name}"`;
  if (extension === ".docx") return articleFromHtml(await docxToHtml(name, bytes), "docx", subject);
  if (extension === ".txt") return liftArticleLead(plainTextToHtml(stripInvisibleCharacters(decodeTextFile(name, bytes)), { headline: true }));
  if (extension === ".md") return articleFromHtml(await markdownToHtml(name, decodeTextFile(name, bytes)), "page", subject);
  const text = decodeHtmlFile(name, bytes);
  try {
    const article = extractReadableArticle(text, undefined, { subject });
    return { html: article.html, title: article.title || undefined, byline: article.byline ?? undefined };
  } catch (error) {
    if (!(error instanceof IntakeError) || error.code !== "not_article") throw error;
    // A fragment or a bare page (not an article layout): keep its body.
    return articleFromHtml(text, "page", subject);
  }
}

/**
 * Turns an uploaded file into sanitized article HTML for the editor:
 * .docx through mammoth, .md through marked, .txt with paragraphs on blank
 * lines (single line breaks kept), .html/.htm through Readability (or its
 * whole body when it is not laid out as an article). Refuses files over
 * MAX_FILE_BYTES, other types, binaries posing as text, invalid UTF-8, broken
 * .docx, a .docx that unpacks too big or holds too many paragraphs
 * (docx-guard.ts), HTML nested too deeply or with too many elements to read
 * (html-shape.ts), and results with no text or over MAX_ARTICLE_CHARS, each
 * with an IntakeError an editor can act on. The title and byline, when found, are
 * suggestions (the document's leading heading and "By …" line, taken out of
 * the text, or the page's own); H1s left in the text become H2s.
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportedArticle> {
  const extension = extensionOf(name);
  if (extension === null) {
    throw new IntakeError(
      "unsupported_type",
      `"${name}" cannot be imported. Use a ${ALLOWED_FILE_EXTENSIONS.join(", ")} file, or paste the text into the editor.`,
    );
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new IntakeError(
      "file_too_big",
      `"${name}" is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB. Remove images or split the file, then try again.`,
    );
  }
  const article = await convert(name, extension, bytes);
  const length = htmlTextLength(article.html, `"${name}"`);
  if (length === 0) {
    throw new IntakeError("empty", `"${name}" has no text to import. Check that you picked the right file.`);
  }
  if (length > MAX_ARTICLE_CHARS) {
    throw new IntakeError(
      "too_long",
      `"${name}" has ${length.toLocaleString("en-US")} characters of text; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}. Split it into separate articles.`,
    );
  }
  return article;
}
