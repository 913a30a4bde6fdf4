import { alias } from "drizzle-orm/sqlite-core";
import { and, asc, eq, ne } from "drizzle-orm";
import type { MemoClaim, MemoEvidence, MemoInput, MemoVerdict } from "@/lib/export/types";
import { findVerdict, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import type { DbOrTx } from "../index";
import { articles, claims, corrections, evidenceItems, users, verdicts } from "../schema";
import { effectiveAt, toExportCorrection } from "./corrections-log";
import { getNewsroomSettings, listVerdictScale } from "./settings";

const reviewers = alias(users, "reviewers");
const approvers = alias(users, "approvers");

const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

/** An evidence date ("2025-03-01" or a full instant) as ISO-8601 UTC; kept as typed when it does not parse. */
function accessedAt(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

type VerdictRow = {
  id: string;
  claimId: string;
  number: number;
  key: string | null;
  rationale: string;
  reviewerName: string;
  approverName: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  state: string;
};

function toMemoVerdict(row: VerdictRow, scale: readonly VerdictScaleEntry[]): MemoVerdict | null {
  if (!row.key) return null;
  const entry = findVerdict(row.key, scale);
  const approved = row.state === "approved";
  return {
    key: row.key,
    // A key removed from the scale still prints, under its own name.
    label: entry?.label ?? row.key,
    ratingValue: entry?.ratingValue ?? null,
    rationale: row.rationale,
    reviewer: { name: row.reviewerName },
    approver: approved && row.approverName ? { name: row.approverName } : null,
    submittedAt: isoOrNull(row.submittedAt),
    approvedAt: approved ? isoOrNull(row.decidedAt) : null,
    version: row.number,
  };
}

/**
 * Loads everything the fact-check memo of one article shows, as the exporters'
 * plain `MemoInput`: the newsroom, the article, the live scale, every claim the
 * desk took on (suggestions never accepted are not claims yet) in reading order
 * with its latest verdict — reviewer, approver, dates — and that verdict's
 * evidence, plus the article's corrections in log order. A fixed number of
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
  const latest = new Map<string, VerdictRow>();
  for (const row of verdictRows) if (row.key) latest.set(row.claimId, row);

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
      accessedAt: accessedAt(item.accessedOn),
      archiveUrl: item.archiveUrl,
      stance: item.stance,
    });
    evidenceByVerdict.set(item.verdictId, list);
  }

  const memoClaims: MemoClaim[] = claimRows.map((claim, index) => {
    const verdictRow = latest.get(claim.id);
    return {
      id: claim.id,
      position: index + 1,
      text: claim.text,
      claimant: claim.claimant,
      status: claim.status,
      verdict: verdictRow ? toMemoVerdict(verdictRow, scale) : null,
      evidence: verdictRow ? (evidenceByVerdict.get(verdictRow.id) ?? []) : [],
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
      publishedAt: null,
    },
    generatedAt: params.generatedAt.toISOString(),
    timeZone: newsroom.timeZone,
    scale,
    claims: memoClaims,
    corrections: correctionRows.map((row) => toExportCorrection({ ...row, articleTitle: article.title, articleUrl: article.sourceUrl })),
  };
}
