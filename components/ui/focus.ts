import type { MouseEvent } from "react";

/**
 * Keeping keyboard focus through an action. Two things drop it to <body>, where
 * a keyboard or screen-reader user loses their place: a focused button that turns
 * `disabled` while its action runs, and a button the refreshed page no longer
 * renders (Spike, Approve, Remove…). `waitingProps` answers the first,
 * `focusWhenShown` and `keepFocusWhenRemoved` the second.
 */

const refuse = (event: MouseEvent) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * Props for a button while an action runs: it refuses clicks (and, for a submit
 * button, the form's Enter) but stays focusable, because `aria-disabled` keeps
 * focus where `disabled` would drop it. `running` marks the one that was pressed
 * (its spinner, app/globals.css).
 */
export function waitingProps(waiting: boolean, running = false) {
  return {
    "aria-disabled": waiting ? true : undefined,
    "aria-busy": running ? true : undefined,
    onClickCapture: waiting ? refuse : undefined,
  } as const;
}

/** Focuses an element, giving one that takes no focus of its own (a heading, a message) a tabindex of -1. */
export function focusElement(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.matches("a[href], button, input, select, textarea, summary, [tabindex]")) element.setAttribute("tabindex", "-1");
  element.focus();
}

/** How long to wait for a refreshed page to show what should take focus. */
const WAIT_MS = 10_000;

/**
 * Focuses what `find` returns as soon as it is in the document: now, or once the
 * refresh that follows an action renders it. Gives up after a while, or when the
 * person has put focus somewhere themselves.
 */
export function focusWhenShown(find: () => HTMLElement | null | undefined): void {
  const attempt = () => {
    const element = find();
    if (!element) return false;
    focusElement(element);
    return true;
  };
  if (attempt()) return;
  const started = document.activeElement;
  const observer = new MutationObserver(() => {
    const moved = document.activeElement !== started && document.activeElement !== document.body && document.activeElement?.isConnected;
    if (moved || attempt()) stop();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * When `element` leaves the document while focus is on it (the refresh after its
 * action renders the page without it), focus goes to what `fallback` returns
 * instead of to <body>. Watches until then, or for a while.
 */
export function keepFocusWhenRemoved(element: HTMLElement | null | undefined, fallback: () => HTMLElement | null | undefined): void {
  if (!element) return;
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    stop();
    // Focus went with the element only if nothing else has it now.
    if (document.activeElement === null || document.activeElement === document.body) focusElement(fallback());
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}
