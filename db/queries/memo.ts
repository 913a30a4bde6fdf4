import { alias } from "drizzle-orm/sqlite-core";
import { and, asc, eq, ne } from "drizzle-orm";
import type { MemoClaim, MemoEvidence, MemoInput, MemoVerdict, MemoVerdictState } from "@/lib/export/types";
import { findVerdict, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import type { DbOrTx } from "../index";
import { articles, claims, corrections, evidenceItems, users, verdicts } from "../schema";
import { effectiveAt, toExportCorrection } from "./corrections-log";
import { getNewsroomSettings, listVerdictScale } from "./settings";

const reviewers = alias(users, "reviewers");
const approvers = alias(users, "approvers");

const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

/**
 * The day an evidence item was read, as the calendar date the reviewer picked
 * ("2025-03-01"). Not an instant: midnight UTC would put the reading on the day
 * before for a consumer west of Greenwich. A stored instant gives its UTC day;
 * anything else is kept as typed.
 */
function accessedOn(value: string): string | null {
  const typed = value.trim();
  if (!typed) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return typed;
  const date = new Date(typed);
  return Number.isNaN(date.getTime()) ? typed : date.toISOString().slice(0, 10);
}

type VerdictRow = {
  id: string;
  claimId: string;
  number: number;
  key: string | null;
  rationale: string;
  claimText: string | null;
  approvedLabel: string | null;
  approvedRating: number | null;
  reviewerName: string;
  approverName: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  state: string;
};

/** The states a memo may show: a draft is the reviewer's unfinished work, a superseded version history. */
const SHOWN_STATES: Record<string, MemoVerdictState | undefined> = { submitted: "submitted", returned: "returned", approved: "approved" };

function toMemoVerdict(row: VerdictRow, scale: readonly VerdictScaleEntry[]): MemoVerdict | null {
  const state = SHOWN_STATES[row.state];
  if (!row.key || !state) return null;
  const entry = findVerdict(row.key, scale);
  const approved = state === "approved";
  return {
    key: row.key,
    // An approved version says what was approved, whatever the scale calls it since;
    // anything else reads the scale as it is. A key removed from the scale still prints, under its own name.
    ...(approved && row.approvedLabel !== null
      ? { label: row.approvedLabel, ratingValue: row.approvedRating }
      : { label: entry?.label ?? row.key, ratingValue: entry?.ratingValue ?? null }),
    rationale: row.rationale,
    checkedText: row.claimText,
    reviewer: { name: row.reviewerName },
    approver: approved && row.approverName ? { name: row.approverName } : null,
    submittedAt: isoOrNull(row.submittedAt),
    approvedAt: approved ? isoOrNull(row.decidedAt) : null,
    version: row.number,
    state,
  };
}

/**
 * Loads everything the fact-check memo of one article shows, as the exporters'
 * plain `MemoInput`: the newsroom, the article, the live scale, every claim the
 * desk took on (suggestions never accepted are not claims yet) in reading order
 * with its approved verdict, else its newest that was at least submitted —
 * reviewer, approver, dates — and that verdict's evidence, whether a newer
 * version is in progress, why it was
 * dismissed, plus the article's corrections in log order. A fixed number of
 * queries whatever the article's size. Undefined when the article is missing.
 */
export async function buildMemoInput(db: DbOrTx, params: { articleId: string; generatedAt: Date }): Promise<MemoInput | undefined> {
  const [article] = await db.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
  if (!article) return undefined;
  const [newsroom, scale] = await Promise.all([getNewsroomSettings(db), listVerdictScale(db)]);

  const claimRows = await db
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, article.id), ne(claims.status, "proposed")))
    .orderBy(asc(claims.start), asc(claims.id));

  // Every verdict version of the article's claims, oldest first, so the last row
  // seen for a claim is its latest version.
  const verdictRows: VerdictRow[] = await db
    .select({
      id: verdicts.id,
      claimId: verdicts.claimId,
      number: verdicts.number,
      key: verdicts.verdictKey,
      rationale: verdicts.rationale,
      claimText: verdicts.claimText,
      approvedLabel: verdicts.approvedLabel,
      approvedRating: verdicts.approvedRating,
      reviewerName: reviewers.name,
      approverName: approvers.name,
      submittedAt: verdicts.submittedAt,
      decidedAt: verdicts.decidedAt,
      state: verdicts.state,
    })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .innerJoin(reviewers, eq(reviewers.id, verdicts.reviewerId))
    .leftJoin(approvers, eq(approvers.id, verdicts.approverId))
    .where(eq(claims.articleId, article.id))
    .orderBy(asc(verdicts.claimId), asc(verdicts.number));
  // The memo is a record: it shows each claim's approved version while there is
  // one (it stands until a newer one is approved, README), else its newest version
  // that was at least submitted. Of a newer version it says only that one is in
  // progress, never its verdict, rationale or evidence: nobody has signed it off,
  // and a draft the reviewer has not even handed over.
  const shown = new Map<string, { row: VerdictRow; verdict: MemoVerdict }>();
  const draftAfter = new Set<string>();
  for (const row of verdictRows) {
    const verdict = toMemoVerdict(row, scale);
    const standing = shown.get(row.claimId)?.verdict.state === "approved";
    if (verdict && (row.state === "approved" || !standing)) {
      shown.set(row.claimId, { row, verdict });
      draftAfter.delete(row.claimId);
    } else if (row.state === "draft" || (verdict && standing)) {
      draftAfter.add(row.claimId);
    }
  }

  const evidenceRows = await db
    .select({ item: evidenceItems })
    .from(evidenceItems)
    .innerJoin(verdicts, eq(verdicts.id, evidenceItems.verdictId))
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .where(eq(claims.articleId, article.id))
    .orderBy(asc(evidenceItems.verdictId), asc(evidenceItems.position), asc(evidenceItems.id));
  const evidenceByVerdict = new Map<string, MemoEvidence[]>();
  for (const { item } of evidenceRows) {
    const list = evidenceByVerdict.get(item.verdictId) ?? [];
    list.push({
      url: item.url,
      title: item.title,
      publisher: item.publisher,
      quote: item.quote,
      accessedOn: accessedOn(item.accessedOn),
      archiveUrl: item.archiveUrl,
      stance: item.stance,
    });
    evidenceByVerdict.set(item.verdictId, list);
  }

  const memoClaims: MemoClaim[] = claimRows.map((claim, index) => {
    const current = shown.get(claim.id);
    return {
      id: claim.id,
      position: index + 1,
      text: claim.text,
      claimant: claim.claimant,
      status: claim.status,
      verdict: current?.verdict ?? null,
      evidence: current ? (evidenceByVerdict.get(current.row.id) ?? []) : [],
      draftInProgress: draftAfter.has(claim.id),
      lost: claim.anchorState === "orphaned",
      // The reason is kept only while dismissed (a restore clears it), but check the status anyway.
      dismissal: claim.status === "dismissed" ? { reason: claim.dismissReason ?? "other", note: claim.dismissNote?.trim() || null } : null,
    };
  });

  const correctionRows = await db
    .select({
      id: corrections.id,
      type: corrections.type,
      status: corrections.status,
      originalText: corrections.originalText,
      correctedText: corrections.correctedText,
      note: corrections.note,
      publishedAt: corrections.publishedAt,
      amendedAt: corrections.amendedAt,
      createdAt: corrections.createdAt,
    })
    .from(corrections)
    .where(eq(corrections.articleId, article.id))
    .orderBy(asc(effectiveAt), asc(corrections.id));

  return {
    newsroom: { name: newsroom.name, url: newsroom.url },
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl ?? "",
      deadline: isoOrNull(article.deadline),
      publishedAt: article.status === "published" ? isoOrNull(article.publishedAt) : null,
      spiked: article.status === "spiked",
    },
    generatedAt: params.generatedAt.toISOString(),
    timeZone: newsroom.timeZone,
    scale,
    claims: memoClaims,
    corrections: correctionRows.map((row) => toExportCorrection({ ...row, articleId: article.id, articleTitle: article.title, articleUrl: article.sourceUrl })),
  };
}
