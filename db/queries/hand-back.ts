import { eq } from "drizzle-orm";
import { shorten } from "@/lib/text/shorten";
import type { Database, DbOrTx } from "../index";
import { claims } from "../schema";
import { getActiveAssignment, unassignInTx } from "./assignments";
import { latestAuditEvent } from "./audit";
import { notify } from "./notifications";
import { userNameOr } from "./users";
import { writeTransaction } from "./write-transaction";

export type HandBackResult =
  | { ok: true; assignedById: string; claimText: string; articleId: string; replayed: false }
  /** The holder had just handed it back with this reason (a request sent twice): nothing was written this time. */
  | { ok: true; claimText: string; articleId: string; replayed: true }
  | { ok: false; reason: "not_found" | "not_holder" | "bad_state" | "conflict" };

/**
 * The holder of a claim gives it back (they cannot check it: off sick, no
 * expertise, a conflict of interest), with their reason: the claim goes back to
 * the open pool as an editor's "Unassign" sends it, its draft stays with it, and
 * the editor who assigned it is told why. Only the holder may. No version is
 * compared: the holder's own autosaves move the claim's version under their page,
 * and whether it is still theirs, and still in their hands, is all that matters.
 */
export async function handBackClaim(
  db: Database,
  params: { claimId: string; actorId: string; reason: string },
): Promise<HandBackResult> {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx.select().from(claims).where(eq(claims.id, params.claimId)).limit(1);
    if (!row) return { ok: false, reason: "not_found" } as const;
    const assignment = await getActiveAssignment(tx, row.id);
    if (assignment?.reviewerId !== params.actorId) {
      // The same hand-back arriving again finds itself the claim's last event: done, not "not yours".
      if (!assignment && (await isHandBackReplay(tx, row.id, params))) return { ok: true, claimText: row.text, articleId: row.articleId, replayed: true } as const;
      return { ok: false, reason: "not_holder" } as const;
    }
    const outcome = await unassignInTx(tx, row, params.actorId, "handed back", params.reason);
    if (outcome !== "ok") return { ok: false, reason: outcome } as const;
    if (assignment.assignedById !== params.actorId) {
      await notify(tx, {
        userIds: [assignment.assignedById],
        kind: "handed_back",
        message: `${await userNameOr(tx, params.actorId, "The reviewer")} handed back a claim you assigned (“${shorten(params.reason, 140)}”): ${shorten(row.text, 140)}`,
        link: `/claims/${row.id}`,
      });
    }
    return { ok: true, assignedById: assignment.assignedById, claimText: row.text, articleId: row.articleId, replayed: false } as const;
  });
}

/** Whether the claim's newest event is this person handing it back with this reason. */
async function isHandBackReplay(tx: DbOrTx, claimId: string, params: { actorId: string; reason: string }): Promise<boolean> {
  const last = await latestAuditEvent(tx, { entityType: "claim", entityId: claimId });
  return last?.action === "claim.unassigned" && last.actorId === params.actorId && last.after?.because === "handed back" && last.after.reason === params.reason;
}
