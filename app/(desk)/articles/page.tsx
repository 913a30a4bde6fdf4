import type { Metadata } from "next";
import Link from "next/link";
import { ArticleListFilters } from "@/components/articles/article-list-filters";
import { ARTICLE_STATUS_LABELS } from "@/components/articles/article-status";
import { DueTime } from "@/components/ui/due-time";
import { formatDateTime, formatRelative } from "@/components/ui/format";
import { getDb } from "@/db";
import { listArticles } from "@/db/queries/articles";
import { ARTICLES_PER_PAGE, articleListHref, parseArticleListQuery } from "@/lib/articles/list-query";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/workflow/permissions";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Articles" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: PageProps) {
  const user = await requirePermission("articles.view");
  const mayEdit = can(user.role, "articles.edit");
  const query = parseArticleListQuery(await searchParams);
  // One row more than a page tells whether there is a next page, without a count query.
  const [found, zone] = await Promise.all([
    listArticles(getDb(), {
      viewerId: user.id,
      all: can(user.role, "articles.view_all"),
      search: query.q,
      status: query.status,
      limit: ARTICLES_PER_PAGE + 1,
      offset: (query.page - 1) * ARTICLES_PER_PAGE,
    }),
    deskTimeZone(),
  ]);
  const rows = found.slice(0, ARTICLES_PER_PAGE);
  const more = found.length > ARTICLES_PER_PAGE;
  const filtered = query.q !== "" || query.status !== undefined || query.page > 1;
  const now = new Date();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Articles</h1>
          <p>{mayEdit ? "Articles on the desk, most recently changed first." : "Articles with claims assigned to you."}</p>
        </div>
        {mayEdit ? (
          <Link className="button primary" href="/articles/new">
            New article
          </Link>
        ) : null}
      </div>
      {filtered || rows.length > 0 ? <ArticleListFilters query={query} /> : null}
      {rows.length === 0 && filtered ? (
        <div className="card empty">
          <h2>No articles match</h2>
          <p>
            Try fewer words or another status, or <Link href="/articles">show every article</Link>.
          </p>
        </div>
      ) : rows.length === 0 ? (
        <div className="card empty">
          <h2>No articles yet</h2>
          {mayEdit ? (
            <p>
              Start with <strong>New article</strong>: paste or import the text, then press <strong>Find claims</strong> to see
              what is worth checking.
            </p>
          ) : (
            <p>When an editor assigns you a claim, its article appears here and in My queue.</p>
          )}
        </div>
      ) : (
        <div className="card table-card">
          <table className="list stack">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Claims settled</th>
                <th scope="col">Deadline</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/articles/${row.id}`}>{row.title}</Link>
                    <div className="muted small">{row.byline || "No byline"}</div>
                  </td>
                  <td data-label="Status">
                    <span className={`badge ${row.status === "ready" ? "ok" : row.status === "in_check" ? "info" : ""}`}>
                      {ARTICLE_STATUS_LABELS[row.status]}
                    </span>
                    {row.suggestedCount > 0 ? <div className="muted small">{row.suggestedCount} suggestions to curate</div> : null}
                  </td>
                  <td data-label="Claims settled">{row.claimCount === 0 ? <span className="muted">No claims</span> : `${row.settledCount} of ${row.claimCount}`}</td>
                  <td data-label="Deadline">
                    <DueTime value={row.deadline} now={now} zone={zone} done={row.status === "published"} />
                  </td>
                  <td data-label="Updated">
                    <time className="nowrap" dateTime={row.updatedAt.toISOString()} title={formatDateTime(row.updatedAt, zone)}>
                      {formatRelative(row.updatedAt, now)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.page > 1 || more ? (
        <nav className="pager" aria-label="Pages of articles">
          {query.page > 1 ? <Link href={articleListHref(query, query.page - 1)}>← Newer</Link> : <span />}
          <span className="muted small">Page {query.page}</span>
          {more ? <Link href={articleListHref(query, query.page + 1)}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
