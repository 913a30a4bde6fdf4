import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { planAutoAssignment } from "@/lib/workflow/auto-assign";
import type { Priority } from "@/lib/workflow/statuses";
import { nextStatus } from "@/lib/workflow/transitions";
import type { Database, DbOrTx } from "../index";
import { articles, assignments, claims, users } from "../schema";
import { latestAuditEvent, recordAuditEvent } from "./audit";
import { updateClaimIfVersion } from "./claims";
import { notify } from "./notifications";
import { writeTransaction } from "./write-transaction";
import { isAway } from "@/lib/workflow/away";
import { assignmentIsActive } from "./conditions";

type UserRow = typeof users.$inferSelect;

/** What every assignment carries besides the claim and the person. */
export type AssignTerms = { actorId: string; dueAt: Date | null; priority: Priority; note: string };

/** One claim that was assigned, with what the notification and e-mail need. */
export type AssignedClaim = {
  claimId: string;
  claimText: string;
  articleId: string;
  articleTitle: string;
  reviewer: { id: string; name: string; email: string };
  previousReviewerId: string | null;
  /** Reassigned to the person who held it: only the due time, priority or note changed. */
  sameHolder: boolean;
  /** Reassigned to its holder on the very terms it had: nothing was written, nobody is told. */
  unchanged?: boolean;
  /** This very assignment, already made by this editor: the request arrived twice (its answer lost). */
  replayed?: boolean;
};

/** Which of an assignment's terms differ, in the words the history uses. */
function changedTerms(previous: { dueAt: Date | null; priority: string; note: string }, next: AssignTerms): string[] {
  const changed: string[] = [];
  // To the minute, as the form gives due times: a stored default's seconds are no change.
  const minute = (at: Date | null) => (at ? Math.floor(at.getTime() / 60_000) : null);
  if (minute(previous.dueAt) !== minute(next.dueAt)) changed.push("due time");
  if (previous.priority !== next.priority) changed.push("priority");
  if (previous.note !== next.note) changed.push("note");
  return changed;
}

/** The active assignment of a claim, if any. */
export async function getActiveAssignment(db: DbOrTx, claimId: string) {
  const [row] = await db
    .select()
    .from(assignments)
    .where(and(eq(assignments.claimId, claimId), assignmentIsActive))
    .limit(1);
  return row;
}

/** Ends a claim's active assignment; the row stays as history. */
async function endActiveAssignment(tx: DbOrTx, claimId: string): Promise<void> {
  await tx
    .update(assignments)
    .set({ active: false, endedAt: new Date() })
    .where(and(eq(assignments.claimId, claimId), assignmentIsActive));
}

/** Assigns one claim inside the caller's transaction; see `assignClaims`. */
async function assignInTx(
  tx: DbOrTx,
  params: AssignTerms & { claimId: string; reviewer: UserRow; expectedVersion?: number },
): Promise<AssignedClaim | { reason: "not_found" | "bad_state" | "conflict" | "spiked" }> {
  const [claim] = await tx
    .select({ claim: claims, articleTitle: articles.title, articleStatus: articles.status })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.id, params.claimId))
    .limit(1);
  if (!claim) return { reason: "not_found" };
  // A spiked article will not run: nobody should spend time checking it.
  if (claim.articleStatus === "spiked") return { reason: "spiked" };
  const { claim: row } = claim;
  const previous = await getActiveAssignment(tx, row.id);
  const sameHolder = previous?.reviewerId === params.reviewer.id;
  const changed = previous && sameHolder ? changedTerms(previous, params) : [];
  const common = { claimId: row.id, claimText: row.text, articleId: row.articleId, articleTitle: claim.articleTitle, reviewer: { id: params.reviewer.id, name: params.reviewer.name, email: params.reviewer.email } };
  if (params.expectedVersion !== undefined && params.expectedVersion !== row.version) {
    // The same Assign arriving again finds the assignment it made (this editor, this
    // person, these terms): done, not "changed since you opened it".
    if (sameHolder && changed.length === 0 && previous.assignedById === params.actorId) return { ...common, previousReviewerId: null, sameHolder: true, unchanged: true, replayed: true };
    return { reason: "conflict" };
  }
  const next = nextStatus(row.status, "assign");
  if (!next) return { reason: "bad_state" };
  // Assigned again to its holder on the same terms (a second Assign, a selection that
  // took it in): a no-op, not a history line saying terms changed, nor a notification.
  if (sameHolder && changed.length === 0) return { ...common, previousReviewerId: null, sameHolder: true, unchanged: true };
  const previousName = previous
    ? ((await tx.select({ name: users.name }).from(users).where(eq(users.id, previous.reviewerId)))[0]?.name ?? null)
    : null;
  await endActiveAssignment(tx, row.id);
  await tx.insert(assignments).values({
    claimId: row.id,
    reviewerId: params.reviewer.id,
    assignedById: params.actorId,
    dueAt: params.dueAt,
    priority: params.priority,
    note: params.note,
  });
  const updated = await updateClaimIfVersion(tx, { claimId: row.id, expectedVersion: row.version, patch: { status: next } });
  if (!updated) return { reason: "conflict" };
  await recordAuditEvent(tx, {
    actorId: params.actorId,
    entityType: "claim",
    entityId: row.id,
    articleId: row.articleId,
    action: previous ? "claim.reassigned" : "claim.assigned",
    before: { status: row.status, reviewer: previousName },
    after: { status: next, reviewer: params.reviewer.name, dueAt: params.dueAt?.toISOString() ?? null, priority: params.priority, note: params.note, ...(sameHolder ? { changed } : {}) },
  });
  return { ...common, previousReviewerId: previous && !sameHolder ? previous.reviewerId : null, sameHolder };
}

