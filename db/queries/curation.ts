import { and, desc, eq, ne, sql } from "drizzle-orm";
import { createAnchor } from "@/lib/anchoring";
import { claimantAround, readPassage, type LinearModel } from "@/lib/claims";
import { dismissEvent, nextStatus } from "@/lib/workflow/transitions";
import type { DismissReason } from "@/lib/workflow/statuses";
import type { Database, Transaction } from "../index";
import { articles, auditEvents, claims } from "../schema";
import { endCheckOfDroppedClaim } from "./assignments";
import { recordAuditEvent } from "./audit";
import { insertionOrder } from "./insertion-order";
import { type ClaimRow } from "./claims";
import { WRITE } from "./write-transaction";

export type CurationResult = { ok: true; claim: ClaimRow } | { ok: false; reason: "conflict" | "missing" | "not_allowed" | "bad_span" | "article_changed" };

/**
 * What "Mark as claim" did: made a new claim, accepted the suggestion already on
 * that passage, or restored the dismissed claim there.
 */
export type MarkResult =
  | { ok: true; claim: ClaimRow; outcome: "marked" | "accepted" | "restored" }
  | { ok: false; reason: "article_changed" | "missing" | "bad_span" | "duplicate" };

type Decision = { decision: "accept" | "dismiss" | "restore" | "undo_dismiss"; reason?: DismissReason; note?: string; actorId: string };

/**
 * Accepts or dismisses one claim, if it is still at `expectedVersion` and the
 * status machine allows the move. A dismissal keeps its reason, so the claim
 * finder can later be retrained on the desk's own decisions.
 */
export async function decideClaim(
  db: Database,
  params: { claimId: string; expectedVersion: number } & Decision,
): Promise<CurationResult> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select().from(claims).where(eq(claims.id, params.claimId)).limit(1);
    if (!claim) return { ok: false, reason: "missing" } as const;
    if (claim.version !== params.expectedVersion) return { ok: false, reason: "conflict" } as const;
    const updated = await applyDecision(tx, claim, params);
    return updated ? ({ ok: true, claim: updated } as const) : ({ ok: false, reason: "not_allowed" } as const);
  }, WRITE);
}

/** Moves a claim by an editor's decision and audits it; null when the status machine refuses. */
async function applyDecision(tx: Transaction, claim: ClaimRow, params: Decision): Promise<ClaimRow | null> {
  const dismissing = params.decision === "dismiss";
  // A claim under check whose words left the article is dismissed by `drop_lost`;
  // an Undo puts a dismissed suggestion back among the suggestions, anything else
  // back in the open pool as a restore does.
  const event = dismissing ? dismissEvent(claim) : params.decision === "undo_dismiss" ? await undoEvent(tx, claim.id) : params.decision;
  const status = event && nextStatus(claim.status, event);
  if (!status) return null;
  const now = new Date();
  const [updated] = await tx
    .update(claims)
    .set({
      status,
      dismissReason: dismissing ? (params.reason ?? "other") : null,
      dismissNote: dismissing ? (params.note ?? null) : null,
      decidedById: params.actorId,
      decidedAt: now,
      updatedAt: now,
      version: sql`${claims.version} + 1`,
    })
    .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)))
    .returning();
  const holder = event === "drop_lost" ? await endCheckOfDroppedClaim(tx, claim, params.actorId) : null;
  await recordAuditEvent(tx, {
    actorId: params.actorId,
    entityType: "claim",
    entityId: claim.id,
    articleId: claim.articleId,
    action: `claim.${params.decision === "accept" ? "accepted" : dismissing ? "dismissed" : "restored"}`,
    before: { status: claim.status, ...(holder ? { reviewer: holder } : {}) },
    after: { status, ...(dismissing ? { reason: params.reason ?? "other", note: params.note ?? null } : {}), ...(holder ? { reviewer: null } : {}) },
  });
  return updated;
}

/** How to take back a claim's latest dismissal: to a suggestion if it was one, else as a restore. */
async function undoEvent(tx: Transaction, claimId: string): Promise<"undo_dismiss" | "restore"> {
  const [last] = await tx
    .select({ before: auditEvents.before })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "claim"), eq(auditEvents.entityId, claimId), eq(auditEvents.action, "claim.dismissed")))
    .orderBy(desc(auditEvents.createdAt), desc(insertionOrder(auditEvents)))
    .limit(1);
  const before = last?.before as { status?: string } | null | undefined;
  return before?.status === "proposed" ? "undo_dismiss" : "restore";
}

function spanIsValid(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && end > start && text.slice(start, end).trim().length > 0;
}

/** Trims surrounding white space off a span so a sloppy selection anchors cleanly. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/**
 * Turns a passage the editor selected into an accepted claim. A passage that is
 * already exactly a claim gets no second one (pressing the button twice must not
 * double the work): a live claim there is refused as a duplicate, a suggestion
 * there is accepted, and a dismissed claim there (dismissed, or merged away into
 * a neighbour) is restored, keeping its history, since marking it is the editor
 * changing their mind about that very passage.
 */
