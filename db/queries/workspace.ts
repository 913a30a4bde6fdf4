import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ClaimProposal } from "@/lib/articles/proposals";
import { planClaimUpdates } from "@/lib/articles/reanchor-claims";
import type { Database, DbOrTx } from "../index";
import { articleRevisions, articles, assignments, claims, users, verdictScale, verdicts } from "../schema";
import { articleReadiness, type ArticleReadiness } from "@/lib/workflow/readiness";
import { recordAuditEvent } from "./audit";
import { notify } from "./notifications";
import { countPendingCorrections, listCorrectionsMissing } from "./corrections";
import { getClaimSearch, getCurrentTextSince } from "./workspace-coverage";
import { WRITE } from "./write-transaction";
import { assignmentIsActive } from "./conditions";

export type ArticleFields = {
  title: string;
  byline: string;
  sourceUrl: string | null;
  deadline: Date | null;
};

export type SaveArticleResult =
  | { ok: true; version: number; revision: number; stale: number; orphaned: number; moved: number; restored: number }
  | { ok: false; reason: "conflict" | "missing" };

/**
 * For each stale claim whose newest verdict version is still its approved one
 * (nobody has begun checking it again), the words that verdict ruled on: if an
 * edit puts them back, the claim is approved again (lib/articles/reanchor-claims).
 */
async function approvedWordsOfStale(db: DbOrTx, staleIds: readonly string[]): Promise<Map<string, string>> {
  const words = new Map<string, string>();
  if (staleIds.length === 0) return words;
  const rows = await db
    .select({ claimId: verdicts.claimId, state: verdicts.state, claimText: verdicts.claimText })
    .from(verdicts)
    .where(inArray(verdicts.claimId, [...staleIds]))
    .orderBy(asc(verdicts.claimId), asc(verdicts.number));
  // Oldest first: the last row seen for a claim is its newest version.
  const newest = new Map(rows.map((row) => [row.claimId, row]));
  for (const [claimId, row] of newest) if (row.state === "approved" && row.claimText) words.set(claimId, row.claimText);
  return words;
}

async function claimIdsWithVerdicts(db: DbOrTx, articleId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ claimId: verdicts.claimId })
    .from(verdicts)
    .innerJoin(claims, eq(claims.id, verdicts.claimId))
    .where(eq(claims.articleId, articleId));
  return new Set(rows.map((r) => r.claimId));
}

/**
 * Saves an article: a new revision, the claims re-anchored to the new text, and
 * claims whose words changed after a verdict turned stale (each with an audit
 * event saying what changed). All in one transaction, and only if the article is
 * still at `expectedVersion`: two editors saving at once cannot overwrite each other.
 */
/** Whether a saved article holds exactly these fields and text. */
export function holdsArticle(saved: ArticleFields & { bodyJson: string }, sent: ArticleFields & { bodyJson: string }): boolean {
  return (
    saved.title === sent.title &&
    saved.byline === sent.byline &&
    saved.sourceUrl === sent.sourceUrl &&
    (saved.deadline?.getTime() ?? null) === (sent.deadline?.getTime() ?? null) &&
    saved.bodyJson === sent.bodyJson
  );
}

/** Whether the article as saved now is exactly this save's fields and text, saved last by this person. */
async function isOwnLastSave(tx: DbOrTx, article: typeof articles.$inferSelect, params: ArticleFields & { articleId: string; bodyJson: string; actorId: string }): Promise<boolean> {
  if (!holdsArticle(article, params)) return false;
  const [last] = await tx
    .select({ authorId: articleRevisions.authorId })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, params.articleId), eq(articleRevisions.number, article.revisionNumber)))
    .limit(1);
  return last?.authorId === params.actorId;
}