/** In-app notifications for a batch of assignments: one per new holder, one per person who lost a claim. */
async function notifyAssigned(tx: DbOrTx, assigned: AssignedClaim[]): Promise<void> {
  const byReviewer = new Map<string, AssignedClaim[]>();
  for (const item of assigned) {
    if (item.sameHolder) continue;
    byReviewer.set(item.reviewer.id, [...(byReviewer.get(item.reviewer.id) ?? []), item]);
  }
  // Kept by its holder with new terms: they are told what changed, not that they got a new claim.
  for (const item of assigned.filter((a) => a.sameHolder && !a.unchanged)) {
    await notify(tx, { userIds: [item.reviewer.id], kind: "assigned", message: `The due time, priority or note changed on a claim you hold: ${item.claimText}`, link: `/claims/${item.claimId}` });
  }
  for (const [reviewerId, items] of byReviewer) {
    const first = items[0];
    const message =
      items.length === 1
        ? `You were assigned a claim on “${first.articleTitle}”: ${first.claimText}`
        : `You were assigned ${items.length} claims on “${first.articleTitle}”.`;
    await notify(tx, { userIds: [reviewerId], kind: "assigned", message, link: items.length === 1 ? `/claims/${first.claimId}` : "/queue" });
  }
  for (const item of assigned) {
    if (!item.previousReviewerId) continue;
    await notify(tx, {
      userIds: [item.previousReviewerId],
      kind: "unassigned",
      message: `A claim on “${item.articleTitle}” was reassigned to ${item.reviewer.name}.`,
    });
  }
}

/**
 * Releases a claim back to the open pool: the assignment ends (kept as history),
 * the claim moves by "unassign", the former holder is told.
 */
export async function unassignClaim(
  db: Database,
  params: { claimId: string; actorId: string; expectedVersion?: number },
): Promise<{ ok: true; replayed: boolean } | { ok: false; reason: "not_found" | "bad_state" | "conflict" }> {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx.select().from(claims).where(eq(claims.id, params.claimId)).limit(1);
    if (!row) return { ok: false, reason: "not_found" } as const;
    if (params.expectedVersion !== undefined && params.expectedVersion !== row.version) {
      // The same Unassign arriving again finds itself the claim's last event: done, not a conflict.
      if (!(await getActiveAssignment(tx, row.id)) && (await isUnassignReplay(tx, row.id, params.actorId))) return { ok: true, replayed: true } as const;
      return { ok: false, reason: "conflict" } as const;
    }
    const outcome = await unassignInTx(tx, row, params.actorId, null);
    if (outcome !== "ok") return { ok: false, reason: outcome } as const;
    return { ok: true, replayed: false } as const;
  });
}

/** Whether the claim's newest event is this editor's own Unassign (not a hand-back, a deactivation or a spike). */
async function isUnassignReplay(tx: DbOrTx, claimId: string, actorId: string): Promise<boolean> {
  const last = await latestAuditEvent(tx, { entityType: "claim", entityId: claimId });
  return last?.action === "claim.unassigned" && last.actorId === actorId && last.after?.because === undefined;
}

/**
 * unassignClaim inside the caller's transaction. `because` says why when it was
 * not an editor's choice (a deactivated holder, a holder handing it back, with
 * their `reason`); the holder is then not told.
 */
