/**
 * Markdown exports: the fact-check memo (a string) and the corrections log
 * (streamed). Layout is chosen to read well as plain text as much as rendered.
 */
import { CORRECTION_TYPE_LABELS } from "@/lib/workflow/statuses";
import { mdInline, mdLink, mdQuote } from "./markdown-escape";
import { batched, correctionDated, humanDate, humanDay, emptyLogLine, logFilterWords, orderedCorrections, publishedLine, sortClaims } from "./shared";
import { EARLIER_WORDING_NOTE, decisionOf, statusText, dismissalText, earlierWording, noVerdictText, verdictSuffix } from "./decision";
import { correctionsByDate, settledSentence, summarizeMemo } from "./summary";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput } from "./types";
import { STANCE_LABELS } from "@/lib/workflow/statuses";

function claimSection(claim: MemoClaim, index: number, zone: string): string {
  const lines = [`### Claim ${index + 1}`, "", mdQuote(claim.text), ""];
  const decision = decisionOf(claim);
  lines.push(`- **Claimant:** ${claim.claimant ? mdInline(claim.claimant, "  ") : "—"}`);
  lines.push(`- **Status:** ${statusText(claim)}`);
  if (decision.kind === "dismissed") {
    lines.push(`- **Dismissed:** ${mdInline(dismissalText(decision.dismissal), "  ")}`);
    return lines.join("\n");
  }
  if (decision.kind === "none") {
    lines.push(`- **Verdict:** ${noVerdictText(decision)}`);
    return lines.join("\n");
  }
  const v = decision.verdict;
  lines.push(`- **Verdict:** ${mdInline(v.label, "  ")}${verdictSuffix(decision)}`);
  const earlier = earlierWording(claim, v);
  if (earlier) lines.push(`- **Words checked:** ${mdInline(`“${earlier}”`, "  ")} — ${EARLIER_WORDING_NOTE}`);
  lines.push(`- **Reviewer:** ${mdInline(v.reviewer.name, "  ")}${v.submittedAt ? `, submitted ${humanDate(v.submittedAt, zone)}` : ""}`);
  lines.push(`- **Approver:** ${v.approver ? mdInline(v.approver.name, "  ") : "—"}${v.approvedAt ? `, approved ${humanDate(v.approvedAt, zone)}` : ""}`);
  lines.push("", "**Rationale**", "", v.rationale.trim() ? mdQuote(v.rationale) : "—");
  if (claim.evidence.length > 0) {
    lines.push("", "**Evidence**", "");
    claim.evidence.forEach((e, i) => {
      const meta = [e.publisher && mdInline(e.publisher, "   "), STANCE_LABELS[e.stance], e.accessedOn && `accessed ${humanDay(e.accessedOn)}`];
      lines.push(`${i + 1}. ${mdLink(e.title, e.url)} — ${meta.filter(Boolean).join(", ")}`);
      if (e.archiveUrl) lines.push(`   Archived: ${mdLink(e.archiveUrl, e.archiveUrl)}`);
      if (e.quote.trim()) lines.push("", mdQuote(e.quote, "   "), "");
    });
  }
  return lines.join("\n");
}

function correctionEntry(c: ExportCorrection, withArticle: boolean, zone: string): string {
  const head = `- **${CORRECTION_TYPE_LABELS[c.type]}** (${c.status}, ${correctionDated(c, zone, humanDate)})`;
  const lines = [withArticle ? `${head} — ${mdLink(c.article.title, c.article.url)}` : head, ""];
  lines.push(mdQuote(c.note || "(no note)", "  "), "");
  lines.push(`  Original:`, "", mdQuote(c.originalText, "  "), "", `  Corrected:`, "", mdQuote(c.correctedText, "  "));
  return lines.join("\n");
}

/** The fact-check memo for one article as a Markdown document. */
export function memoToMarkdown(input: MemoInput): string {
  const { article, newsroom, timeZone: zone } = input;
  const summary = summarizeMemo(input);
  const out = [
    // A heading is one line, so a title with a line break is joined with a space.
    `# Fact-check memo: ${mdInline(article.title.replace(/\s*[\r\n]+\s*/g, " "))}`,
    "",
    `- **Newsroom:** ${mdLink(newsroom.name, newsroom.url)}`,
    `- **Byline:** ${mdInline(article.byline, "  ") || "—"}`,
    `- **Source:** ${mdLink(article.sourceUrl, article.sourceUrl)}`,
    `- **Deadline:** ${humanDate(article.deadline, zone) || "—"}`,
    `- **Published:** ${publishedLine(article, zone, humanDate)}`,
    `- **Generated:** ${humanDate(input.generatedAt, zone)}`,
    "",
    "## Summary",
    "",
    settledSentence(summary),
    "",
    ...summary.verdictCounts.map((row) => `- ${mdInline(row.label)}: ${row.count}`),
    "",
    "## Claims",
    "",
  ];
  const claims = sortClaims(input.claims);
  if (claims.length === 0) out.push("No claims.", "");
  claims.forEach((claim, i) => out.push(claimSection(claim, i, zone), ""));
  out.push("## Corrections", "");
  const corrections = correctionsByDate(input.corrections);
  if (corrections.length === 0) out.push("No corrections.", "");
  for (const c of corrections) out.push(correctionEntry(c, false, zone), "");
  return `${out.join("\n").trimEnd()}\n`;
}

async function* logParts(input: CorrectionsLogInput): AsyncGenerator<string> {
  yield `# Corrections log: ${mdInline(input.newsroom.name)}\n\n`;
  const zone = input.timeZone;
  yield `- **Range:** ${humanDate(input.range.from, zone)} to ${humanDate(input.range.to, zone)}\n`;
  const filtered = logFilterWords(input.filter);
  if (filtered) yield `- **Only:** ${mdInline(filtered)}\n`;
  yield `- **Generated:** ${humanDate(input.generatedAt, zone)}\n\n`;
  let count = 0;
  for await (const c of orderedCorrections(input.corrections)) {
    yield `${correctionEntry(c, true, zone)}\n\n`;
    count += 1;
  }
  yield count === 0 ? `${emptyLogLine(input.filter)}\n` : `${count} ${count === 1 ? "correction" : "corrections"}.\n`;
}

/** The corrections log as Markdown, streamed in chunks. */
export function correctionsLogToMarkdown(input: CorrectionsLogInput): AsyncIterable<string> {
  return batched(logParts(input));
}
