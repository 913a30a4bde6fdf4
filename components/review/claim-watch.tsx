"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useWhileVisible } from "@/components/ui/use-while-visible";
import { announceClaimGone } from "./claim-gone";
import { sinceYouOpened } from "@/lib/workflow/claim-watch";
import { COMMENT_ID as SIGN_OFF_COMMENT_ID } from "./sign-off-panel";
import styles from "./review.module.css";

const UNSENT_SIGN_OFF = "Your comment for the reviewer is not sent, and the current state may no longer have the Sign-off box. Show it anyway? (Cancel to copy your comment first.)";

/** How often an open, visible claim page asks what others did: a colleague's comment shows within this. */
const POLL_MS = 15_000;

type Answer = { mark: number; quiet: boolean; said: string[] };
type Seen = { kind: "changed"; said: string[] } | { kind: "gone" } | { kind: "told_by_form" } | { kind: "signed_out" } | { kind: "deactivated" } | null;

function isAnswer(value: unknown): value is Answer {
  const answer = value as Answer;
  return typeof answer?.mark === "number" && typeof answer.quiet === "boolean" && Array.isArray(answer.said);
}

/**
 * Keeps an open claim page up with other people. It asks every few seconds
 * while the tab is visible (and when the tab comes back) what happened after
 * the render it belongs to (`mark`). A colleague's comment or the holder's
 * draft is taken in at once: the page refreshes, and what the viewer is typing
 * stays, since the same forms render again. Anything else (a submission, a
 * decision, a reassignment) could take away a form or panel with typing in it,
 * so the page says what happened and refreshes when they press the button.
 */
export function ClaimWatch({ claimId, mark }: { claimId: string; mark: number }) {
  const router = useRouter();
  const [seen, setSeen] = useState<Seen>(null);
  const [renderedMark, setRenderedMark] = useState(mark);
  // Where the next ask starts: moves on with each answer, and back to the render's mark with a new render.
  const since = useRef(mark);

  // A new render of the page (a refresh, an action) shows everything up to its mark.
  if (renderedMark !== mark) {
    setRenderedMark(mark);
    setSeen(null);
  }

  const stopped = useRef(false);
  const noticeShown = useRef(false);
  useEffect(() => {
    since.current = mark;
    noticeShown.current = false;
  }, [mark]);

  useWhileVisible(
    async () => {
      if (stopped.current) return;
      try {
        const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/changes?since=${since.current}`, { cache: "no-store" });
        if (response.status === 404) {
          stopped.current = true;
          // The verdict form, if the page has one, says it beside the reviewer's text.
          setSeen({ kind: announceClaimGone(claimId) ? "told_by_form" : "gone" });
          return;
        }
        // Signed out (in another tab, say): asking again would not help, and the page must not pass for live.
        if (response.status === 401 || response.status === 403) {
          stopped.current = true;
          // A deactivated account is told so: "Sign in again" cannot help it (lib/auth/guards sessionRefused).
          const refusal: unknown = await response.json().catch(() => null);
          const deactivated = typeof refusal === "object" && refusal !== null && (refusal as { deactivated?: unknown }).deactivated === true;
          setSeen({ kind: deactivated ? "deactivated" : "signed_out" });
          return;
        }
        if (!response.ok) return;
        const answer: unknown = await response.json();
        if (!isAnswer(answer)) return;
        since.current = answer.mark;
        if (answer.said.length === 0) return;
        // Quiet news refreshes only a page with nothing waiting to be read: over a
        // notice ("Eve approved…") a refresh would take away what it warns of,
        // and whatever is being typed there, without the viewer's say.
        if (answer.quiet && !noticeShown.current) {
          router.refresh();
          return;
        }
        noticeShown.current = true;
        setSeen((before) => ({ kind: "changed", said: [...(before?.kind === "changed" ? before.said : []), ...answer.said] }));
      } catch {
        // Offline for a moment: ask again at the next turn.
      }
    },
    POLL_MS,
    claimId,
  );

  // A decided verdict takes the Sign-off panel with it, and the comment typed there.
  const showCurrentState = () => {
    const typed = (document.getElementById(SIGN_OFF_COMMENT_ID) as HTMLTextAreaElement | null)?.value.trim();
    if (typed && !window.confirm(UNSENT_SIGN_OFF)) return;
    router.refresh();
  };

  return (
    <div aria-live="polite" className={styles.watch}>
      {seen?.kind === "changed" ? (
        <div className={`${styles.notice} notice-action`}>
          <p>{sinceYouOpened(seen.said)}</p>
          <button type="button" className="small" onClick={showCurrentState}>
            Show the current state
          </button>
        </div>
      ) : seen?.kind === "signed_out" ? (
        <div className={`${styles.notice} notice-action`}>
          <p>You are signed out, so this page no longer shows what others do here. Anything you had not saved is still on this page.</p>
          <a className="button small" href={`/sign-in?from=${encodeURIComponent(`/claims/${claimId}`)}`} target="_blank" rel="noopener">
            Sign in again
          </a>
        </div>
      ) : seen?.kind === "deactivated" ? (
        <div className={styles.notice}>
          <p>Your account has been deactivated, so this page no longer shows what others do here. Anything you had not saved is still on this page.</p>
        </div>
      ) : seen?.kind === "gone" ? (
        <div className={`${styles.notice} notice-action`}>
          <p>This claim is no longer open to you: it may have been reassigned, or its article removed. Anything you had not saved is still on this page.</p>
          <Link className="button small" href="/queue">
            My queue
          </Link>
        </div>
      ) : null}
    </div>
  );
}
