import type { Metadata } from "next";
import Link from "next/link";
import { QueueTable } from "@/components/review/queue-table";
import { RefreshWhenRestored } from "@/components/review/refresh-when-restored";
import { env } from "@/lib/env";
import { DEFAULT_REMINDER_LEAD_MINUTES, isDueSoon, reminderLeadMinutes } from "@/lib/workflow/due-reminders";
import { SignOffTable } from "@/components/review/sign-off-table";
import { getDb } from "@/db";
import { listQueue } from "@/db/queries/queue";
import { countAwaitingSignOff, listAwaitingSignOff } from "@/db/queries/review";
import { getAwayUntil } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/guards";
import { awayNote } from "@/lib/workflow/away";
import { can } from "@/lib/workflow/permissions";
import { QUEUE_TO_DO } from "@/lib/workflow/queue-next";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from "@/lib/workflow/statuses";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "My queue" };

/**
 * My queue: the claims assigned to me by due time, overdue marked, with counts by
 * state. Editors also see the verdicts waiting for sign-off, their own marked
 * (the two-person rule means someone else must decide those).
 */
/** Claims already sent to the editors shown before "Show all": they pile up over a busy week, the work to do is above them. */
const SENT_SHOWN = 20;
/** Verdicts waiting for sign-off shown before "Show all": those needing a correction come first, so they are never the ones left out. */
const SIGN_OFF_SHOWN = 50;

type PageProps = { searchParams: Promise<{ sent?: string | string[]; signoff?: string | string[]; handed?: string | string[] }> };

export default async function QueuePage({ searchParams }: PageProps) {
  const query = await searchParams;
  const allSent = query.sent === "all";
  const allSignOff = query.signoff === "all";
  // Arrived from "Hand it back": the claim has left this list, so the list says where it went.
  const handedBack = query.handed === "back";
  const user = await requirePermission("queue.view");
  const db = getDb();
  const signsOff = can(user.role, "verdicts.approve");
  const [items, awaiting, awaitingTotal, zone, awayUntil] = await Promise.all([
    listQueue(db, { reviewerId: user.id }),
    signsOff ? listAwaitingSignOff(db, { limit: allSignOff ? undefined : SIGN_OFF_SHOWN }) : Promise.resolve([]),
    signsOff ? countAwaitingSignOff(db) : Promise.resolve(0),
    deskTimeZone(),
    getAwayUntil(db, user.id),
  ]);
  const now = new Date();
  const away = awayNote(awayUntil, now, zone);
  const counts = new Map<ClaimStatus, number>();
  for (const item of items) counts.set(item.claimStatus, (counts.get(item.claimStatus) ?? 0) + 1);
  const overdue = items.filter((item) => item.overdue).length;
  // "Due soon" means what the reminders mean by it, or their default when they are off.
  const dueSoonMinutes = reminderLeadMinutes(env()) || DEFAULT_REMINDER_LEAD_MINUTES;
  const todo = items.filter((item) => QUEUE_TO_DO.includes(item.claimStatus));
  const dueSoon = todo.filter((item) => !item.overdue && isDueSoon(item.dueAt, now, dueSoonMinutes)).length;
  const done = items.filter((item) => !QUEUE_TO_DO.includes(item.claimStatus));
  return (
    <>
      {/* Back to the queue shows this render again from the router's copy: states and claims may have moved on. */}
      <RefreshWhenRestored renderId={crypto.randomUUID()} />
      <div className="page-head">
        <div>
          <h1>My queue</h1>
          <p>
            {awaiting.length > 0 ? "Verdicts waiting for sign-off, those needing a correction first, then oldest first; then the claims" : "Claims"} assigned to you, soonest due first. Approved claims leave the queue when
            their article is published.
          </p>
        </div>
        <ul className="actions" aria-label="Counts by state" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {/* In the workflow's order, so each count keeps its place from visit to visit. */}
          {CLAIM_STATUSES.filter((status) => counts.has(status)).map((status) => [status, counts.get(status)!] as const).map(([status, n]) => (
            <li key={status} className={`badge ${status === "returned" ? "warn" : status === "approved" ? "ok" : "info"}`}>
              {CLAIM_STATUS_LABELS[status]}: {n}
            </li>
          ))}
          {overdue > 0 ? <li className="badge danger">Overdue: {overdue}</li> : null}
          {dueSoon > 0 ? <li className="badge warn">Due soon: {dueSoon}</li> : null}
        </ul>
      </div>
      {handedBack ? (
        <p className="form-ok" role="status">
          Handed back: the claim is in the open pool for an editor to assign again, with your draft.
        </p>
      ) : null}
      {away ? (
        <p className="form-ok" role="note">
          You are marked {away}: auto-assign passes you by. <Link href="/account">Back early?</Link>
        </p>
      ) : null}
      {awaiting.length > 0 ? (
        <SignOffTable items={awaiting} total={Math.max(awaitingTotal, awaiting.length)} viewerId={user.id} zone={zone} moreHref="/queue?signoff=all#signoff-heading" />
      ) : null}
      {items.length === 0 && awaiting.length > 0 ? (
        // An editor with verdicts to sign off: the work is above; a big empty card would bury it.
        <p className="muted">No claims are assigned to you to check.</p>
      ) : items.length === 0 ? (
        <div className="card empty">
          <h2>Your queue is empty</h2>
          <p>When an editor assigns you a claim, it appears here with its due time. You will also get a notification.</p>
        </div>
      ) : (
        <>
          <QueueTable title="To do" items={todo} empty="Nothing left to check. Well done." now={now} zone={zone} dueSoonMinutes={dueSoonMinutes} />
          {done.length > 0 ? (
            <QueueTable title="Sent to the editors" items={done} empty="" now={now} zone={zone} done limit={allSent ? undefined : SENT_SHOWN} moreHref="/queue?sent=all#queue-sent-to-the-editors" />
          ) : null}
        </>
      )}
    </>
  );
}
