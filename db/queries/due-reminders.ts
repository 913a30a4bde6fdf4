import { and, asc, eq, inArray, isNotNull, isNull, lte, notInArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { isAway } from "@/lib/workflow/away";
import { QUEUE_TO_DO } from "@/lib/workflow/queue-next";
import { bellReminders, type DueClaim } from "@/lib/workflow/due-reminders";
import type { Database } from "../index";
import { articles, assignments, claims, users } from "../schema";
import { notify } from "./notifications";
import { writeTransaction } from "./write-transaction";
import { assignmentIsActive } from "./conditions";

/** The people reminded in one sweep, each with their claims coming due (for the e-mail). */
export type Reminded = { userId: string; name: string; email: string; claims: DueClaim[] };

const assigners = alias(users, "assigners");

/**
 * Reminds each holder of a claim that is due within `leadMs` of `now` (or already
 * late) and still needs their work, once per assignment: a bell notification per
 * claim, and the list back for an e-mail. The assignment is marked reminded in the
 * same transaction, only where it was not yet, so two server processes (or two
 * hosts) sweeping at once remind nobody twice. A reassignment is a new assignment
 * and is reminded afresh; claims on published or spiked articles are nobody's work.
 * A holder who is away is not the one to tell: the editor who assigned the claim
 * is, so that they can reassign it.
 */
export async function sendDueReminders(db: Database, params: { now: Date; leadMs: number }): Promise<Reminded[]> {
  const until = new Date(params.now.getTime() + params.leadMs);
  return writeTransaction(db, async (tx) => {
    const due = await tx
      .select({
        assignmentId: assignments.id,
        reviewerId: assignments.reviewerId,
        name: users.name,
        email: users.email,
        awayUntil: users.awayUntil,
        assigner: { id: assigners.id, name: assigners.name, email: assigners.email, active: assigners.active },
        claimId: claims.id,
        claimText: claims.text,
        dueAt: assignments.dueAt,
      })
      .from(assignments)
      .innerJoin(claims, eq(claims.id, assignments.claimId))
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .innerJoin(users, eq(users.id, assignments.reviewerId))
      .innerJoin(assigners, eq(assigners.id, assignments.assignedById))
      .where(
        and(
          assignmentIsActive,
          eq(users.active, true),
          isNull(assignments.remindedAt),
          isNotNull(assignments.dueAt),
          lte(assignments.dueAt, until),
          inArray(claims.status, [...QUEUE_TO_DO]),
          notInArray(articles.status, ["published", "spiked"]),
        ),
      )
      .orderBy(asc(assignments.dueAt));
    if (due.length === 0) return [];
    const marked = await tx
      .update(assignments)
      .set({ remindedAt: params.now })
      .where(and(inArray(assignments.id, due.map((row) => row.assignmentId)), isNull(assignments.remindedAt)))
      .returning({ id: assignments.id });
    const markedIds = new Set(marked.map((row) => row.id));

    const byPerson = new Map<string, Reminded>();
    for (const row of due) {
      if (!markedIds.has(row.assignmentId) || !row.dueAt) continue;
      const cover = isAway(row.awayUntil, params.now) && row.assigner.active && row.assigner.id !== row.reviewerId;
      const claim: DueClaim = { claimId: row.claimId, claimText: row.claimText, dueAt: row.dueAt, ...(cover ? { awayHolder: { name: row.name, awayUntil: row.awayUntil! } } : {}) };
      const to = cover ? { userId: row.assigner.id, name: row.assigner.name, email: row.assigner.email } : { userId: row.reviewerId, name: row.name, email: row.email };
      const person = byPerson.get(to.userId) ?? { ...to, claims: [] };
      person.claims.push(claim);
      byPerson.set(to.userId, person);
    }
    for (const person of byPerson.values()) {
      for (const bell of bellReminders(person.claims, params.now)) await notify(tx, { userIds: [person.userId], kind: "due", ...bell });
    }
    return [...byPerson.values()];
  });
}
