import { MAX_SEARCH_LENGTH } from "@/lib/articles/list-query";
import { parsePageNumber, showingText, type PageSpan } from "@/lib/paging/pages";

/**
 * The Admin page's people list as it travels in the URL
 * (`/admin?q=rosa&status=deactivated&page=2`). Anything unreadable falls back to
 * the default, as on the articles list. The default is the active people: they
 * are who an administrator manages day to day, while those who left keep their
 * history one choice away ("Deactivated", or "Everyone").
 */
export type PeopleQuery = {
  /** Words in the name or e-mail; "" for everyone. */
  q: string;
  status: PeopleStatus;
  page: number;
};

export const PEOPLE_STATUSES = ["active", "deactivated", "all"] as const;
export type PeopleStatus = (typeof PEOPLE_STATUSES)[number];

export const PEOPLE_STATUS_LABELS: Record<PeopleStatus, string> = { active: "Active", deactivated: "Deactivated", all: "Everyone" };

export const PEOPLE_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const isStatus = (value: string): value is PeopleStatus => (PEOPLE_STATUSES as readonly string[]).includes(value);

export function parsePeopleQuery(params: Params): PeopleQuery {
  const status = first(params.status);
  return {
    q: first(params.q).replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_LENGTH),
    status: isStatus(status) ? status : "active",
    page: parsePageNumber(params.page),
  };
}

/** The URL of `query` at `page`, keeping only what differs from the defaults. */
export function peopleHref(query: Omit<PeopleQuery, "page">, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status !== "active") params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin?${search}` : "/admin";
}

/** The line above the people list: "Showing 1–50 of 312 active people, newest first", or that nobody matches. */
export function peopleSummary(query: Omit<PeopleQuery, "page">, span: PageSpan, total: number): string {
  const which = query.status === "all" ? "" : `${PEOPLE_STATUS_LABELS[query.status].toLowerCase()} `;
  if (total === 0) return `No ${which}people${query.q ? ` match “${query.q}”` : ""}.`;
  return `${showingText(span, total)} ${which}${total === 1 ? "person" : "people"}${query.q ? ` matching “${query.q}”` : ""}, newest first.`;
}