export async function unassignInTx(
  tx: DbOrTx,
  row: typeof claims.$inferSelect,
  actorId: string,
  because: string | null,
  reason?: string,
): Promise<"ok" | "bad_state" | "conflict"> {
  // A stale claim leaves its holder as the editor's Reopen takes it: back to the open pool.
  const next = nextStatus(row.status, "unassign") ?? nextStatus(row.status, "reopen");
  const previous = await getActiveAssignment(tx, row.id);
  if (!next || !previous) return "bad_state";
  await endActiveAssignment(tx, row.id);
  const updated = await updateClaimIfVersion(tx, { claimId: row.id, expectedVersion: row.version, patch: { status: next } });
  if (!updated) return "conflict";
  const [holder] = await tx.select({ name: users.name }).from(users).where(eq(users.id, previous.reviewerId));
  await recordAuditEvent(tx, {
    actorId,
    entityType: "claim",
    entityId: row.id,
    articleId: row.articleId,
    action: "claim.unassigned",
    before: { status: row.status, reviewer: holder?.name ?? null },
    after: { status: next, reviewer: null, ...(because ? { because } : {}), ...(reason ? { reason } : {}) },
  });
  if (!because) {
    const title = await articleTitleOf(tx, row.articleId);
    await notify(tx, { userIds: [previous.reviewerId], kind: "unassigned", message: `A claim on “${title}” was taken off your queue.` });
  }
  return "ok";
}

/**
 * Ends the check of a claim an editor dismissed because its words left the
 * article (`drop_lost`), inside the caller's transaction: the assignment ends
 * (kept as history) and its holder, if anyone else, is told the work is no
 * longer needed. Returns the holder's name, or null when nobody held it.
 */
export async function endCheckOfDroppedClaim(tx: DbOrTx, row: typeof claims.$inferSelect, actorId: string): Promise<string | null> {
  const previous = await getActiveAssignment(tx, row.id);
  if (!previous) return null;
  await endActiveAssignment(tx, row.id);
  const [holder] = await tx.select({ name: users.name }).from(users).where(eq(users.id, previous.reviewerId));
  if (previous.reviewerId !== actorId) {
    const title = await articleTitleOf(tx, row.articleId);
    await notify(tx, {
      userIds: [previous.reviewerId],
      kind: "unassigned",
      message: `A claim on “${title}” was dismissed: its words are no longer in the article. You need not check it.`,
    });
  }
  return holder?.name ?? null;
}

/**
 * When someone is deactivated, the claims they still had to work on (assigned,
 * in review, returned, stale) go back to the open pool for an editor to assign again,
 * in the caller's transaction: nobody would ever finish them. What they handed
 * over stays with the editors. Returns how many were released.
 */
export async function releaseHeldClaims(tx: DbOrTx, params: { reviewerId: string; actorId: string }): Promise<number> {
  const held = await tx
    .select({ claim: claims })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .where(and(eq(assignments.reviewerId, params.reviewerId), assignmentIsActive, inArray(claims.status, [...OPEN_WORK])));
  let released = 0;
  for (const { claim } of held) {
    if ((await unassignInTx(tx, claim, params.actorId, "holder deactivated")) === "ok") released += 1;
  }
  return released;
}

/**
 * When an article is spiked, the claims of it that people still had to work on go
 * back to the open pool, in the caller's transaction (audited as released because
 * the article was spiked; the caller tells the holders, once each). Returns the
 * holders and how many claims each lost.
 */
export async function releaseArticleClaims(tx: DbOrTx, params: { articleId: string; actorId: string }): Promise<Map<string, number>> {
  const held = await tx
    .select({ claim: claims, reviewerId: assignments.reviewerId })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .where(and(eq(claims.articleId, params.articleId), assignmentIsActive, inArray(claims.status, [...OPEN_WORK])));
  const released = new Map<string, number>();
  for (const { claim, reviewerId } of held) {
    if ((await unassignInTx(tx, claim, params.actorId, "article spiked")) === "ok") released.set(reviewerId, (released.get(reviewerId) ?? 0) + 1);
  }
  return released;
}

/**
 * Claim statuses that count as open work for a reviewer (not yet handed over),
 * as My queue counts them (QUEUE_TO_DO): a stale claim is theirs to check again.
 * The workload pickers and auto-assign count it; deactivating the holder or
 * spiking the article releases it.
 */
export const OPEN_WORK = ["assigned", "in_review", "returned", "stale"] as const;

export type ReviewerWorkload = { id: string; name: string; email: string; openCount: number; awayUntil: Date | null };

/**
 * Active reviewers with the number of claims they still have to work on, by name.
 * Editors may review too, but pickers and auto-assign offer reviewers by default
 * so editors' sign-off time is not spent by accident.
 */
export async function listReviewerWorkloads(db: DbOrTx): Promise<ReviewerWorkload[]> {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      awayUntil: users.awayUntil,
      openCount: sql<number>`(select count(*) from ${assignments} a join ${claims} c on c.id = a.claim_id
        where a.reviewer_id = "users"."id" and a.active = 1 and c.status in ${OPEN_WORK})`.mapWith(Number),
    })
    .from(users)
    .where(and(eq(users.role, "reviewer"), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id));
}

