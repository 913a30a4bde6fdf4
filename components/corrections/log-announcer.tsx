"use client";

import { useEffect, useSyncExternalStore } from "react";
import { focusElement } from "@/components/ui/focus";
import styles from "./corrections.module.css";

/**
 * What the last discard on the corrections log did. The discarded entry leaves
 * the page when it refreshes, and its editor (and any message in it) with it, so
 * the message is said in a line of the log itself, which stays. Imitates the
 * claim page's announcer (components/review/claim-announcer.tsx).
 */
let said: string | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const LOG_ANNOUNCEMENT_ID = "corrections-log-announcement";

/** Says `text` above the log and moves focus there (the button pressed is about to go). */
export function announceOnLog(text: string): void {
  said = text;
  for (const listener of listeners) listener();
  focusElement(document.getElementById(LOG_ANNOUNCEMENT_ID));
}

/** The log's line for such messages: a live region from the first render, so what arrives in it is read out. */
export function LogAnnouncement() {
  const text = useSyncExternalStore(subscribe, () => said, () => null);
  // Leaving the log forgets the message, so coming back does not repeat it.
  useEffect(
    () => () => {
      said = null;
    },
    [],
  );
  return (
    <div id={LOG_ANNOUNCEMENT_ID} role="status" className={styles.said}>
      {text ? <p className="form-ok">{text}</p> : null}
    </div>
  );
}