export async function saveArticle(
  db: Database,
  params: ArticleFields & { articleId: string; expectedVersion: number; bodyJson: string; bodyText: string; actorId: string },
): Promise<SaveArticleResult> {
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
    if (!article) return { ok: false, reason: "missing" } as const;
    if (article.version !== params.expectedVersion) {
      // This save arriving twice (its answer lost, the browser sending it again) finds itself saved: done, not "saved elsewhere".
      if (article.version === params.expectedVersion + 1 && (await isOwnLastSave(tx, article, params))) {
        return { ok: true, version: article.version, revision: article.revisionNumber, stale: 0, orphaned: 0, moved: 0, restored: 0 } as const;
      }
      return { ok: false, reason: "conflict" } as const;
    }
    const now = new Date();
    const revision = article.revisionNumber + 1;

    const rows = await tx.select().from(claims).where(eq(claims.articleId, params.articleId));
    const withVerdicts = await claimIdsWithVerdicts(tx, params.articleId);
    const approvedWords = await approvedWordsOfStale(tx, rows.filter((r) => r.status === "stale").map((r) => r.id));
    const updates = planClaimUpdates(
      article.bodyText,
      params.bodyText,
      rows.map((r) => ({ ...r, hasVerdict: withVerdicts.has(r.id), approvedWords: approvedWords.get(r.id) ?? null })),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const counts = { stale: 0, orphaned: 0, moved: 0, restored: 0 };
    // Claims whose holder must hear of this save: their words changed, went stale, or left the text.
    const told: { claimId: string; change: ClaimChange; text: string }[] = [];
    for (const update of updates) {
      const before = byId.get(update.id)!;
      const unchanged =
        before.start === update.start && before.end === update.end && before.exact === update.exact &&
        before.prefix === update.prefix && before.suffix === update.suffix &&
        before.anchorState === update.anchorState && before.status === update.status;
      if (update.anchorState === "orphaned") counts.orphaned++;
      if (update.anchorState === "moved") counts.moved++;
      if (unchanged) continue;
      const textChanged = update.textChange !== null;
      await tx
        .update(claims)
        .set({
          start: update.start,
          end: update.end,
          exact: update.exact,
          prefix: update.prefix,
          suffix: update.suffix,
          anchorState: update.anchorState,
          status: update.status,
          ...(textChanged ? { text: update.exact } : {}),
          updatedAt: now,
          // A change of words or state is a change people must see; a shift is not.
          ...(textChanged || update.status !== before.status ? { version: sql`${claims.version} + 1` } : {}),
        })
        .where(eq(claims.id, update.id));
      if (update.wordsRestored) {
        counts.restored++;
        await recordAuditEvent(tx, {
          actorId: params.actorId,
          entityType: "claim",
          entityId: update.id,
          articleId: params.articleId,
          action: "claim.words_restored",
          before: { status: before.status, text: before.exact },
          after: { status: update.status, text: update.exact, revision },
        });
        told.push({ claimId: update.id, change: "restored", text: update.exact });
      } else if (update.becameStale) {
        counts.stale++;
        await recordAuditEvent(tx, {
          actorId: params.actorId,
          entityType: "claim",
          entityId: update.id,
          articleId: params.articleId,
          action: "claim.stale",
          before: { status: before.status, text: update.textChange?.before },
          after: { status: update.status, text: update.textChange?.after, revision },
        });
        told.push({ claimId: update.id, change: "stale", text: update.exact });
      } else if (textChanged && update.anchorState !== "orphaned") {
        // No verdict yet to go stale, but the holder is checking different words now.
        await recordAuditEvent(tx, {
          actorId: params.actorId,
          entityType: "claim",
          entityId: update.id,
          articleId: params.articleId,
          action: "claim.reworded",
          before: { text: update.textChange?.before },
          after: { text: update.textChange?.after, revision },
        });
        told.push({ claimId: update.id, change: "reworded", text: update.exact });
      } else if (update.anchorState === "orphaned" && before.anchorState !== "orphaned") {
        told.push({ claimId: update.id, change: "lost", text: before.exact });
        await recordAuditEvent(tx, {
          actorId: params.actorId,
          entityType: "claim",
          entityId: update.id,
          articleId: params.articleId,
          action: "claim.orphaned",
          before: { text: before.exact },
          after: { revision },
        });
      }
    }

    await tellHolders(tx, told, params.actorId);

    await tx
      .update(articles)
      .set({
        title: params.title,
        byline: params.byline,
        sourceUrl: params.sourceUrl,
        deadline: params.deadline,
        bodyJson: params.bodyJson,
        bodyText: params.bodyText,
        revisionNumber: revision,
        status: article.status === "draft" && rows.some((r) => r.status !== "proposed") ? "in_check" : article.status,
        updatedAt: now,
        version: sql`${articles.version} + 1`,
      })
      .where(eq(articles.id, params.articleId));
    await tx.insert(articleRevisions).values({
      articleId: params.articleId,
      number: revision,
      title: params.title,
      bodyJson: params.bodyJson,
      bodyText: params.bodyText,
      authorId: params.actorId,
      createdAt: now,
    });
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "article",
      entityId: params.articleId,
      articleId: params.articleId,
      action: "article.saved",
      before: { revision: article.revisionNumber, length: article.bodyText.length },
      after: { revision, length: params.bodyText.length, ...counts },
    });
    return { ok: true, version: article.version + 1, revision, ...counts } as const;
  }, WRITE);
}

/**
 * Replaces the article's open suggestions with a fresh run of the claim finder.
 * Decided claims (accepted, dismissed, assigned…) are untouched; the proposals
 * passed in already leave their passages alone (see lib/articles/proposals.ts).
 * `revision` is the article revision whose text the finder read: the audit event
 * keeps it, and the coverage gate compares that text with the current one. Null,
 * and nothing stored, when the article was saved since that revision: the
 * proposals' offsets point into the old text, and would land on other words.
 */
