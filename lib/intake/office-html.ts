import { applyGoogleDocsClassStyles, dropGoogleDocsComments, isGoogleDocsHtml, liftGoogleDocsTitle, unwrapGoogleRedirects } from "./google-docs-html";
import { stripInvisibleText } from "./invisible";
import { dropNoteBodies, dropNoteMarkers } from "./notes";
import { flattenTables } from "./table-rows";
import { dropWordReviewMarkup, isWordHtml, liftWordTitle, rebuildWordLists, stripWordConditionals } from "./word-html";

/**
 * The one cleanup for HTML that word processors wrote, shared by a paste in
 * the editor (components/editor/paste-html.ts, with the browser's DOMParser)
 * and by importing a file or a page (readable.ts and import-file.ts, with
 * linkedom). It imports no parser and nothing server-only, so the editor's
 * bundle can carry it.
 */
export type ParseHtml = (html: string) => Document;

/**
 * Where the HTML comes from. "clipboard": a paste, treated as Word's output
 * whatever it looks like (Word's clipboard fragments are not always marked as
 * Word's), keeping the text of notes the writer selected. "docx": mammoth's
 * output of a Word file. "page": an .html file or a web page, cleaned as Word
 * or Google Docs output only when it shows their signs; an import drops notes.
 */
export type OfficeSource = "clipboard" | "docx" | "page";

/**
 * Parses HTML with `parse` and cleans it into what the author wrote, before
 * anything reads its text or drops its styles: Word's tracked deletions,
 * comments and "[JS1]" labels, and Google Docs' comments, go (insertions stay
 * as text); footnote and endnote markers go, and on import the notes too;
 * Word's list paragraphs become lists; a Word "Title" or Docs "title"
 * paragraph becomes an H1; Docs' class-styled bold and italic become
 * <strong>/<em>; links through Google's redirect point at their target;
 * tables become a paragraph per row (table-rows.ts); and soft hyphens and
 * other invisible characters leave the text (invisible.ts). Returns the
 * parsed document, cleaned in place.
 */
export function cleanOfficeHtml(html: string, parse: ParseHtml, source: OfficeSource): Document {
  const word = source === "clipboard" || isWordHtml(html);
  const docs = isGoogleDocsHtml(html);
  const markup = word ? stripWordConditionals(html) : html;
  const document = parse(/<(?:html|body)[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`);
  if (docs) {
    dropGoogleDocsComments(document);
    applyGoogleDocsClassStyles(document);
    liftGoogleDocsTitle(document);
  }
  if (word) {
    dropWordReviewMarkup(document);
    liftWordTitle(document);
  }
  if (word || docs || source === "docx") {
    if (source !== "clipboard") dropNoteBodies(document);
    dropNoteMarkers(document);
  }
  if (word) rebuildWordLists(document);
  unwrapGoogleRedirects(document);
  flattenTables(document);
  stripInvisibleText(document);
  return document;
}
