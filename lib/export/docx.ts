/**
 * DOCX exports through the `docx` library. Built in memory: a Word file is a zip
 * whose central directory is written last, so it cannot usefully stream, and a
 * 1,000-claim memo is a few megabytes.
 *
 * The document text is deterministic. The zip bytes are not quite: fflate stamps
 * entries with the current time, and docx gives hyperlinks random relationship
 * ids. We do pin the document properties (created/modified = generatedAt).
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import { CORRECTION_TYPE_LABELS } from "@/lib/workflow/statuses";
import { correctionDated, humanDate, humanDay, iso, emptyLogLine, logFilterWords, orderedCorrections, publishedLine, sortClaims } from "./shared";
import { EARLIER_WORDING_NOTE, decisionOf, statusText, dismissalText, earlierWording, noVerdictText, verdictSuffix } from "./decision";
import { correctionsByDate, settledSentence, summarizeMemo } from "./summary";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput } from "./types";
import { STANCE_LABELS } from "@/lib/workflow/statuses";

// Characters XML 1.0 forbids; Word refuses a file that contains them.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const FIRST_STRONG = /[\p{L}]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** True when the first letter is Hebrew, Arabic or another right-to-left script. */
function isRtl(text: string): boolean {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/** Runs for multi-line text: one run per line, a line break before each after the first. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const rtl = isRtl(text);
  return text
    .replace(XML_INVALID, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, rightToLeft: rtl || undefined, ...style }));
}

function para(children: ParagraphChild[], options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; indent?: boolean; rtlOf?: string } = {}): Paragraph {
  return new Paragraph({
    children,
    heading: options.heading,
    indent: options.indent ? { left: 567 } : undefined,
    bidirectional: options.rtlOf !== undefined && isRtl(options.rtlOf) ? true : undefined,
  });
}

const field = (label: string, value: string) => para([new TextRun({ text: `${label}: `, bold: true }), ...runs(value)], { rtlOf: value });
const text = (value: string, indent = false) => para(runs(value), { indent, rtlOf: value });
/** A link; without an address (an article not online yet) the words alone, or a dash. */
const hyperlink = (label: string, url: string) =>
  url.trim()
    ? new ExternalHyperlink({ link: url, children: [new TextRun({ text: (label || url).replace(XML_INVALID, ""), style: "Hyperlink" })] })
    : new TextRun((label || "—").replace(XML_INVALID, ""));

function claimParagraphs(claim: MemoClaim, index: number, zone: string): Paragraph[] {
  const decision = decisionOf(claim);
  const out = [para([new TextRun(`Claim ${index + 1}`)], { heading: HeadingLevel.HEADING_3 }), text(claim.text, true)];
  out.push(field("Claimant", claim.claimant ?? "—"), field("Status", statusText(claim)));
  if (decision.kind === "dismissed") return [...out, field("Dismissed", dismissalText(decision.dismissal))];
  if (decision.kind === "none") return [...out, field("Verdict", noVerdictText(decision))];
  const v = decision.verdict;
  out.push(field("Verdict", `${v.label}${verdictSuffix(decision)}`));
  const earlier = earlierWording(claim, v);
  if (earlier) out.push(field("Words checked", `“${earlier}” — ${EARLIER_WORDING_NOTE}`));
  out.push(field("Reviewer", `${v.reviewer.name}${v.submittedAt ? `, submitted ${humanDate(v.submittedAt, zone)}` : ""}`));
  out.push(field("Approver", v.approver ? `${v.approver.name}${v.approvedAt ? `, approved ${humanDate(v.approvedAt, zone)}` : ""}` : "—"));
  out.push(para([new TextRun({ text: "Rationale", bold: true })]), text(v.rationale || "—", true));
  if (claim.evidence.length > 0) out.push(para([new TextRun({ text: "Evidence", bold: true })]));
  claim.evidence.forEach((e, i) => {
    const meta = [e.publisher, STANCE_LABELS[e.stance], e.accessedOn ? `accessed ${humanDay(e.accessedOn)}` : ""].filter(Boolean).join(", ");
    out.push(para([new TextRun(`${i + 1}. `), hyperlink(e.title, e.url), ...runs(` — ${meta}`)], { rtlOf: e.title }));
    if (e.archiveUrl) out.push(para([new TextRun("Archived: "), hyperlink(e.archiveUrl, e.archiveUrl)], { indent: true }));
    if (e.quote.trim()) out.push(para(runs(e.quote, { italics: true }), { indent: true, rtlOf: e.quote }));
  });
  return out;
}

function correctionParagraphs(c: ExportCorrection, withArticle: boolean, zone: string): Paragraph[] {
  const dated = correctionDated(c, zone, humanDate);
  const out = [para([new TextRun(`${CORRECTION_TYPE_LABELS[c.type]} (${c.status}, ${dated})`)], { heading: HeadingLevel.HEADING_3 })];
  if (withArticle) out.push(para([new TextRun("Article: "), hyperlink(c.article.title, c.article.url)]));
  out.push(text(c.note || "(no note)"), field("Original", c.originalText), field("Corrected", c.correctedText));
  return out;
}

/** Replaces docx's clock-stamped core properties with ones dated `generatedAt`. */
function coreProperties(title: string, creator: string, generatedAt: string) {
  const xml = (s: string) => s.replace(XML_INVALID, "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const when = iso(generatedAt).replace(/\.\d{3}Z$/, "Z");
  const data = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(title)}</dc:title><dc:creator>${xml(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
  return [{ path: "docProps/core.xml", data }];
}

async function pack(title: string, creator: string, generatedAt: string, children: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({ title, creator, sections: [{ children }] });
  return Packer.toBuffer(doc, false, coreProperties(title, creator, generatedAt));
}

/** The fact-check memo as a Word document. */
export async function memoToDocx(input: MemoInput): Promise<Uint8Array> {
  const { article, timeZone: zone } = input;
  const summary = summarizeMemo(input);
  const children = [
    para(runs(`Fact-check memo: ${article.title}`), { heading: HeadingLevel.TITLE, rtlOf: article.title }),
    field("Newsroom", input.newsroom.name),
    field("Byline", article.byline || "—"),
    para([new TextRun({ text: "Source: ", bold: true }), hyperlink(article.sourceUrl, article.sourceUrl)]),
    field("Deadline", humanDate(article.deadline, zone) || "—"),
    field("Published", publishedLine(article, zone, humanDate)),
    field("Generated", humanDate(input.generatedAt, zone)),
    para([new TextRun("Summary")], { heading: HeadingLevel.HEADING_2 }),
    text(settledSentence(summary)),
    ...summary.verdictCounts.map((row) => text(`${row.label}: ${row.count}`)),
    para([new TextRun("Claims")], { heading: HeadingLevel.HEADING_2 }),
  ];
  const claims = sortClaims(input.claims);
  if (claims.length === 0) children.push(text("No claims."));
  claims.forEach((claim, i) => children.push(...claimParagraphs(claim, i, zone)));
  children.push(para([new TextRun("Corrections")], { heading: HeadingLevel.HEADING_2 }));
  const corrections = correctionsByDate(input.corrections);
  if (corrections.length === 0) children.push(text("No corrections."));
  for (const c of corrections) children.push(...correctionParagraphs(c, false, zone));
  return pack(`Fact-check memo: ${article.title}`, input.newsroom.name, input.generatedAt, children);
}

/**
 * Thrown when a log is too long for DOCX. docx holds the whole document as
 * objects (about 35 KB per correction measured): 100,000 corrections took 78 s
 * and 3.5 GB, enough to take a server down. Routes should answer 413 and point
 * to CSV or JSON, which stream.
 */
export class ExportTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Too many corrections for a Word document (limit ${limit}); export CSV or JSON instead.`);
    this.name = "ExportTooLargeError";
  }
}

export const DOCX_LOG_LIMIT = 20_000;

/** The corrections log as a Word document, refusing more than `limit` corrections (see ExportTooLargeError). */
export async function correctionsLogToDocx(input: CorrectionsLogInput, limit = DOCX_LOG_LIMIT): Promise<Uint8Array> {
  const children = [
    para(runs(`Corrections log: ${input.newsroom.name}`), { heading: HeadingLevel.TITLE }),
    field("Range", `${humanDate(input.range.from, input.timeZone)} to ${humanDate(input.range.to, input.timeZone)}`),
    field("Generated", humanDate(input.generatedAt, input.timeZone)),
  ];
  const filtered = logFilterWords(input.filter);
  if (filtered) children.push(field("Only", filtered));
  let count = 0;
  for await (const c of orderedCorrections(input.corrections)) {
    if (count === limit) throw new ExportTooLargeError(limit);
    children.push(...correctionParagraphs(c, true, input.timeZone));
    count += 1;
  }
  if (count === 0) children.push(text(emptyLogLine(input.filter)));
  return pack(`Corrections log: ${input.newsroom.name}`, input.newsroom.name, input.generatedAt, children);
}