/** claimId → name of the person who holds it now, for an article's claims. */
export async function listActiveAssigneesForArticle(db: DbOrTx, articleId: string): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .select({ claimId: assignments.claimId, id: users.id, name: users.name })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .innerJoin(users, eq(users.id, assignments.reviewerId))
    .where(and(eq(claims.articleId, articleId), assignmentIsActive));
  return new Map(rows.map((row) => [row.claimId, { id: row.id, name: row.name }]));
}

export type AssignResult =
  | { ok: true; assigned: AssignedClaim[]; skipped: { claimId: string; reason: "not_found" | "bad_state" | "conflict" | "spiked" }[] }
  | { ok: false; reason: "reviewer_unavailable" };

/**
 * Assigns claims (or reassigns them) to one person with a due time, priority and
 * note, in one transaction: the previous assignment of each claim is ended, not
 * deleted, the claim moves by the "assign" event, and each change is audited.
 * Claims that cannot be assigned are reported in `skipped`, never half-written.
 * `expectedVersions` (claimId → version) turns a stale screen into a conflict.
 */
export async function assignClaims(
  db: Database,
  params: AssignTerms & { claimIds: string[]; reviewerId: string; expectedVersions?: Record<string, number> },
): Promise<AssignResult> {
  return writeTransaction(db, async (tx) => {
    const [reviewer] = await tx.select().from(users).where(eq(users.id, params.reviewerId)).limit(1);
    // Claims go to reviewers, as the Assign form offers them; an editor holding one would sign off beside their own check.
    if (!reviewer?.active || reviewer.role !== "reviewer") return { ok: false, reason: "reviewer_unavailable" } as const;
    const assigned: AssignedClaim[] = [];
    const skipped: { claimId: string; reason: "not_found" | "bad_state" | "conflict" | "spiked" }[] = [];
    for (const claimId of [...new Set(params.claimIds)]) {
      const outcome = await assignInTx(tx, { ...params, claimId, reviewer, expectedVersion: params.expectedVersions?.[claimId] });
      if ("reason" in outcome) skipped.push({ claimId, reason: outcome.reason });
      else assigned.push(outcome);
    }
    await notifyAssigned(tx, assigned);
    return { ok: true, assigned, skipped } as const;
  });
}

/** One step of an auto-assign plan, with the name the preview shows. */
export type PlannedStep = { claimId: string; reviewerId: string; reviewerName: string };

/**
 * What Auto-assign would do now, written nowhere: every claim of the article that
 * nobody holds (open, or stale and released) to an active reviewer by open
 * workload, ties broken by name then id (lib/workflow/auto-assign.ts).
 * Deactivated people, and people away, are never chosen. The preview shows it;
 * autoAssignArticle plans again inside its transaction and writes that plan.
 */
export async function planArticleAutoAssign(db: DbOrTx, params: { articleId: string; now?: Date }): Promise<PlannedStep[]> {
  const candidates = await db
    .select({ id: claims.id, position: claims.start, status: claims.status })
    .from(claims)
    .where(
      and(
        eq(claims.articleId, params.articleId),
        inArray(claims.status, ["open", "stale"]),
        sql`not exists (select 1 from ${assignments} a where a.claim_id = "claims"."id" and a.active = 1)`,
      ),
    );
  const workloads = await listReviewerWorkloads(db);
  const now = params.now ?? new Date();
  const plan = planAutoAssignment(
    candidates.filter((claim) => nextStatus(claim.status, "assign") !== null),
    // Someone away is passed by, as a deactivated person is.
    workloads.map((reviewer) => ({ ...reviewer, active: !isAway(reviewer.awayUntil, now) })),
  );
  const names = new Map(workloads.map((reviewer) => [reviewer.id, reviewer.name]));
  return plan.map((step) => ({ ...step, reviewerName: names.get(step.reviewerId) ?? "" }));
}

/**
 * Auto-assign: writes the plan planArticleAutoAssign makes at this moment (the
 * desk may have moved on since a preview: the claims and workloads now decide).
 */
export async function autoAssignArticle(
  db: Database,
  params: AssignTerms & { articleId: string },
): Promise<{ assigned: AssignedClaim[] }> {
  return writeTransaction(db, async (tx) => {
    const plan = await planArticleAutoAssign(tx, { articleId: params.articleId });
    const reviewers = new Map((await tx.select().from(users).where(eq(users.active, true))).map((u) => [u.id, u]));
    const assigned: AssignedClaim[] = [];
    for (const step of plan) {
      const reviewer = reviewers.get(step.reviewerId);
      if (!reviewer) continue;
      const outcome = await assignInTx(tx, { ...params, claimId: step.claimId, reviewer });
      if (!("reason" in outcome)) assigned.push(outcome);
    }
    await notifyAssigned(tx, assigned);
    return { assigned };
  });
}

/** The title of an article, for messages about its claims. */
export async function articleTitleOf(db: DbOrTx, articleId: string): Promise<string> {
  const [row] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row?.title ?? "an article";
}
