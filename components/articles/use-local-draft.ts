"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { isFreshLocalDraft, parseLocalDraft, serializeLocalDraft, type LocalArticleDraft } from "@/lib/articles/local-draft";

/** How long typing pauses before the safety copy is written. */
const WRITE_AFTER_MS = 500;

type Snapshot = Omit<LocalArticleDraft, "kind" | "savedAt">;

const noSubscription = () => () => {};

function readSlot(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keeps the article editor's unsaved edits in localStorage under `key` while
 * `dirty` (see lib/articles/local-draft.ts): written shortly after each change
 * (`changes` counts them), when the tab goes away, and when the editor does —
 * which is what a browser Back inside the desk does. `recovered` is the copy
 * found when the page opened; `forget` drops it (after a save, or on Discard).
 */
export function useLocalDraft(key: string, dirty: boolean, changes: number, snapshot: () => Snapshot | null) {
  // The slot as the page found it, read once per visit: what this page writes
  // later is its own copy, not one to offer back. Null on the server.
  const opened = useRef<string | null | undefined>(undefined);
  const storedAtOpen = useSyncExternalStore(
    noSubscription,
    () => {
      if (opened.current === undefined) {
        const raw = readSlot(key);
        const draft = parseLocalDraft(raw);
        opened.current = draft && isFreshLocalDraft(draft, new Date()) ? raw : null;
      }
      return opened.current;
    },
    () => null,
  );
  const [forgotten, setForgotten] = useState(false);
  const recovered = useMemo(() => (forgotten ? null : parseLocalDraft(storedAtOpen)), [forgotten, storedAtOpen]);

  // The newest snapshot function and dirty flag, for the writes below, which run outside render.
  const latest = useRef({ snapshot, dirty });
  useLayoutEffect(() => {
    latest.current = { snapshot, dirty };
  });

  const write = useCallback(() => {
    const value = latest.current.snapshot();
    if (!value) return;
    try {
      window.localStorage.setItem(key, serializeLocalDraft(value, new Date()));
    } catch {
      // Storage full or turned off: the copy is a safety net; the unsaved-changes prompt still asks.
    }
  }, [key]);

  const forget = useCallback(() => {
    setForgotten(true);
    // Saved (or discarded) just now: leaving before the next render must not keep a copy again.
    latest.current = { ...latest.current, dirty: false };
    try {
      window.localStorage.removeItem(key);
    } catch {
      // An unreadable store holds no copy to offer either.
    }
  }, [key]);

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(write, WRITE_AFTER_MS);
    window.addEventListener("pagehide", write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("pagehide", write);
    };
  }, [dirty, changes, write]);

  // The editor going away with edits unsaved (Back, or a link after "Leave") keeps them.
  useEffect(() => {
    const state = latest;
    return () => {
      if (state.current.dirty) write();
    };
  }, [write]);

  return { recovered, forget };
}
