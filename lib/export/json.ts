/**
 * JSON exports in a documented, versioned shape (see lib/export/README.md).
 * Keys are written in a fixed order and missing values are explicit nulls, so
 * consumers can rely on every key being present and golden files stay stable.
 * Bump the version on any change a consumer could notice; adding a key is one.
 */
import { verdictState } from "./decision";
import { batched, iso, logFilterWords, orderedCorrections, sortClaims } from "./shared";
import { correctionsByDate, summarizeMemo } from "./summary";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput } from "./types";

export const MEMO_JSON_FORMAT = "factcheck-desk/memo";
export const LOG_JSON_FORMAT = "factcheck-desk/corrections-log";
/**
 * Memo v2 added `verdict.state`, `draftInProgress` and `dismissal`, and the
 * summary now tallies approved verdicts only ("No approved verdict" for the
 * rest). Memo v3 added `verdict.checkedText`, the claim's words the verdict was
 * given for (null when not known), `lost`, and `summary.lost` (lost claims
 * are left out of the summary's other counts). Memo v4 counts dismissed claims
 * in their own summary row ("Dismissed", key null) instead of under "No approved
 * verdict". Memo v5: `verdict` is the approved version while one stands (a
 * reopened claim keeps it until a newer one is approved), `draftInProgress` says a
 * newer version of any state is in progress, and the summary counts an approved
 * verdict on a claim being checked again; its corrections carry `amendedAt`, as
 * in log v2 (when a published correction's wording last changed, else null; log
 * v2 also has `filter`, null for the whole log), and
 * `article.spiked` says the desk decided the article will not run. Memo v6:
 * evidence gives `accessedOn`, the calendar day the source was read
 * ("2025-03-01"), instead of `accessedAt`, that day's midnight UTC as an instant.
 * Memo v7: `summary.rechecking`, the claims reopened after sign-off whose approved
 * verdict the tally counts while they are checked again (not among `settled`).
 */
export const MEMO_JSON_VERSION = 7;
export const LOG_JSON_VERSION = 2;

function claimJson(claim: MemoClaim) {
  const v = claim.verdict;
  return {
    id: claim.id,
    position: claim.position,
    text: claim.text,
    claimant: claim.claimant,
    status: claim.status,
    dismissal: claim.dismissal ? { reason: claim.dismissal.reason, note: claim.dismissal.note } : null,
    draftInProgress: claim.draftInProgress === true,
    lost: claim.lost === true,
    verdict: v && {
      key: v.key,
      label: v.label,
      ratingValue: v.ratingValue,
      rationale: v.rationale,
      checkedText: v.checkedText ?? null,
      version: v.version,
      state: verdictState(v),
      reviewer: { name: v.reviewer.name },
      submittedAt: iso(v.submittedAt),
      approver: v.approver && { name: v.approver.name },
      approvedAt: iso(v.approvedAt),
    },
    evidence: claim.evidence.map((e) => ({
      url: e.url,
      title: e.title,
      publisher: e.publisher,
      quote: e.quote,
      stance: e.stance,
      accessedOn: e.accessedOn,
      archiveUrl: e.archiveUrl,
    })),
  };
}

function correctionJson(c: ExportCorrection) {
  return {
    id: c.id,
    type: c.type,
    status: c.status,
    originalText: c.originalText,
    correctedText: c.correctedText,
    note: c.note,
    createdAt: iso(c.createdAt),
    publishedAt: iso(c.publishedAt),
    amendedAt: iso(c.amendedAt),
    article: { title: c.article.title, url: c.article.url },
  };
}

/** The memo as a JS value in the v1 shape (what `memoToJson` serialises). */
export function memoJsonValue(input: MemoInput) {
  const { article, newsroom } = input;
  const summary = summarizeMemo(input);
  return {
    format: MEMO_JSON_FORMAT,
    version: MEMO_JSON_VERSION,
    generatedAt: iso(input.generatedAt),
    newsroom: { name: newsroom.name, url: newsroom.url },
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      deadline: iso(article.deadline),
      publishedAt: iso(article.publishedAt),
      spiked: article.spiked === true,
    },
    scale: [...input.scale]
      .sort((a, b) => a.position - b.position)
      .map((e) => ({ key: e.key, label: e.label, ratingValue: e.ratingValue, needsCorrection: e.needsCorrection })),
    summary: { total: summary.total, settled: summary.settled, rechecking: summary.rechecking, lost: summary.lost, verdicts: summary.verdictCounts },
    claims: sortClaims(input.claims).map(claimJson),
    corrections: correctionsByDate(input.corrections).map(correctionJson),
  };
}

/** The memo as pretty-printed JSON text with a trailing newline. */
export function memoToJson(input: MemoInput): string {
  return `${JSON.stringify(memoJsonValue(input), null, 2)}\n`;
}

/** Indents a pretty-printed value so it nests inside the streamed array. */
function nested(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, "\n    ");
}

async function* logParts(input: CorrectionsLogInput): AsyncGenerator<string> {
  const head = {
    format: LOG_JSON_FORMAT,
    version: LOG_JSON_VERSION,
    generatedAt: iso(input.generatedAt),
    newsroom: { name: input.newsroom.name, url: input.newsroom.url },
    range: { from: iso(input.range.from), to: iso(input.range.to) },
    // Null for the whole log; else what it was narrowed to.
    filter: logFilterWords(input.filter)
      ? { articleId: input.filter?.article?.id ?? null, articleTitle: input.filter?.article?.title ?? null, type: input.filter?.type ?? null, status: input.filter?.status ?? null }
      : null,
  };
  // Written by hand around the array so each correction is serialised alone.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "corrections": [`;
  let count = 0;
  for await (const c of orderedCorrections(input.corrections)) {
    yield `${count === 0 ? "" : ","}\n    ${nested(correctionJson(c))}`;
    count += 1;
  }
  yield `${count === 0 ? "" : "\n  "}],\n  "count": ${count}\n}\n`;
}

/** The corrections log as JSON (v1 shape), streamed in chunks. */
export function correctionsLogToJson(input: CorrectionsLogInput): AsyncIterable<string> {
  return batched(logParts(input));
}