export async function replaceSuggestions(
  db: Database,
  params: { articleId: string; revision: number; proposals: ClaimProposal[]; actorId: string },
): Promise<number | null> {
  return db.transaction(async (tx) => {
    // The finder read revision `params.revision`; its offsets mean nothing in another.
    const [article] = await tx.select({ revision: articles.revisionNumber }).from(articles).where(eq(articles.id, params.articleId)).limit(1);
    if (!article || article.revision !== params.revision) return null;
    await tx.delete(claims).where(and(eq(claims.articleId, params.articleId), eq(claims.status, "proposed")));
    const now = new Date();
    const chunk = 100;
    for (let i = 0; i < params.proposals.length; i += chunk) {
      await tx.insert(claims).values(
        params.proposals.slice(i, i + chunk).map((p) => ({
          ...p,
          articleId: params.articleId,
          text: p.exact,
          origin: "suggested" as const,
          status: "proposed" as const,
          updatedAt: now,
        })),
      );
    }
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "article",
      entityId: params.articleId,
      articleId: params.articleId,
      action: "claims.found",
      after: { suggestions: params.proposals.length, revision: params.revision },
    });
    return params.proposals.length;
  }, WRITE);
}

export async function listRevisions(db: DbOrTx, articleId: string) {
  return db
    .select({ number: articleRevisions.number, createdAt: articleRevisions.createdAt, authorId: articleRevisions.authorId })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(articleRevisions.number);
}

export async function getRevisionTexts(db: DbOrTx, params: { articleId: string; numbers: number[] }) {
  return db
    .select({ number: articleRevisions.number, bodyText: articleRevisions.bodyText, title: articleRevisions.title, createdAt: articleRevisions.createdAt })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, params.articleId), inArray(articleRevisions.number, params.numbers)));
}

/**
 * The claims of an article as the workspace shows them: reading order, with the
 * latest verdict's key and label and the current assignee's name. Reviewers pass
 * `onlyAssignedTo` and get only the claims they hold.
 */
export async function listWorkspaceClaims(db: DbOrTx, params: { articleId: string; onlyAssignedTo?: string }) {
  // Qualified by hand: in a one-table select Drizzle prints columns bare, which
  // the correlated subqueries below would read as their own tables' ids.
  const claimId = sql.raw(`"claims"."id"`);
  const latestVerdict = sql`(select v.id from ${verdicts} v where v.claim_id = ${claimId} order by v.number desc limit 1)`;
  const rows = await db
    .select({
      claim: claims,
      verdictKey: sql<string | null>`(select v.verdict_key from ${verdicts} v where v.id = ${latestVerdict})`,
      // An approved version under the label it was approved under (verdicts.approvedLabel).
      verdictLabel: sql<string | null>`(select coalesce(v.approved_label, s.label) from ${verdicts} v left join ${verdictScale} s on s.key = v.verdict_key where v.id = ${latestVerdict})`,
      assigneeId: sql<string | null>`(select a.reviewer_id from ${assignments} a where a.claim_id = ${claimId} and a.active = 1 limit 1)`,
      assigneeName: sql<string | null>`(select u.name from ${assignments} a join ${users} u on u.id = a.reviewer_id where a.claim_id = ${claimId} and a.active = 1 limit 1)`,
    })
    .from(claims)
    .where(eq(claims.articleId, params.articleId))
    .orderBy(asc(claims.start), asc(claims.id));
  return rows
    .filter((row) => !params.onlyAssignedTo || row.assigneeId === params.onlyAssignedTo)
    .map(({ claim, verdictKey, verdictLabel, assigneeId, assigneeName }) => ({ ...claim, verdictKey, verdictLabel, assigneeId, assigneeName }));
}

type PublishParams = { articleId: string; expectedVersion: number; actorId: string };
type PublishRefusal = { ok: false; reason: "conflict" | "missing" | "spiked" };

/**
 * Marks an article published, only if it is still at `expectedVersion`, without
 * asking whether it is ready: for the desk's own setup (seed data, tests).
 * "Mark as published" goes through publishArticleIfReady. Audited like every
 * state change.
 */
export async function markArticlePublished(db: Database, params: PublishParams): Promise<{ ok: true } | PublishRefusal> {
  return db.transaction(async (tx) => {
    const found = await publishable(tx, params);
    if (!found.ok) return found;
    await recordPublished(tx, found.article, params.actorId);
    return { ok: true } as const;
  }, WRITE);
}

