"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** The server renders this browser has shown, by id. */
const shown = new Set<string>();

/**
 * Re-reads the page when Back or Forward brought it back. Next's router keeps the
 * payload of each page it showed and, on a history traversal, renders it again
 * however old it is (`staleTimes` does not apply to Back and Forward), so a claim
 * page would show the verdict and the states of when it was first opened. Each
 * server render carries a fresh `renderId`: the first mount of a render is a
 * navigation, a later mount of the same render is a restore, and only that one
 * refreshes. A page taken from the browser's own back-forward cache (`pageshow`
 * with `persisted`) is refreshed as well.
 */
export function RefreshWhenRestored({ renderId }: { renderId: string }) {
  const router = useRouter();
  // Per instance: an effect run again for the same render (a development remount) is not a restore.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (handled.current === renderId) return;
    handled.current = renderId;
    if (shown.has(renderId)) router.refresh();
    else shown.add(renderId);
  }, [renderId, router]);
  useEffect(() => {
    const pageShow = (event: PageTransitionEvent) => {
      if (event.persisted) router.refresh();
    };
    window.addEventListener("pageshow", pageShow);
    return () => window.removeEventListener("pageshow", pageShow);
  }, [router]);
  return null;
}
