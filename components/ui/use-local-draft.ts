"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { isFreshSafetyCopy, type SafetyCopyFormat } from "@/lib/safety-copy";

/** How long typing pauses before the safety copy is written. */
const WRITE_AFTER_MS = 500;

const noSubscription = () => () => {};

function readSlot(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keeps a page's unsaved typing in localStorage under `key` while `dirty` (see
 * lib/safety-copy; the article editor's and the verdict form's): written shortly
 * after each change (`changes` is anything that changes with each edit, or the
 * page calls `changed()` on each), when the
 * tab goes away, and when the page's form does — which is what a browser Back
 * inside the desk does. `recovered` is the copy found when the page opened;
 * `forget` drops it (after a save, or on Discard); `clear` only empties the slot
 * (the desk has saved the typing), leaving the offer as it is. Keys name the
 * person (and what they typed in), so a shared computer never offers one person's
 * words to another.
 */
export function useLocalDraft<Kind extends string, Content>(
  key: string,
  format: SafetyCopyFormat<Kind, Content>,
  dirty: boolean,
  changes: unknown,
  snapshot: () => Content | null,
) {
  // The slot as the page found it, read once per visit (and key): what this page
  // writes later is its own copy, not one to offer back. Null on the server.
  const opened = useRef<{ key: string; raw: string | null } | null>(null);
  const storedAtOpen = useSyncExternalStore(
    noSubscription,
    () => {
      if (opened.current?.key !== key) {
        const raw = readSlot(key);
        const copy = format.parse(raw);
        opened.current = { key, raw: copy && isFreshSafetyCopy(copy, new Date()) ? raw : null };
      }
      return opened.current.raw;
    },
    () => null,
  );
  const [forgotten, setForgotten] = useState(false);
  const recovered = useMemo(() => (forgotten ? null : format.parse(storedAtOpen)), [forgotten, format, storedAtOpen]);

  // The newest snapshot function and dirty flag, for the writes below, which run outside render.
  const latest = useRef({ snapshot, dirty });
  useLayoutEffect(() => {
    latest.current = { snapshot, dirty };
  });

  const write = useCallback(() => {
    const value = latest.current.snapshot();
    if (!value) return;
    try {
      window.localStorage.setItem(key, format.serialize(value, new Date()));
    } catch {
      // Storage full or turned off: the copy is a safety net; the unsaved-changes prompt still asks.
    }
  }, [key, format]);

  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // An unreadable store holds no copy to offer either.
    }
  }, [key]);

  const forget = useCallback(() => {
    setForgotten(true);
    // Saved (or discarded) just now: leaving before the next render must not keep a copy again.
    latest.current = { ...latest.current, dirty: false };
    clear();
  }, [clear]);

  // One pending write at a time, restarted by each change: by `changes` through the
  // effect below, or by `changed()` from a handler, for a page whose edits must not
  // re-render it (the article editor: a render per keystroke was its typing lag).
  const pending = useRef<number | undefined>(undefined);
  const changed = useCallback(() => {
    window.clearTimeout(pending.current);
    // Read when it fires: the edit that called this may not have rendered `dirty` yet, and a save meanwhile clears it.
    pending.current = window.setTimeout(() => {
      if (latest.current.dirty) write();
    }, WRITE_AFTER_MS);
  }, [write]);

  useEffect(() => {
    if (!dirty) return;
    changed();
    window.addEventListener("pagehide", write);
    return () => {
      window.clearTimeout(pending.current);
      window.removeEventListener("pagehide", write);
    };
  }, [dirty, changes, write, changed]);

  // The page's form going away with typing unsaved (Back, or a link after "Leave") keeps it.
  useEffect(() => {
    const state = latest;
    return () => {
      if (state.current.dirty) write();
    };
  }, [write]);

  return { recovered, forget, clear, changed };
}