/**
 * Publishes an article only when it is ready (lib/workflow/readiness.ts: claims
 * looked for, every claim settled, no correction pending), checked in the same
 * transaction as the write so nothing can unsettle it in between.
 */
export async function publishArticleIfReady(
  db: Database,
  params: PublishParams,
): Promise<{ ok: true } | PublishRefusal | { ok: false; reason: "not_ready"; blockers: string[] }> {
  return db.transaction(async (tx) => {
    const found = await publishable(tx, params);
    if (!found.ok) return found;
    const readiness = await getArticleReadiness(tx, found.article.id);
    if (!readiness.ready) return { ok: false, reason: "not_ready", blockers: readiness.blockers } as const;
    await recordPublished(tx, found.article, params.actorId);
    return { ok: true } as const;
  }, WRITE);
}

type ArticleRow = typeof articles.$inferSelect;

/** The article, if it exists, is still at the version the editor saw and is not spiked. */
async function publishable(tx: DbOrTx, params: PublishParams): Promise<{ ok: true; article: ArticleRow } | PublishRefusal> {
  const [article] = await tx.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
  if (!article) return { ok: false, reason: "missing" };
  if (article.version !== params.expectedVersion) return { ok: false, reason: "conflict" };
  if (article.status === "spiked") return { ok: false, reason: "spiked" };
  return { ok: true, article };
}

async function recordPublished(tx: DbOrTx, article: ArticleRow, actorId: string): Promise<void> {
  await tx
    .update(articles)
    // The version counts edits to the text; publishing leaves it, so an editor
    // with the workspace open can still save a late fix without a false conflict.
    .set({ status: "published", publishedAt: article.publishedAt ?? new Date(), updatedAt: new Date() })
    .where(eq(articles.id, article.id));
  await recordAuditEvent(tx, {
    actorId,
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    action: "article.published",
    before: { status: article.status },
    after: { status: "published" },
  });
}

/**
 * Whether an article is ready to publish, from all its claims, its pending
 * corrections, the corrections its approved verdicts call for, and whether Find claims has run on its text: what the article page
 * shows and what "Mark as published" checks.
 */
export async function getArticleReadiness(db: DbOrTx, articleId: string): Promise<ArticleReadiness> {
  const [rows, pendingCorrections, claimSearch, textSince, missing] = await Promise.all([
    db
      .select({ id: claims.id, status: claims.status, text: claims.text, checkWorthy: claims.checkworthy, origin: claims.origin, anchorState: claims.anchorState, createdAt: claims.createdAt })
      .from(claims)
      .where(eq(claims.articleId, articleId))
      // In the text's order: the blockers read as the article does.
      .orderBy(asc(claims.start), asc(claims.end)),
    countPendingCorrections(db, articleId),
    getClaimSearch(db, articleId),
    getCurrentTextSince(db, articleId),
    listCorrectionsMissing(db, articleId),
  ]);
  const marked = rows.map(({ id, createdAt, ...claim }) => ({
    ...claim,
    id,
    markedOnCurrentText: textSince === null || createdAt.getTime() >= textSince.getTime(),
    correctionMissing: missing.get(id),
  }));
  return articleReadiness({ claims: marked, pendingCorrections, claimSearch });
}

type ClaimChange = "stale" | "reworded" | "lost" | "restored";

const CHANGE_MESSAGES: Record<ClaimChange, (text: string) => string> = {
  stale: (text) => `The words of a claim you checked changed in the article; check it again: ${text}`,
  reworded: (text) => `The words of a claim you hold changed in the article: ${text}`,
  lost: (text) => `A claim you hold is no longer in the article's text: ${text}`,
  restored: (text) => `The words of a claim you were to check again are back to those you checked, so its approved verdict stands; nothing to check: ${text}`,
};

/**
 * Tells each claim's holder (not the editor who saved) that their claim's words
 * changed, went stale under their verdict, or left the text, so nobody goes on
 * checking words the article no longer says.
 */
async function tellHolders(tx: DbOrTx, told: { claimId: string; change: ClaimChange; text: string }[], actorId: string): Promise<void> {
  if (told.length === 0) return;
  const holders = await tx
    .select({ claimId: assignments.claimId, reviewerId: assignments.reviewerId })
    .from(assignments)
    .where(and(inArray(assignments.claimId, told.map((t) => t.claimId)), assignmentIsActive));
  const holderOf = new Map(holders.map((h) => [h.claimId, h.reviewerId]));
  for (const { claimId, change, text } of told) {
    const holder = holderOf.get(claimId);
    if (!holder || holder === actorId) continue;
    await notify(tx, { userIds: [holder], kind: "claim_changed", message: CHANGE_MESSAGES[change](text.slice(0, 200)), link: `/claims/${claimId}` });
  }
}
