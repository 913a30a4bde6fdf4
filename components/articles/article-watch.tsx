"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useWhileVisible } from "@/components/ui/use-while-visible";

/** How often an open, visible article page asks whether anyone else changed the article. */
const POLL_MS = 15_000;

/**
 * Keeps an open article page up with other editors and reviewers: when anyone
 * else changed the article after the render it belongs to (`mark`), the page
 * refreshes. The editor's own text stays (the workspace only ever loads it
 * once), so a colleague's save shows at once as "This article was saved
 * elsewhere" with Bring in their changes, and their claim decisions, assignments
 * and verdicts show in the claim list and the progress.
 */
export function ArticleWatch({ articleId, mark }: { articleId: string; mark: number }) {
  const router = useRouter();
  const since = useRef(mark);
  const stopped = useRef(false);
  useEffect(() => {
    since.current = mark;
  }, [mark]);

  useWhileVisible(
    async () => {
      if (stopped.current) return;
      try {
        const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/changes?since=${since.current}`, { cache: "no-store" });
        // Signed out or no longer allowed: the next action says so; asking again would not help.
        if (response.status === 401 || response.status === 403) stopped.current = true;
        if (!response.ok) return;
        const answer = (await response.json()) as { mark?: unknown; news?: unknown };
        if (typeof answer.mark !== "number") return;
        since.current = answer.mark;
        if (answer.news === true) router.refresh();
      } catch {
        // Offline for a moment: ask again at the next turn.
      }
    },
    POLL_MS,
    articleId,
  );
  return null;
}
