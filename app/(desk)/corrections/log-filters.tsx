import Link from "next/link";
import styles from "@/components/corrections/corrections.module.css";
import { CORRECTION_STATUS_LABELS } from "@/components/corrections/correction-badges";
import type { LogQuery } from "@/components/corrections/log-filter";
import { CORRECTION_STATUSES, CORRECTION_TYPE_LABELS, CORRECTION_TYPES } from "@/lib/workflow/statuses";

type LogFiltersProps = { query: LogQuery; articles: { id: string; label: string }[]; error?: string };

/**
 * The log's filters as a plain GET form (applying them starts again at page one): the filters live in the URL, so a
 * filtered log can be bookmarked and shared, and it works without JavaScript.
 */
export function LogFilters({ query, articles, error }: LogFiltersProps) {
  return (
    <form role="search" aria-label="Filter corrections" method="get" action="/corrections" className="card">
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className={styles.filters}>
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" type="date" name="from" defaultValue={query.from} required />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" type="date" name="to" defaultValue={query.to} required />
        </div>
        <div className="field">
          <label htmlFor="filter-article">Article</label>
          <select id="filter-article" name="article" defaultValue={query.article ?? ""}>
            <option value="">All articles</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">Type</label>
          <select id="filter-type" name="type" defaultValue={query.type ?? ""}>
            <option value="">All types</option>
            {CORRECTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {CORRECTION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            {CORRECTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CORRECTION_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="actions" style={{ flexWrap: "nowrap" }}>
          <button type="submit" className="primary">
            Apply filters
          </button>
          <Link href="/corrections" className="button">
            Reset
          </Link>
        </div>
      </div>
    </form>
  );
}
