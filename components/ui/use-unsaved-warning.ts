"use client";

import { useEffect } from "react";

export const UNSAVED_MESSAGE = "This article has changes that are not saved. Leave without saving them?";

/** Clicks already asked about: with several unsaved boxes on a page, one answer covers them all. */
const answered = new WeakSet<Event>();

/**
 * While `unsaved`, asks before the page is left: the browser's own prompt on
 * reload, close or a typed address (beforeunload), and a confirm on the desk's
 * links, which navigate inside the page and so never fire beforeunload. The link
 * check runs in the capture phase on the document, before Next's Link sees the click.
 */
export function useUnsavedWarning(unsaved: boolean, message: string = UNSAVED_MESSAGE): void {
  useEffect(() => {
    if (!unsaved) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      // A new tab, a download or a link to elsewhere on this page leaves the work where it is.
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin === window.location.origin && to.pathname === window.location.pathname && to.search === window.location.search) return;
      if (answered.has(event)) return;
      answered.add(event);
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [unsaved, message]);
}
