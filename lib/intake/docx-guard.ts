import { IntakeError } from "./errors";
import { MAX_DOCX_PARAGRAPHS, MAX_DOCX_PART_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_ELEMENTS } from "./limits";
import { listZipEntries, unpackZipEntry } from "./zip-entries";

/**
 * Checks a .docx before mammoth reads it. A .docx is a zip, and mammoth
 * unpacks and parses whatever it holds: a 100 KB file whose document unpacked
 * to 34 MB (1,000,000 empty paragraphs) held a server for 90 s and 4 GB
 * before the text was found too long. So every part is unpacked here first,
 * with a cap on its output rather than trust in the size the zip declares,
 * and its XML start tags and paragraphs counted. Every part, not only
 * word/document.xml: the document's relationships may name any part as the
 * main document, and mammoth also reads styles, numbering, notes and comments.
 */

const MB = 1024 * 1024;

export type DocxCounts = { elements: number; paragraphs: number };

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

/**
 * XML start tags ("<" then a name: not "</", "<?" or "<!") and Word
 * paragraphs (<w:p>, <w:p …>, <w:p/>) in a part, added to `counts`.
 */
export function countXml(part: Uint8Array, counts: DocxCounts): void {
  for (let at = part.indexOf(0x3c); at !== -1; at = part.indexOf(0x3c, at + 1)) {
    const next = part[at + 1];
    // Name start characters: ASCII letters, "_", ":" and anything non-ASCII.
    if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x3a || next >= 0x80)) continue;
    counts.elements++;
    if (next === 0x77 /* w */ && part[at + 2] === 0x3a && part[at + 3] === 0x70) {
      const after = part[at + 4];
      if (after === 0x3e || after === 0x2f || isWhitespace(after)) counts.paragraphs++;
    }
  }
}

/**
 * Refuses, before mammoth runs, a .docx that unpacks past
 * MAX_DOCX_PART_BYTES in any part or MAX_DOCX_UNPACKED_BYTES in all (IntakeError
 * "too_big"), or holds more than MAX_DOCX_PARAGRAPHS paragraphs or
 * MAX_DOCX_XML_ELEMENTS XML elements ("too_complex"). Declared sizes refuse
 * early; the bytes unpacked decide. Throws ZipFormatError for a damaged or
 * unusual zip, which the caller reports as not a Word document.
 */
export function assertDocxWithinLimits(name: string, bytes: Uint8Array): DocxCounts {
  const quoted = `"${name}"`;
  const remedy = "Remove large images, or save the article alone as a new .docx, and retry; or copy its text and paste it.";
  const partTooBig = () =>
    new IntakeError("too_big", `${quoted} holds a part (its text, or an image) that unpacks to more than ${MAX_DOCX_PART_BYTES / MB} MB, far more than an article needs. ${remedy}`);
  const tooBig = () =>
    new IntakeError("too_big", `${quoted} unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / MB} MB, far more than an article needs. ${remedy}`);

  const entries = listZipEntries(bytes);
  // What the zip declares refuses the plain cases without unpacking anything.
  if (entries.some((entry) => entry.declaredSize > MAX_DOCX_PART_BYTES)) throw partTooBig();
  if (entries.reduce((sum, entry) => sum + entry.declaredSize, 0) > MAX_DOCX_UNPACKED_BYTES) throw tooBig();

  const counts: DocxCounts = { elements: 0, paragraphs: 0 };
  let budget = MAX_DOCX_UNPACKED_BYTES;
  for (const entry of entries) {
    const limit = Math.min(MAX_DOCX_PART_BYTES, budget);
    const part = unpackZipEntry(bytes, entry, limit);
    if (part === null) throw limit < MAX_DOCX_PART_BYTES ? tooBig() : partTooBig();
    budget -= part.byteLength;
    countXml(part, counts);
    if (counts.paragraphs > MAX_DOCX_PARAGRAPHS) {
      throw new IntakeError(
        "too_complex",
        `${quoted} has more than ${MAX_DOCX_PARAGRAPHS.toLocaleString("en-US")} paragraphs; an article has far fewer. Split it into separate articles, or copy the article's text and paste it.`,
      );
    }
    if (counts.elements > MAX_DOCX_XML_ELEMENTS) {
      throw new IntakeError(
        "too_complex",
        `${quoted} is too complex to import (more than ${MAX_DOCX_XML_ELEMENTS.toLocaleString("en-US")} pieces of text and formatting). Save the article alone as a new .docx, or copy its text and paste it.`,
      );
    }
  }
  return counts;
}
