import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/articles/article-workspace";
import { localDraftKey } from "@/lib/articles/local-draft";
import { AssignPanel } from "@/components/assign/assign-panel";
import { ExportMenu } from "@/components/export/export-menu";
import { PublishButton } from "@/components/articles/publish-button";
import { ReadinessPanel } from "@/components/articles/readiness-panel";
import { RestoreButton, SpikeButton } from "@/components/articles/spike-controls";
import { formatDateTime } from "@/components/ui/format";
import type { WorkspaceClaim } from "@/components/claims/types";
import { DueTime } from "@/components/ui/due-time";
import { getDb } from "@/db";
import { getArticle } from "@/db/queries/articles";
import { getSpikeRecord } from "@/db/queries/spike";
import { isNewsroomNamed } from "@/db/queries/settings";
import { listReviewerWorkloads } from "@/db/queries/assignments";
import { getArticleReadiness, listWorkspaceClaims } from "@/db/queries/workspace";
import { currentUser, requirePermission } from "@/lib/auth/guards";
import { INTAKE_LIMITS_SUMMARY, MAX_ARTICLE_CHARS } from "@/lib/intake/limits";
import { awayNote } from "@/lib/workflow/away";
import { can } from "@/lib/workflow/permissions";
import { deskTimeZone } from "../../desk-time-zone";
import { articleHistoryMark } from "@/db/queries/changes-since";
import { ArticleWatch } from "@/components/articles/article-watch";

type Props = { params: Promise<{ id: string }> };

/**
 * The tab says which article it is (editors keep several open). Only for people who
 * see every article: a reviewer's view depends on their claims, and a tab title must
 * not name an article the page itself would answer 404 for.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await currentUser();
  if (!user || user.passwordFromAdmin || !can(user.role, "articles.view_all")) return { title: "Article" };
  const article = await getArticle(getDb(), (await params).id);
  return { title: article?.title ?? "Article" };
}

export default async function ArticlePage({ params }: Props) {
  const user = await requirePermission("articles.view");
  const { id } = await params;
  const db = getDb();
  const article = await getArticle(db, id);
  if (!article) notFound();
  const seesAll = can(user.role, "articles.view_all");
  // Read before the rest: anything after it is news to this render (ArticleWatch asks from here).
  const historyMark = seesAll ? await articleHistoryMark(db, id) : 0;
  const rows = await listWorkspaceClaims(db, { articleId: id, onlyAssignedTo: seesAll ? undefined : user.id });
  // A reviewer sees an article only through the claims assigned to them.
  if (!seesAll && rows.length === 0) notFound();
  const canEdit = can(user.role, "articles.edit");
  const claims: WorkspaceClaim[] = rows.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    text: c.text,
    status: c.status,
    anchorState: c.anchorState,
    kind: c.kind,
    claimant: c.claimant,
    score: c.score,
    checkworthy: c.checkworthy,
    reasons: c.reasons,
    version: c.version,
    origin: c.origin,
    dismissReason: c.dismissReason,
    verdictKey: c.verdictKey,
    verdictLabel: c.verdictLabel,
    assigneeId: c.assigneeId,
    assigneeName: c.assigneeName,
  }));
  const mayAssign = can(user.role, "claims.assign");
  // Readiness is an editor's view of the whole article; reviewers see only their claims.
  const mayExport = can(user.role, "exports.download");
  const [workloads, readiness, zone, spiked, named] = await Promise.all([
    mayAssign ? listReviewerWorkloads(db) : [],
    seesAll ? getArticleReadiness(db, id) : null,
    deskTimeZone(),
    article.status === "spiked" ? getSpikeRecord(db, id) : null,
    // The Export menu warns anyone downloading while the ClaimReview's publisher is still the placeholder.
    mayExport ? isNewsroomNamed(db) : true,
  ]);
  const mayEditStatus = can(user.role, "articles.spike");
  const now = new Date();
  const reviewers = workloads.map(({ id: reviewerId, name, openCount, awayUntil }) => ({ id: reviewerId, name, openCount, away: awayNote(awayUntil, now, zone) }));
  return (
    <>
      {seesAll ? <ArticleWatch articleId={id} mark={historyMark} /> : null}
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href="/articles">Articles</Link> / revision {article.revisionNumber}
            {/* Revision 1 has nothing to compare with. */}
            {canEdit && article.revisionNumber > 1 ? <> · <Link href={`/articles/${id}/revisions`}>Compare revisions</Link></> : null}
          </p>
          <h1>{article.title}</h1>
          <p>
            {article.byline || "No byline"} ·{" "}
            {article.deadline ? (
              <>
                deadline <DueTime value={article.deadline} now={new Date()} zone={zone} done={article.status === "published"} inline />
              </>
            ) : (
              "no publish deadline"
            )}
          </p>
        </div>
        <div className="actions page-head-actions">
          {mayEditStatus && article.status !== "published" && article.status !== "spiked" ? <SpikeButton articleId={id} version={article.version} /> : null}
          {mayExport ? <ExportMenu articleId={id} missingSourceUrl={!article.sourceUrl} unnamedNewsroom={!named} /> : null}
        </div>
      </div>
      {spiked ? (
        <section className="card spiked-banner" aria-label="Spiked">
          <div>
            <strong>Spiked</strong>
            {spiked.by ? ` by ${spiked.by}` : ""} · {formatDateTime(spiked.at, zone)}
            {spiked.reason ? <span className="due-when">“{spiked.reason}”</span> : null}
            <p className="small muted">This article will not run. Its checks stay on record; nothing new can be assigned until it is restored.</p>
          </div>
          {mayEditStatus ? <RestoreButton articleId={id} /> : null}
        </section>
      ) : readiness ? (
        <ReadinessPanel
          readiness={readiness}
          published={article.status === "published"}
          correctionsHref={`/corrections?article=${encodeURIComponent(id)}`}
          action={canEdit ? <PublishButton articleId={id} version={article.version} ready={readiness.ready} missingSourceUrl={!article.sourceUrl} /> : null}
        />
      ) : null}
      {article.status === "published" && canEdit ? (
        // Published, the check is closed: a later edit is a change readers may need telling about.
        <p className="form-note" role="note">
          Published{article.publishedAt ? ` ${formatDateTime(article.publishedAt, zone)}` : ""}. Editing its text now changes what the desk checked: claims whose words
          change go stale, and readers may need a correction or update, drafted from the claim&apos;s page (
          <Link href={`/corrections?article=${encodeURIComponent(id)}`}>this article&apos;s corrections</Link>).
        </p>
      ) : null}
      <ArticleWorkspace
        key={`${article.id}`}
        article={{
          id: article.id,
          version: article.version,
          title: article.title,
          byline: article.byline,
          sourceUrl: article.sourceUrl,
          deadline: article.deadline?.toISOString() ?? null,
          bodyJson: JSON.parse(article.bodyJson),
        }}
        claims={claims}
        canEdit={canEdit}
        limitsSummary={INTAKE_LIMITS_SUMMARY}
        maxChars={MAX_ARTICLE_CHARS}
        draftKey={localDraftKey(user.id, article.id)}
      >
        {/* Nothing to assign until there are claims: the form would be all unusable fields. */}
        {mayAssign && !spiked && claims.length > 0 ? (
          <AssignPanel
            articleId={id}
            // The workspace's own list, passed again: the page's payload then carries each claim once.
            claims={claims}
            reviewers={reviewers}
            deadline={article.deadline?.toISOString() ?? null}
          />
        ) : null}
      </ArticleWorkspace>
    </>
  );
}
