"use client";

import { useEffect, useSyncExternalStore } from "react";
import { focusElement } from "@/components/ui/focus";

/**
 * What the last action on a claim page did (Submit for sign-off, Approve, Return,
 * Reopen, Hand back), said in the verdict card. The button pressed is gone once
 * the page refreshes (the form or the sign-off panel with it), so its own message
 * would go too; the verdict card stays, and so does this line in it.
 */
type Said = { claimId: string; text: string };

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

/** Says `text` in the claim's verdict card and puts focus on the card's heading (the button pressed is about to go). */
export function announceOnClaim(claimId: string, text: string): void {
  said = { claimId, text };
  for (const listener of listeners) listener();
  focusElement(document.getElementById(VERDICT_HEADING_ID));
}

/** The line in the verdict card: a live region from the first render, so what arrives in it is read out. */
export function ClaimAnnouncement({ claimId }: { claimId: string }) {
  const current = useSyncExternalStore(subscribe, () => said, () => null);
  // Leaving the claim's page forgets the message: another claim must not repeat it.
  useEffect(
    () => () => {
      if (said?.claimId === claimId) said = null;
    },
    [claimId],
  );
  const text = current?.claimId === claimId ? current.text : "";
  return <div aria-live="polite">{text ? <p className="form-ok">{text}</p> : null}</div>;
}
