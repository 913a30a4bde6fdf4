/**
 * The archive search as it travels in the URL (`/archive?q=bridge&verdict=inaccurate`).
 * Anything unreadable is dropped rather than failing the page, as on the
 * articles list: a mangled link still shows the archive.
 */
export type ArchiveQuery = {
  /** Words every listed claim holds; "" for the newest checks. */
  q: string;
  /** One verdict key of the scale, or undefined for any. */
  verdict?: string;
};

/** Longer searches are cut: they bound the full-text query (which uses the first 32 words anyway). */
export const MAX_ARCHIVE_SEARCH_LENGTH = 300;
/** How many checked claims the page lists. */
export const ARCHIVE_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** Reads the search; `verdictKeys` are the scale's keys, and any other verdict is ignored. */
export function parseArchiveQuery(params: Params, verdictKeys: readonly string[]): ArchiveQuery {
  const q = first(params.q).replace(/\s+/g, " ").trim().slice(0, MAX_ARCHIVE_SEARCH_LENGTH);
  const verdict = first(params.verdict);
  return verdictKeys.includes(verdict) ? { q, verdict } : { q };
}
