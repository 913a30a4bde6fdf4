import type { ArticleStatus } from "@/lib/workflow/statuses";

/** How the desk names an article's status. */
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: "Draft",
  in_check: "In check",
  ready: "Ready to publish",
  published: "Published",
  spiked: "Spiked",
};
