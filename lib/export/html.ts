/**
 * HTML exports: a standalone, print-friendly document for the memo and a
 * streamed one for the corrections log. Every piece of stored text goes through
 * `esc`; user text sits in `dir="auto"` elements so right-to-left claims render
 * in their own direction, with `white-space: pre-line` keeping their line breaks.
 */
import { CORRECTION_TYPE_LABELS } from "@/lib/workflow/statuses";
import { PAGE_END, esc, link, pageStart, time } from "./html-page";
import { batched, correctionDated, humanDate, humanDay, iso, emptyLogLine, logFilterWords, orderedCorrections, publishedLine, sortClaims } from "./shared";
import { EARLIER_WORDING_NOTE, decisionOf, statusText, dismissalText, earlierWording, noVerdictText, ratingText, verdictNotes } from "./decision";
import { correctionsByDate, settledSentence, summarizeMemo } from "./summary";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput } from "./types";
import { STANCE_LABELS } from "@/lib/workflow/statuses";

const text = (value: string, tag = "div") => `<${tag} class="text" dir="auto">${esc(value)}</${tag}>`;
const when = (value: string | null | undefined, zone: string) => time(iso(value), humanDate(value, zone));

function claimHtml(claim: MemoClaim, index: number, colors: Map<string, string>, zone: string): string {
  const decision = decisionOf(claim);
  const rows = [
    `<dt>Claimant</dt><dd dir="auto">${claim.claimant ? esc(claim.claimant) : "—"}</dd>`,
    `<dt>Status</dt><dd>${esc(statusText(claim))}</dd>`,
  ];
  const parts = [`<article class="claim" id="claim-${esc(claim.id)}">`, `<h3>Claim ${index + 1}</h3>`, `<blockquote>${text(claim.text)}</blockquote>`];
  if (decision.kind !== "verdict") {
    rows.push(decision.kind === "dismissed" ? `<dt>Dismissed</dt><dd>${text(dismissalText(decision.dismissal), "span")}</dd>` : `<dt>Verdict</dt><dd>${esc(noVerdictText(decision))}</dd>`);
    parts.push(`<dl class="meta">${rows.join("")}</dl>`, `</article>`);
    return parts.join("\n");
  }
  const v = decision.verdict;
  // Scale colours are admin input; only a hex colour reaches the style attribute.
  const stored = colors.get(v.key) ?? "";
  const color = /^#[0-9a-f]{3,8}$/i.test(stored) ? stored : "#59636e";
  const pending = verdictNotes(decision);
  const notes = pending.length > 0 ? ` — <strong>${esc(pending.join("; "))}</strong>` : "";
  rows.push(`<dt>Verdict</dt><dd><span class="verdict" style="background:${esc(color)}">${esc(v.label)}</span>${esc(ratingText(v.ratingValue))} <span class="muted">version ${v.version}</span>${notes}</dd>`);
  const earlier = earlierWording(claim, v);
  if (earlier) rows.push(`<dt>Words checked</dt><dd>${text(`“${earlier}”`, "span")} <span class="muted">— ${esc(EARLIER_WORDING_NOTE)}</span></dd>`);
  rows.push(`<dt>Reviewer</dt><dd>${esc(v.reviewer.name)}, submitted ${when(v.submittedAt, zone)}</dd>`);
  rows.push(`<dt>Approver</dt><dd>${v.approver ? `${esc(v.approver.name)}, approved ${when(v.approvedAt, zone)}` : "—"}</dd>`);
  parts.push(`<dl class="meta">${rows.join("")}</dl>`, `<h4>Rationale</h4>`, text(v.rationale || "—"));
  if (claim.evidence.length > 0) {
    const items = claim.evidence.map((e) => {
      const meta = [e.publisher && esc(e.publisher), esc(STANCE_LABELS[e.stance]), e.accessedOn && `accessed ${time(humanDay(e.accessedOn), humanDay(e.accessedOn))}`].filter(Boolean);
      const archive = e.archiveUrl ? `<br><span class="muted">Archived:</span> ${link(e.archiveUrl, e.archiveUrl)}` : "";
      const quote = e.quote.trim() ? `<blockquote>${text(e.quote)}</blockquote>` : "";
      return `<li><span dir="auto">${link(e.title, e.url)}</span> — ${meta.join(", ")}${archive}${quote}</li>`;
    });
    parts.push(`<h4>Evidence</h4>`, `<ol class="evidence">${items.join("\n")}</ol>`);
  }
  parts.push(`</article>`);
  return parts.join("\n");
}