export async function markClaim(
  db: Database,
  params: { articleId: string; expectedArticleVersion: number; start: number; end: number; actorId: string; model?: LinearModel },
): Promise<MarkResult> {
  return db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, params.articleId)).limit(1);
    if (!article) return { ok: false, reason: "missing" } as const;
    // The offsets were taken on the version the editor sent: on another, they may fall on other words.
    if (article.version !== params.expectedArticleVersion) return { ok: false, reason: "article_changed" } as const;
    const [start, end] = trimSpan(article.bodyText, params.start, params.end);
    if (!spanIsValid(article.bodyText, start, end)) return { ok: false, reason: "bad_span" } as const;
    const existing = await claimsOnSpan(tx, article.id, start, end);
    const live = existing.find((c) => c.status !== "dismissed");
    if (live && live.status !== "proposed") return { ok: false, reason: "duplicate" } as const;
    const earlier = live ?? existing[0];
    if (earlier) {
      const decision = earlier.status === "proposed" ? "accept" : "restore";
      const updated = await applyDecision(tx, earlier, { decision, actorId: params.actorId });
      if (!updated) return { ok: false, reason: "duplicate" } as const;
      return { ok: true, claim: updated, outcome: decision === "accept" ? "accepted" : "restored" } as const;
    }
    const anchor = createAnchor(article.bodyText, start, end);
    // Read as the claim finder reads a sentence, so a hand-marked claim gives its reasons too.
    const { score, checkworthy, kind, claimant: named, reasons } = readPassage(anchor.quote.exact, params.model);
    // A passage marked without its "…, the census office said" still has its source.
    const claimant = named ?? claimantAround(article.bodyText, start, end, params.model);
    const [claim] = await tx
      .insert(claims)
      .values({
        articleId: article.id,
        start,
        end,
        ...anchor.quote,
        text: anchor.quote.exact,
        score,
        checkworthy,
        kind,
        claimant,
        reasons,
        origin: "manual",
        status: "open",
        createdById: params.actorId,
        decidedById: params.actorId,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .returning();
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: article.id,
      action: "claim.marked",
      after: { text: claim.exact, start, end },
    });
    return { ok: true, claim, outcome: "marked" } as const;
  }, WRITE);
}

/** Claims anchored exactly on this span of the current text (orphaned ones have no span). */
async function claimsOnSpan(tx: Transaction, articleId: string, start: number, end: number): Promise<ClaimRow[]> {
  return tx
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.start, start), eq(claims.end, end), ne(claims.anchorState, "orphaned")))
    .orderBy(desc(claims.updatedAt));
}

/**
 * Adjusts a claim's span, or merges two claims into one span covering both (the
 * second is removed if it was only a suggestion, else dismissed as a duplicate).
 */
export async function respanClaim(
  db: Database,
  params: { claimId: string; expectedVersion: number; expectedArticleVersion: number; start: number; end: number; mergeWithId?: string; actorId: string; model?: LinearModel },
): Promise<CurationResult> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select().from(claims).where(eq(claims.id, params.claimId)).limit(1);
    if (!claim) return { ok: false, reason: "missing" } as const;
    if (claim.version !== params.expectedVersion) return { ok: false, reason: "conflict" } as const;
    const [article] = await tx.select().from(articles).where(eq(articles.id, claim.articleId)).limit(1);
    // The offsets count characters of the text the editor had; after someone else's
    // save the same numbers fall on other words (a save re-anchors claims without
    // moving their version, so the claim's version alone does not catch it).
    if (article.version !== params.expectedArticleVersion) return { ok: false, reason: "article_changed" } as const;
    let [start, end] = [params.start, params.end];
    let other: ClaimRow | undefined;
    if (params.mergeWithId) {
      [other] = await tx.select().from(claims).where(and(eq(claims.id, params.mergeWithId), eq(claims.articleId, claim.articleId))).limit(1);
      if (!other || other.id === claim.id) return { ok: false, reason: "missing" } as const;
      start = Math.min(claim.start, other.start);
      end = Math.max(claim.end, other.end);
    }
    [start, end] = trimSpan(article.bodyText, start, end);
    if (!spanIsValid(article.bodyText, start, end)) return { ok: false, reason: "bad_span" } as const;
    const anchor = createAnchor(article.bodyText, start, end);
    // The reasons were the old words'; the source is the new span's, or its sentence's.
    const reading = readPassage(anchor.quote.exact, params.model);
    const [updated] = await tx
      .update(claims)
      .set({
        start, end, ...anchor.quote, text: anchor.quote.exact, anchorState: "anchored",
        score: reading.score, checkworthy: reading.checkworthy, kind: reading.kind, reasons: reading.reasons,
        claimant: reading.claimant ?? claimantAround(article.bodyText, start, end, params.model),
        updatedAt: new Date(), version: sql`${claims.version} + 1`,
      })
      .where(eq(claims.id, claim.id))
      .returning();
    if (other) {
      if (other.status === "proposed") await tx.delete(claims).where(eq(claims.id, other.id));
      else {
        const dismissed = nextStatus(other.status, "dismiss");
        if (dismissed) await tx.update(claims).set({ status: dismissed, dismissReason: "duplicate", updatedAt: new Date(), version: sql`${claims.version} + 1` }).where(eq(claims.id, other.id));
      }
    }
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      action: other ? "claim.merged" : "claim.respanned",
      before: { text: claim.exact, start: claim.start, end: claim.end, ...(other ? { mergedText: other.exact, mergedId: other.id } : {}) },
      after: { text: updated.exact, start, end },
    });
    return { ok: true, claim: updated } as const;
  }, WRITE);
}
