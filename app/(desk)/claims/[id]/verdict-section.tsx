import { ClaimAnnouncement, VERDICT_HEADING_ID } from "@/components/review/claim-announcer";
import styles from "@/components/review/review.module.css";
import type { ArchiveSources, ScaleOption, VerdictSnapshot } from "@/components/review/types";
import { VerdictForm } from "@/components/review/verdict-form";
import { VerdictSummary } from "@/components/review/verdict-summary";
import { WithdrawButton } from "@/components/review/withdraw-button";
import type { ClaimStatus } from "@/lib/workflow/statuses";
import { earlierWording } from "@/lib/verdicts/checked-words";

type VerdictSectionProps = {
  claimId: string;
  articleId: string;
  /** The claim's passage is gone from the article (the page says so above). */
  passageLost: boolean;
  claimStatus: ClaimStatus;
  /** The claim's words now, to say when the verdict was given for others. */
  claimText: string;
  isHolder: boolean;
  /** Who is looking: a version someone else wrote is said to be theirs. */
  viewerId: string;
  working: (VerdictSnapshot & { reviewerId: string }) | null;
  scale: ScaleOption[];
  /** The desk's time zone. */
  zone: string;
  /** Sources of earlier checks of similar claims, which the form offers to add. */
  archiveSources: ArchiveSources[];
  /** The page's "Next in my queue", offered again beside "Submitted for sign-off". */
  nextInQueue: { claimId: string; claimText: string } | null;
};

// A stale claim's holder checks it again: its words changed under the verdict.
const EDITABLE: ClaimStatus[] = ["assigned", "in_review", "returned", "stale"];

/**
 * The verdict card: the form for the person holding the claim while it is theirs
 * to work on, otherwise the latest version read-only. A returned verdict shows
 * the editor's comment above the form, which starts from the returned version.
 */
export function VerdictSection({ claimId, articleId, passageLost, claimStatus, claimText, isHolder, viewerId, working, scale, zone, archiveSources, nextInQueue }: VerdictSectionProps) {
  const editable = isHolder && EDITABLE.includes(claimStatus);
  // Only a decided version speaks for words; a draft is rewritten for the new ones at its next save.
  const earlier = working && working.state !== "draft" ? earlierWording(working.claimText, claimText) : null;
  return (
    <section className="card" aria-labelledby={VERDICT_HEADING_ID}>
      <div className={styles.sectionHead}>
        {/* Focus comes here after Submit, Approve or Return (their buttons go with the refresh). */}
        <h2 id={VERDICT_HEADING_ID} tabIndex={-1}>
          {editable ? "Your verdict" : "Verdict"}
        </h2>
        {working ? (
          <span className="muted small">
            {/* The next save of a signed-off or returned verdict makes a new version; the form says which. */}
            {editable && working.state !== "draft" ? `Version ${working.number + 1}, from version ${working.number} (${working.state})` : `Version ${working.number}`}
          </span>
        ) : null}
      </div>
      {/* Only what the link needs goes to the browser. */}
      <ClaimAnnouncement claimId={claimId} nextInQueue={nextInQueue && { claimId: nextInQueue.claimId, claimText: nextInQueue.claimText }} />
      {earlier ? (
        <div className={styles.notice} role="note">
          <strong>The article&apos;s words changed after this verdict</strong>
          <p>
            Version {working?.number} was given for: “{earlier}”
            {editable ? " Check the claim as it reads now; your next save starts a new version." : ""}
          </p>
        </div>
      ) : null}
      {editable && working && working.reviewerId !== viewerId ? (
        // The claim came to this reviewer from someone else (reassigned, handed back, a reopened check):
        // the form starts from their words, which must not pass for the new holder's own.
        <div className={styles.notice} role="note">
          <strong>Started by {working.reviewerName}</strong>
          <p>
            The form holds {working.state === "draft" ? "their draft" : `their version ${working.number}`}. Keep what holds and change what does not: from your next save this verdict is recorded as yours (the
            claim&apos;s history keeps what they wrote).
          </p>
        </div>
      ) : null}
      {editable && working?.state === "returned" ? (
        <div className={styles.notice} role="note">
          <strong>Returned by {working.approverName ?? "an editor"}</strong>
          <p>{working.returnComment}</p>
        </div>
      ) : null}
      {editable ? (
        // No key: the form must survive the refresh after each save (a new version
        // gets a new id), or typing made while the save was in flight would be lost.
        <VerdictForm
          claimId={claimId}
          viewerId={viewerId}
          claimText={claimText}
          scale={scale}
          token={working ? { verdictId: working.id, version: working.version } : { verdictId: null, version: null }}
          savedNumber={working?.number ?? null}
          articleId={articleId}
          passageLost={passageLost}
          initial={{ verdictKey: working?.verdictKey ?? null, rationale: working?.rationale ?? "", evidence: working?.evidence ?? [] }}
          archiveSources={archiveSources}
        />
      ) : working ? (
        <>
          <VerdictSummary verdict={working} scale={scale} zone={zone} />
          {isHolder && claimStatus === "submitted" && working.state === "submitted" ? (
            <WithdrawButton claimId={claimId} token={{ verdictId: working.id, version: working.version }} />
          ) : null}
        </>
      ) : (
        <p className="muted">No verdict yet. The reviewer holding this claim records it here.</p>
      )}
    </section>
  );
}
