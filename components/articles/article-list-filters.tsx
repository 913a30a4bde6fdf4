import Link from "next/link";
import type { ArticleListQuery } from "@/lib/articles/list-query";
import { MAX_SEARCH_LENGTH } from "@/lib/articles/list-query";
import { ARTICLE_STATUS_LABELS } from "./article-status";

/**
 * Search and status filter for the articles list, as a plain GET form: the
 * filters live in the URL, so a filtered list can be bookmarked, shared and
 * reloaded, and it works before the page's JavaScript has loaded.
 */
export function ArticleListFilters({ query }: { query: ArticleListQuery }) {
  const filtered = query.q !== "" || query.status !== undefined;
  return (
    <form role="search" aria-label="Find articles" method="get" action="/articles" className="card article-filters">
      <div className="field">
        <label htmlFor="articles-q">Search</label>
        <input id="articles-q" type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH_LENGTH} placeholder="Words in the title or byline" />
      </div>
      <div className="field">
        <label htmlFor="articles-status">Status</label>
        <select id="articles-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          <option value="open">In progress (not published or spiked)</option>
          {Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Find
        </button>
        {filtered ? <Link href="/articles">Clear</Link> : null}
      </div>
    </form>
  );
}
