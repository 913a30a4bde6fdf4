import { dayRange } from "@/lib/time/days";

/**
 * The archive search as it travels in the URL (`/archive?q=bridge&verdict=inaccurate&from=2026-11-01&to=2026-11-30`).
 * Anything unreadable is dropped rather than failing the page, as on the
 * articles list: a mangled link still shows the archive.
 */
export type ArchiveQuery = {
  /** Words every listed claim holds; "" for the newest checks. */
  q: string;
  /** One verdict key of the scale, or undefined for any. */
  verdict?: string;
  /** Signed off on or after this day, and on or before this one (days on the desk's clock). */
  from?: string;
  to?: string;
};

/** Longer searches are cut: they bound the full-text query (which uses the first 32 words anyway). */
export const MAX_ARCHIVE_SEARCH_LENGTH = 300;
/** How many checked claims the page lists. */
export const ARCHIVE_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/**
 * Reads the search; `verdictKeys` are the scale's keys, and any other verdict is
 * ignored, as is a day that is not a real one. Days given the wrong way round are
 * swapped: the range meant is plain.
 */
export function parseArchiveQuery(params: Params, verdictKeys: readonly string[]): ArchiveQuery {
  const q = first(params.q).replace(/\s+/g, " ").trim().slice(0, MAX_ARCHIVE_SEARCH_LENGTH);
  const query: ArchiveQuery = { q };
  const verdict = first(params.verdict);
  if (verdictKeys.includes(verdict)) query.verdict = verdict;
  Object.assign(query, dayRange(first(params.from), first(params.to)));
  return query;
}

/**
 * The URL of the archive search `query` describes, at `page` (the first by
 * default, which needs no number): for links into it ("Checked before" sends its
 * words here) and the pager, which keeps the search as it pages.
 */
export function archiveHref(query: ArchiveQuery, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.verdict) params.set("verdict", query.verdict);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/archive?${search}` : "/archive";
}
