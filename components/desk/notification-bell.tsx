"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** How often an open, visible tab asks for the count: a new assignment shows within a minute. */
const POLL_MS = 60_000;
/** Past this the badge says "99+": a four-digit count would cover the bell. The link's name keeps the full number. */
const MOST_SHOWN = 99;

/**
 * The bell with the unread count. The layout renders it once, so the count is
 * asked again on every move to another page or another page of one list
 * (each page of Notifications reads what it shows), every minute while the tab
 * is visible, and when the tab comes back.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  // The query string counts: Notifications' older pages and filters share its path.
  const location = `${usePathname()}?${useSearchParams().toString()}`;
  const [unread, setUnread] = useState(initialUnread);
  const [fromServer, setFromServer] = useState(initialUnread);
  const askedFor = useRef(location);

  // A new render of the layout (after a form's action, say) knows best.
  if (fromServer !== initialUnread) {
    setFromServer(initialUnread);
    setUnread(initialUnread);
  }

  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch("/api/notifications/unread", { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { unread?: unknown };
        if (!cancelled && typeof body.unread === "number") setUnread(body.unread);
      } catch {
        // Offline for a moment: keep the count shown and try again later.
      }
    };
    // The first page's count came with it; every later page asks.
    if (location !== askedFor.current) {
      askedFor.current = location;
      void refresh();
    }
    const timer = window.setInterval(refresh, POLL_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [location]);

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
