import { ARTICLE_STATUSES, type ArticleStatus } from "@/lib/workflow/statuses";

/**
 * The articles list's search, status filter and page, as they travel in the URL
 * (`/articles?q=bridge&status=open&page=2`). Anything unreadable falls back to the
 * default rather than failing the page: a mangled link still shows the desk's
 * articles, and the form shows what was actually applied.
 */
export type ArticleListQuery = {
  /** Words to find in the title or byline; "" for none. */
  q: string;
  /** One status, "open" for everything neither published nor spiked, or undefined for all. */
  status?: ArticleStatus | "open";
  /** 1-based page number. */
  page: number;
};

export const ARTICLES_PER_PAGE = 50;
/** Longer searches are cut: no headline is this long, and it bounds the LIKE pattern. */
export const MAX_SEARCH_LENGTH = 200;
/** Far beyond any real desk's archive at 50 a page; stops absurd OFFSETs. */
const MAX_PAGE = 10_000;

const STATUS_FILTERS: readonly string[] = [...ARTICLE_STATUSES, "open"];

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export function parseArticleListQuery(params: Params): ArticleListQuery {
  // Collapse runs of whitespace (a pasted headline often carries line breaks or tabs).
  const q = first(params.q).replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_LENGTH);
  const status = first(params.status);
  const page = Number(first(params.page));
  return {
    q,
    status: STATUS_FILTERS.includes(status) ? (status as ArticleListQuery["status"]) : undefined,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The URL of `query` at `page`, keeping only what differs from the defaults. */
export function articleListHref(query: ArticleListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/articles?${search}` : "/articles";
}

/**
 * A LIKE pattern that matches `text` literally anywhere (with `\` as the escape
 * character): a search for "50%" or "snake_case" means those characters, not wildcards.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
