import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/ui/page-links";
import { redirect } from "next/navigation";
import { CorrectionBadges } from "@/components/corrections/correction-badges";
import { CorrectionTexts } from "@/components/corrections/correction-texts";
import styles from "@/components/corrections/corrections.module.css";
import { LogAnnouncement } from "@/components/corrections/log-announcer";
import { articleOptionLabels, defaultRange, LOG_PAGE_SIZE, logPageHref, parseLogQuery, rangeInstants, type LogQuery } from "@/components/corrections/log-filter";
import { ExportMenu } from "@/components/export/export-menu";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { countCorrectionsLog, listArticlesWithCorrections, listCorrectionsLog } from "@/db/queries/corrections-log";
import { requirePermission } from "@/lib/auth/guards";
import { pageSpan, parsePageNumber, showingText } from "@/lib/paging/pages";
import { can } from "@/lib/workflow/permissions";
import { CorrectionEditor } from "./correction-editor";
import { LogFilters } from "./log-filters";
import { deskTimeZone } from "../desk-time-zone";

export const metadata: Metadata = { title: "Corrections" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The corrections log: newest first, a page at a time with the total said, the
 * filters and the page in the URL (the export takes the filters and has them all).
 */
export default async function CorrectionsPage({ searchParams }: PageProps) {
  const user = await requirePermission("corrections.view");
  const now = new Date();
  const zone = await deskTimeZone();
  const params = await searchParams;
  const parsed = parseLogQuery(params, now, zone);
  const query: LogQuery = parsed.ok ? parsed.query : defaultRange(now, zone);
  const range = rangeInstants(query, zone);
  const filter = { ...range, articleId: query.article, type: query.type, status: query.status };
  const requested = parsePageNumber(params.page);
  const db = getDb();
  const [total, { entries }, articles] = await Promise.all([
    countCorrectionsLog(db, filter),
    listCorrectionsLog(db, filter, { limit: LOG_PAGE_SIZE, offset: (requested - 1) * LOG_PAGE_SIZE }),
    listArticlesWithCorrections(db, { ...range, include: query.article }),
  ]);
  const span = pageSpan(total, requested, LOG_PAGE_SIZE);
  // A page past the end (the log shrank, or a hand-edited URL) is sent to the last one.
  if (span.pastEnd) redirect(logPageHref(query, span.pages));
  const labels = articleOptionLabels(articles, zone);
  const canEdit = can(user.role, "corrections.manage");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Corrections</h1>
          <p>The newsroom&apos;s corrections log, filed by publication date (or creation date until published).</p>
        </div>
        {can(user.role, "exports.download") ? <ExportMenu correctionsLog={query} /> : null}
      </div>
      <LogFilters query={query} articles={articles.map((article) => ({ id: article.id, label: labels.get(article.id) ?? article.title }))} error={parsed.ok ? undefined : parsed.error} />
      <LogAnnouncement />
      <p className={styles.summary} role="status">
        {/* One sentence, so a narrow screen wraps it rather than squeezing two columns. */}
        <span>
          {total === 0 ? "No corrections" : `${showingText(span, total)} correction${total === 1 ? "" : "s"}`} from {formatDate(range.from, zone)} to{" "}
          {formatDate(range.to, zone)}
          {span.pages > 1 ? ", newest first" : ""}
        </span>
      </p>
      {entries.length === 0 ? (
        <div className="card empty">
          <h2>No corrections in this range</h2>
          <p>Widen the dates or clear a filter. A correction is drafted from a claim approved as inaccurate or misleading, on the claim&apos;s page.</p>
        </div>
      ) : (
        entries.map((entry) => (
          <article key={entry.id} id={`correction-${entry.id}`} className={`card ${styles.entry}`} aria-labelledby={`correction-${entry.id}-title`}>
            <div className={styles.head}>
              <div>
                <CorrectionBadges type={entry.type} status={entry.status} />
                <h2 id={`correction-${entry.id}-title`}>
                  <Link href={`/articles/${entry.articleId}`}>{entry.articleTitle}</Link>
                </h2>
              </div>
              <div className={styles.dates}>
                {entry.publishedAt ? <div>Published {formatDateTime(entry.publishedAt, zone)}</div> : <div>Not published</div>}
                {entry.publishedAt && entry.amendedAt ? <div>Amended {formatDateTime(entry.amendedAt, zone)}</div> : null}
                <div>
                  Drafted {formatDateTime(entry.createdAt, zone)}
                  {entry.createdByName ? ` by ${entry.createdByName}` : ""}
                </div>
              </div>
            </div>
            <CorrectionTexts originalText={entry.originalText} correctedText={entry.correctedText} note={entry.note} />
            {canEdit ? <CorrectionEditor correction={entry} articleTitle={entry.articleTitle} /> : null}
          </article>
        ))
      )}
      <PageLinks label="Pages of corrections" page={span.page} pages={span.pages} href={(n) => logPageHref(query, n)} />
    </>
  );
}
