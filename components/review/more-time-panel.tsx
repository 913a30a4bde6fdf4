import { formatDateTime } from "@/components/ui/format";
import { moreTimeSpan, pastDeadline, type MoreTimeRequest } from "@/lib/workflow/more-time";
import { AnswerMoreTime, AskMoreTime } from "./more-time";

/** A claim's active assignment, with any open request for more time. */
type Held = { reviewerName: string; dueAt: Date | null; moreTime: MoreTimeRequest | null };

/** For editors, above the verdict: the holder's open request for more time, to grant or decline (and what came of it). */
export function MoreTimeQuestion({ claimId, assignment, articleDeadline, zone }: { claimId: string; assignment: Held; articleDeadline: Date | null; zone: string }) {
  const request = assignment.moreTime;
  return (
    <AnswerMoreTime
      claimId={claimId}
      holderName={assignment.reviewerName}
      request={
        request
          ? {
              askedAt: request.askedAt.toISOString(),
              untilLabel: formatDateTime(request.until, zone),
              span: moreTimeSpan(assignment.dueAt, request.until),
              reason: request.reason,
              pastDeadline: pastDeadline(request.until, articleDeadline),
            }
          : null
      }
    />
  );
}

/** For the holder, beside "Hand it back": ask for a later due time, or see the request already made. */
export function MoreTimeRequestForm({ claimId, assignment, zone }: { claimId: string; assignment: Held; zone: string }) {
  const request = assignment.moreTime;
  return (
    <AskMoreTime
      claimId={claimId}
      currentDue={assignment.dueAt?.toISOString() ?? null}
      pending={request ? { untilLabel: formatDateTime(request.until, zone), until: request.until.toISOString(), reason: request.reason } : null}
    />
  );
}
