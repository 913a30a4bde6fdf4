"use client";

import { useEffect } from "react";

/**
 * Marks the comment a link points at ("…#comment-…", from a notification). CSS's
 * :target covers a full page load; a move inside the app sets the address without
 * it, so the comment is marked here once the page is shown.
 */
export function CommentTarget() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id.startsWith("comment-")) return;
    const comment = document.getElementById(id);
    comment?.setAttribute("data-targeted", "true");
    comment?.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
