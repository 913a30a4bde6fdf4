import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignPanel } from "@/components/assign/assign-panel";
import { getDb } from "@/db";
import { getArticle } from "@/db/queries/articles";
import { getActiveAssignment, listActiveAssigneesForArticle, listReviewerWorkloads } from "@/db/queries/assignments";
import { listClaimsForArticle } from "@/db/queries/claims";
import { requirePermission } from "@/lib/auth/guards";
import { awayNote } from "@/lib/workflow/away";
import { deskTimeZone } from "../../desk-time-zone";

export const metadata: Metadata = { title: "Assign claims" };

/**
 * A page of its own for assigning one article's claims (/claims/assign?article=…,
 * with `&claim=…` to tick a claim on arrival, as a claim page's "Reassign" does).
 * The article workspace embeds the same AssignPanel; this page serves links from
 * elsewhere and keeps the panel testable on its own.
 */
export default async function AssignClaimsPage({ searchParams }: { searchParams: Promise<{ article?: string; claim?: string | string[] }> }) {
  await requirePermission("claims.assign");
  const { article: articleId, claim } = await searchParams;
  // "?claim=…" (one or more) ticks those claims on arrival.
  const preselected = claim === undefined ? [] : Array.isArray(claim) ? claim : [claim];
  const db = getDb();
  const article = articleId ? await getArticle(db, articleId) : undefined;
  if (!article) notFound();
  const [claims, assignees, reviewers, zone, current] = await Promise.all([
    listClaimsForArticle(db, article.id),
    listActiveAssigneesForArticle(db, article.id),
    listReviewerWorkloads(db),
    deskTimeZone(),
    // Reassigning one claim: its present due time, priority and note carry over unless changed.
    preselected.length === 1 ? getActiveAssignment(db, preselected[0]) : undefined,
  ]);
  const currentTerms = current ? { dueAt: current.dueAt?.toISOString() ?? null, priority: current.priority, note: current.note ?? "" } : null;
  const now = new Date();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Assign claims</h1>
          <p>
            <Link href={`/articles/${article.id}`}>{article.title}</Link>
            {preselected.length === 1 ? (
              <>
                {" · "}
                <Link href={`/claims/${encodeURIComponent(preselected[0])}`}>Back to the claim</Link>
              </>
            ) : null}
          </p>
        </div>
      </div>
      <AssignPanel
        articleId={article.id}
        deadline={article.deadline?.toISOString() ?? null}
        reviewers={reviewers.map(({ id, name, openCount, awayUntil }) => ({ id, name, openCount, away: awayNote(awayUntil, now, zone) }))}
        claims={claims.map((c) => ({ id: c.id, text: c.text, status: c.status, assigneeId: assignees.get(c.id)?.id ?? null, assigneeName: assignees.get(c.id)?.name ?? null, version: c.version }))}
        preselected={preselected}
        currentTerms={currentTerms}
      />
    </>
  );
}
