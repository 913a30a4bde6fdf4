"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { focusElement } from "@/components/ui/focus";
import styles from "./review.module.css";

/**
 * What the last action on a claim page did (Submit for sign-off, Approve, Return,
 * Reopen, Hand back), said in the verdict card. The button pressed is gone once
 * the page refreshes (the form or the sign-off panel with it), so its own message
 * would go too; the verdict card stays, and so does this line in it.
 */
type Said = { claimId: string; text: string; onward: boolean };

let said: Said | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The id of the verdict card's heading, where focus goes with the message. */
export const VERDICT_HEADING_ID = "verdict-heading";

/**
 * Says `text` in the claim's verdict card and puts focus on the card's heading (the
 * button pressed is about to go). `onward`: the claim has left its holder's hands
 * (submitted), so the way on to their next claim is offered beside the message.
 */
export function announceOnClaim(claimId: string, text: string, { onward = false }: { onward?: boolean } = {}): void {
  said = { claimId, text, onward };
  for (const listener of listeners) listener();
  focusElement(document.getElementById(VERDICT_HEADING_ID));
}

type ClaimAnnouncementProps = {
  claimId: string;
  /** The next claim in the viewer's queue (the page's "Next in my queue"), or null when none is left. */
  nextInQueue: { claimId: string; claimText: string } | null;
};

/**
 * The line in the verdict card: a live region from the first render, so what
 * arrives in it is read out. After a submission the way on sits beside it: on a
 * phone the page's own "Next in my queue" is a long scroll up.
 */
export function ClaimAnnouncement({ claimId, nextInQueue }: ClaimAnnouncementProps) {
  const current = useSyncExternalStore(subscribe, () => said, () => null);
  // Leaving the claim's page forgets the message: another claim must not repeat it.
  useEffect(
    () => () => {
      if (said?.claimId === claimId) said = null;
    },
    [claimId],
  );
  const shown = current?.claimId === claimId ? current : null;
  return (
    <div className={shown ? styles.announced : undefined}>
      {/* Only the message is in the live region: the link beside it is not read out as news. */}
      <div aria-live="polite">{shown ? <p className="form-ok">{shown.text}</p> : null}</div>
      {shown?.onward ? (
        nextInQueue ? (
          <Link className="button" href={`/claims/${nextInQueue.claimId}`} title={nextInQueue.claimText}>
            Next in my queue <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <Link className="button" href="/queue">
            Back to My queue
          </Link>
        )
      ) : null}
    </div>
  );
}
