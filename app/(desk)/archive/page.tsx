import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/ui/page-links";
import { redirect } from "next/navigation";
import { VerdictLabel } from "@/components/review/verdict-label";
import { formatDate } from "@/components/ui/format";
import { getDb } from "@/db";
import { countArchive, searchArchive } from "@/db/queries/archive";
import { listVerdictScale } from "@/db/queries/settings";
import { ARCHIVE_PAGE_SIZE, archiveHref, MAX_ARCHIVE_SEARCH_LENGTH, parseArchiveQuery } from "@/lib/archive/archive-query";
import { requirePermission } from "@/lib/auth/guards";
import { pageSpan, parsePageNumber, showingText } from "@/lib/paging/pages";
import { can } from "@/lib/workflow/permissions";
import { deskTimeZone } from "../desk-time-zone";
import styles from "./archive.module.css";

export const metadata: Metadata = { title: "Archive" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The desk's signed-off checks, searchable by the claims' words and filtered by
 * verdict: "have we checked this before, and what did we find?" Newest first,
 * a page at a time with the total said; the search and the page live in the URL.
 * A reviewer searches their own checks only (the query scopes it, not the page).
 */
export default async function ArchivePage({ searchParams }: PageProps) {
  const user = await requirePermission("archive.search");
  const db = getDb();
  const [scale, zone] = await Promise.all([listVerdictScale(db), deskTimeZone()]);
  const params = await searchParams;
  const query = parseArchiveQuery(params, scale.map((entry) => entry.key));
  const requested = parsePageNumber(params.page);
  const seesAll = can(user.role, "articles.view_all");
  const search = { query, viewerId: user.id, seesAll, zone };
  const [total, { rows }] = await Promise.all([countArchive(db, search), searchArchive(db, { ...search, page: requested })]);
  const span = pageSpan(total, requested, ARCHIVE_PAGE_SIZE);
  // A page past the end (a hand-edited URL, or checks reopened since) is sent to the last one.
  if (span.pastEnd) redirect(archiveHref(query, span.pages));
  const filtered = query.q !== "" || query.verdict !== undefined || query.from !== undefined || query.to !== undefined;
  const colour = new Map(scale.map((entry) => [entry.key, entry.color]));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Archive</h1>
          <p>{seesAll ? "Every claim the desk has checked and signed off, newest first." : "The claims you checked that were signed off, newest first."}</p>
        </div>
      </div>
      <form role="search" aria-label="Search the archive" method="get" action="/archive" className="card article-filters archive-filters">
        <div className="field">
          <label htmlFor="archive-q">Search checked claims</label>
          <input id="archive-q" type="search" name="q" defaultValue={query.q} maxLength={MAX_ARCHIVE_SEARCH_LENGTH} placeholder="Words or figures in the claim" />
        </div>
        <div className="field">
          <label htmlFor="archive-verdict">Verdict</label>
          <select id="archive-verdict" name="verdict" defaultValue={query.verdict ?? ""}>
            <option value="">Any verdict</option>
            {scale.map((entry) => (
              <option key={entry.key} value={entry.key}>
                {entry.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="archive-from">Signed off from</label>
          <input id="archive-from" type="date" name="from" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="archive-to">until</label>
          <input id="archive-to" type="date" name="to" defaultValue={query.to ?? ""} />
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            Search
          </button>
          {filtered ? <Link href="/archive">Clear</Link> : null}
        </div>
      </form>
      {total > 0 ? (
        <p className={styles.summary} role="status">
          {showingText(span, total)} {filtered ? (total === 1 ? "match" : "matches") : total === 1 ? "check" : "checks"}
          {span.pages > 1 ? <span className="muted">, newest first</span> : null}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <div className="card empty">
          {filtered ? (
            <>
              <h2>No checked claim matches</h2>
              <p>
                Try fewer or other words, or <Link href="/archive">show every check</Link>.
              </p>
            </>
          ) : (
            <>
              <h2>Nothing signed off yet</h2>
              <p>A claim appears here once an editor approves its verdict, with the verdict and its sources.</p>
            </>
          )}
        </div>
      ) : (
        <div className="card table-card">
          <table className="list stack" aria-label="Checked claims">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Verdict</th>
                <th scope="col">Article</th>
                <th scope="col">Signed off</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/claims/${row.id}`}>{row.text}</Link>
                    <div className="muted small">
                      {row.evidenceCount} source{row.evidenceCount === 1 ? "" : "s"}
                    </div>
                  </td>
                  <td data-label="Verdict">
                    <VerdictLabel label={row.verdictLabel} color={colour.get(row.verdictKey ?? "")} />
                  </td>
                  <td data-label="Article">
                    <Link href={`/articles/${row.articleId}`}>{row.articleTitle}</Link>
                  </td>
                  <td data-label="Signed off" className="nowrap">
                    {formatDate(row.decidedAt, zone)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PageLinks label="Pages of checked claims" page={span.page} pages={span.pages} href={(n) => archiveHref(query, n)} />
    </>
  );
}
