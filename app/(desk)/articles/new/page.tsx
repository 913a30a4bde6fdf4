import type { Metadata } from "next";
import { ArticleWorkspace } from "@/components/articles/article-workspace";
import { requirePermission } from "@/lib/auth/guards";
import { INTAKE_LIMITS_SUMMARY, MAX_ARTICLE_CHARS } from "@/lib/intake/limits";
import { localDraftKey } from "@/lib/articles/local-draft";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePermission("articles.edit");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>New article</h1>
          <p>Paste the text or import it, then save. Find claims saves the article and suggests what to check.</p>
        </div>
      </div>
      <ArticleWorkspace article={null} claims={[]} canEdit limitsSummary={INTAKE_LIMITS_SUMMARY} maxChars={MAX_ARTICLE_CHARS} draftKey={localDraftKey(user.id, null)} />
    </>
  );
}
