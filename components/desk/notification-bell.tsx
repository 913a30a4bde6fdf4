"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** How often an open, visible tab asks for the count: a new assignment shows within a minute. */
const POLL_MS = 60_000;
/** The pages listing the person's own work: refreshed when the count rises. */
const REFRESHED_ON_NEWS = new Set(["/queue", "/dashboard"]);
/** Past this the badge says "99+": a four-digit count would cover the bell. The link's name keeps the full number. */
const MOST_SHOWN = 99;
/**
 * Sent on the window by Notifications' "Mark all as read" once its refreshed page
 * is in: the layout's count came before that page read its newest rows, so the
 * bell asks again.
 */
export const NOTIFICATIONS_READ_EVENT = "desk:notifications-read";

/**
 * The bell with the unread count. The layout renders it once, so the count is
 * asked again on every move to another page or another page of one list
 * (each page of Notifications reads what it shows), every minute while the tab
 * is visible, and when the tab comes back. When the count rises, My queue and the
 * Dashboard are refreshed too, so a new assignment shows in the list itself.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  // The query string counts: Notifications' older pages and filters share its path.
  const location = `${usePathname()}?${useSearchParams().toString()}`;
  const [unread, setUnread] = useState(initialUnread);
  const [fromServer, setFromServer] = useState(initialUnread);
  const askedFor = useRef(location);
  const router = useRouter();
  // The count the bell shows, for the poll to compare with (the effect does not re-run per count).
  const unreadNow = useRef(unread);
  useEffect(() => {
    unreadNow.current = unread;
  }, [unread]);

  // A new render of the layout (after a form's action, say) knows best.
  if (fromServer !== initialUnread) {
    setFromServer(initialUnread);
    setUnread(initialUnread);
  }

  useEffect(() => {
    let cancelled = false;
    // `justArrived`: asked for a page just rendered, which already shows what is new.
    const refresh = async (justArrived = false) => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch("/api/notifications/unread", { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { unread?: unknown };
        if (cancelled || typeof body.unread !== "number") return;
        // Something new for this person (an assignment, a return): the lists of their
        // work show it too, without a reload. They hold no typing a refresh could lose.
        if (!justArrived && body.unread > unreadNow.current && REFRESHED_ON_NEWS.has(window.location.pathname)) router.refresh();
        setUnread(body.unread);
      } catch {
        // Offline for a moment: keep the count shown and try again later.
      }
    };
    // The first page's count came with it; every later page asks.
    if (location !== askedFor.current) {
      askedFor.current = location;
      void refresh(true);
    }
    const ask = () => void refresh();
    const askAfterReading = () => void refresh(true);
    const timer = window.setInterval(ask, POLL_MS);
    document.addEventListener("visibilitychange", ask);
    window.addEventListener(NOTIFICATIONS_READ_EVENT, askAfterReading);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", ask);
      window.removeEventListener(NOTIFICATIONS_READ_EVENT, askAfterReading);
    };
  }, [location, router]);

  return (
    <Link className="bell" href="/notifications" aria-label={`Notifications, ${unread} unread`}>
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? <span className="count">{unread > MOST_SHOWN ? `${MOST_SHOWN}+` : unread}</span> : null}
    </Link>
  );
}