function correctionHtml(c: ExportCorrection, withArticle: boolean, zone: string): string {
  const dated = correctionDated(c, zone, when);
  return [
    `<article class="correction" id="correction-${esc(c.id)}">`,
    `<h3>${esc(CORRECTION_TYPE_LABELS[c.type])} <span class="muted">(${esc(c.status)}, ${dated})</span></h3>`,
    withArticle ? `<p>Article: <span dir="auto">${link(c.article.title, c.article.url)}</span></p>` : "",
    text(c.note || "(no note)", "p"),
    `<dl class="meta"><dt>Original</dt><dd>${text(c.originalText)}</dd><dt>Corrected</dt><dd>${text(c.correctedText)}</dd></dl>`,
    `</article>`,
  ].filter(Boolean).join("\n");
}

/** The fact-check memo for one article as a standalone HTML document. */
export function memoToHtml(input: MemoInput): string {
  const { article, newsroom, timeZone: zone } = input;
  const summary = summarizeMemo(input);
  const colors = new Map(input.scale.map((e) => [e.key, e.color]));
  const out = [
    pageStart(`Fact-check memo: ${article.title}`),
    `<header><p class="muted">${link(newsroom.name, newsroom.url)} · Fact-check memo</p><h1 dir="auto">${esc(article.title)}</h1>`,
    `<dl class="meta"><dt>Byline</dt><dd dir="auto">${esc(article.byline) || "—"}</dd><dt>Source</dt><dd>${link(article.sourceUrl, article.sourceUrl)}</dd>`,
    `<dt>Deadline</dt><dd>${when(article.deadline, zone)}</dd><dt>Published</dt><dd>${article.publishedAt ? when(article.publishedAt, zone) : esc(publishedLine(article, zone, when))}</dd><dt>Generated</dt><dd>${when(input.generatedAt, zone)}</dd></dl></header>`,
    `<section><h2>Summary</h2><p>${esc(settledSentence(summary))}</p>`,
    `<table>${summary.verdictCounts.map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${r.count}</td></tr>`).join("")}</table></section>`,
    `<section><h2>Claims</h2>`,
  ];
  const claims = sortClaims(input.claims);
  if (claims.length === 0) out.push(`<p>No claims.</p>`);
  claims.forEach((claim, i) => out.push(claimHtml(claim, i, colors, zone)));
  out.push(`</section>`, `<section><h2>Corrections</h2>`);
  const corrections = correctionsByDate(input.corrections);
  if (corrections.length === 0) out.push(`<p>No corrections.</p>`);
  for (const c of corrections) out.push(correctionHtml(c, false, zone));
  out.push(`</section>`, PAGE_END);
  return out.join("\n");
}

async function* logParts(input: CorrectionsLogInput): AsyncGenerator<string> {
  yield pageStart(`Corrections log: ${input.newsroom.name}`);
  yield `<header><p class="muted">${link(input.newsroom.name, input.newsroom.url)}</p><h1>Corrections log</h1>\n`;
  const zone = input.timeZone;
  const filtered = logFilterWords(input.filter);
  yield `<p>${when(input.range.from, zone)} to ${when(input.range.to, zone)} · generated ${when(input.generatedAt, zone)}</p>${filtered ? `<p><strong>Only:</strong> <span dir="auto">${esc(filtered)}</span></p>` : ""}</header>\n<main>\n`;
  let count = 0;
  for await (const c of orderedCorrections(input.corrections)) {
    yield `${correctionHtml(c, true, zone)}\n`;
    count += 1;
  }
  yield count === 0 ? `<p>${emptyLogLine(input.filter)}</p>\n` : `<p class="muted">${count} ${count === 1 ? "correction" : "corrections"}.</p>\n`;
  yield `</main>\n${PAGE_END}`;
}

/** The corrections log as a standalone HTML document, streamed in chunks. */
export function correctionsLogToHtml(input: CorrectionsLogInput): AsyncIterable<string> {
  return batched(logParts(input));
}
