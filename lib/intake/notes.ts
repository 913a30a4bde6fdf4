import { classesOf, styleOf, tagOf } from "./dom-helpers";

/**
 * Footnotes and endnotes as Word (saved as a web page or copied), Google Docs
 * (exported as HTML) and mammoth (our .docx converter) write them. A note's
 * reference marker ("[1]") is never article text: left in, a claim ends
 * "…on Tuesday.[1]". The notes themselves are sources, not claims; an imported
 * document carries them all at its end, so an import drops them, while a paste
 * keeps the note text the writer selected (only its marker goes).
 */

// Marker and back-link addresses: Word "#_ftn1"/"#_ftnref1" (and "_edn"),
// Google Docs "#ftnt1"/"#ftnt_ref1", mammoth "#footnote-1"/"#footnote-ref-1"
// (and "endnote-").
const NOTE_HREF = /^#(?:_ftn|_edn|ftnt|footnote-|endnote-)/i;
const WORD_NOTE_CLASS = /^(?:MsoFootnoteReference|MsoEndnoteReference)$/i;

/** A footnote or endnote reference marker, or a note's link back to its marker. */
export function isNoteMarker(element: Element): boolean {
  if (tagOf(element) === "a" && NOTE_HREF.test(element.getAttribute("href") ?? "")) return true;
  if (/mso-footnote-id|mso-endnote-id|mso-special-character:(?:footnote|endnote)/.test(styleOf(element))) return true;
  return classesOf(element).some((c) => WORD_NOTE_CLASS.test(c));
}

/**
 * The block holding one Google Docs note (or comment): its own <div> when the
 * export gave it one, as it does, else the paragraph.
 */
export function googleDocsNoteBlock(anchor: Element): Element {
  const div = anchor.closest("div");
  if (div && div.parentElement === anchor.ownerDocument.body) return div;
  return anchor.closest("p") ?? anchor;
}

/** Removes every note (the notes, not their markers) from the document. */
export function dropNoteBodies(document: Document): void {
  // Word: the footnote and endnote lists at the end of the document.
  for (const list of [...document.querySelectorAll("div[style]")]) {
    if (/mso-element:(?:footnote|endnote)/.test(styleOf(list))) list.remove();
  }
  // Google Docs: each note starts with a link back to its marker.
  for (const anchor of [...document.querySelectorAll('a[href^="#ftnt_ref"]')]) {
    if (anchor.isConnected) googleDocsNoteBlock(anchor).remove();
  }
  // mammoth: an <ol> of <li id="footnote-1">, after the text.
  for (const item of [...document.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]')]) {
    const list = item.parentElement;
    item.remove();
    if (list && list.children.length === 0) list.remove();
  }
}

/** Removes every note reference marker (and a kept note's link back to its marker). */
export function dropNoteMarkers(document: Document): void {
  for (const element of [...document.querySelectorAll("*")]) {
    if (element.isConnected && isNoteMarker(element)) element.remove();
  }
}
