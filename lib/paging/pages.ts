/**
 * Numbered pages for the desk's lists that say their total ("Showing 51–100 of
 * 254"): the articles list's `?page=N` habit, with a count beside it. A list
 * ordered newest first pages by OFFSET; that is fine where the filtered rows
 * are a few hundred (a month of corrections, a search's matches, the people on
 * the desk), which is where a total is worth saying.
 */

/** Far beyond any list the desk pages; stops absurd OFFSETs from a hand-edited URL. */
const MAX_PAGE = 10_000;

/** A 1-based page number from a URL value; anything else is the first page. */
export function parsePageNumber(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 ? Math.min(page, MAX_PAGE) : 1;
}

export type PageSpan = {
  /** The page asked for (1-based). */
  page: number;
  /** How many pages the total fills (at least 1, so an empty list is "page 1 of 1"). */
  pages: number;
  /** Rows to skip. */
  offset: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  /** True when `page` lies past the last page while there are rows: the page should send the reader to `pages`. */
  pastEnd: boolean;
};

/** Where page `page` of `total` rows at `size` a page starts and ends. */
export function pageSpan(total: number, page: number, size: number): PageSpan {
  const pages = Math.max(1, Math.ceil(total / size));
  const offset = (page - 1) * size;
  const pastEnd = total > 0 && offset >= total;
  return {
    page,
    pages,
    offset,
    first: total === 0 || pastEnd ? 0 : offset + 1,
    last: pastEnd ? 0 : Math.min(total, offset + size),
    pastEnd,
  };
}

/** "Showing 51–100 of 254" when the rows fill more than one page; else just the count ("12"). */
export function showingText(span: PageSpan, total: number): string {
  return span.pages > 1 ? `Showing ${span.first}–${span.last} of ${total}` : String(total);
}
