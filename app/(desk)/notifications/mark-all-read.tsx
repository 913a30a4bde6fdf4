"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { NOTIFICATIONS_READ_EVENT } from "@/components/desk/notification-bell";
import { keepFocusWhenRemoved, waitingProps } from "@/components/ui/focus";
import { reachAction } from "@/components/ui/reach-action";
import { markAllNotificationsReadAction } from "./actions";
import styles from "./notifications.module.css";

/** What the person is told once the button has done its work. */
export function markedMessage(marked: number): string {
  if (marked === 0) return "Nothing was left unread.";
  return `Marked ${marked.toLocaleString("en-GB")} more ${marked === 1 ? "notification" : "notifications"} as read.`;
}

/**
 * "Mark all as read", for an inbox too long to read a page at a time. Shown while
 * anything is unread beyond the page on screen; once pressed, the refreshed page
 * has nothing unread and the button goes, so the message that says what happened
 * (and takes the focus the button had) stays in its place.
 */
export function MarkAllRead({ unread, openedAt }: { unread: number; openedAt: string }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // After the refreshed page is in (its render read the rows it shows, newcomers too): the bell counts again.
  useEffect(() => {
    if (outcome?.ok) window.dispatchEvent(new Event(NOTIFICATIONS_READ_EVENT));
  }, [outcome]);
  if (unread === 0 && !outcome) return null;
  return (
    <div className="actions">
      {unread > 0 ? (
        <button
          ref={button}
          type="button"
          {...waitingProps(pending, pending)}
          onClick={() =>
            start(async () => {
              const result = await reachAction(() => markAllNotificationsReadAction({ upTo: openedAt }));
              setOutcome(result.ok ? { ok: true, text: markedMessage(result.data.marked) } : { ok: false, text: result.error });
              if (result.ok) keepFocusWhenRemoved(button.current, () => status.current);
            })
          }
        >
          Mark all as read
        </button>
      ) : null}
      <p ref={status} role="status" className={outcome?.ok ? `form-ok ${styles.marked}` : "sr-only"}>
        {outcome?.ok ? outcome.text : ""}
      </p>
      {outcome && !outcome.ok ? (
        <span className="field-error" role="alert">
          {outcome.text}
        </span>
      ) : null}
    </div>
  );
}
