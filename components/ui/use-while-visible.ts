"use client";

import { useEffect, useRef } from "react";

/**
 * Runs `ask` every `intervalMs` while the tab is visible, and when the tab comes
 * back into view or the connection comes back: how an open page keeps up with other people without a server
 * push. `ask` may change from render to render; the timer keeps running. `key`
 * restarts the timer (a new page, a new render's mark).
 */
export function useWhileVisible(ask: () => void | Promise<void>, intervalMs: number, key: unknown): void {
  const latest = useRef(ask);
  useEffect(() => {
    latest.current = ask;
  });
  useEffect(() => {
    const run = () => {
      if (document.visibilityState === "visible") void latest.current();
    };
    const timer = window.setInterval(run, intervalMs);
    document.addEventListener("visibilitychange", run);
    // Back online: catch up at once rather than at the next turn.
    window.addEventListener("online", run);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", run);
      window.removeEventListener("online", run);
    };
  }, [intervalMs, key]);
}
