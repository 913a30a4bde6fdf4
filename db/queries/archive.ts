import { and, asc, count, desc, eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
import { ARCHIVE_PAGE_SIZE, type ArchiveQuery } from "@/lib/archive/archive-query";
import { allOfWords } from "@/lib/archive/search-query";
import { endOfDay, startOfDay } from "@/lib/time/days";
import type { DbOrTx } from "../index";
import { articles, assignments, claims, evidenceItems, verdictScale, verdicts } from "../schema";
import type { EvidenceInput } from "./verdicts";

export type CheckedClaim = {
  id: string;
  /** The approved verdict's id, for its evidence. */
  verdictId: string;
  text: string;
  articleId: string;
  articleTitle: string;
  verdictLabel: string | null;
  verdictKey: string | null;
  decidedAt: Date | null;
  evidenceCount: number;
};

/** How many approved claims a look-up without words lists at most: the newest. */
const ARCHIVE_LIMIT = 2000;
/**
 * How many of the full-text index's best matches a look-up with words reads.
 * "Checked before" ranks them again by shared words (lib/archive/similar.ts),
 * which cost more than the index's ranking for 2,000 (`npm run bench:archive`).
 */
const MATCH_CANDIDATES = 500;

export type CheckedClaimsParams = {
  excludeArticleId?: string;
  onlyReviewedBy?: string;
  match?: string;
  /** Every claim `match` matches, not only the index's best: a search listed newest first must not drop the newest. */
  everyMatch?: boolean;
  verdictKey?: string;
  decidedFrom?: Date;
  decidedTo?: Date;
  limit?: number;
  /** Rows to skip, for the Archive's later pages. */
  offset?: number;
};

/**
 * What selects the checked claims `params` ask for: the verdict join and the
 * conditions, shared by the list and its count so the two always agree. Null
 * when the full-text index has no candidate at all.
 */
async function checkedClaimsScope(
  db: DbOrTx,
  params: CheckedClaimsParams,
  forCount = false,
): Promise<{ verdictJoin: SQL; where: SQL | undefined } | null> {
  // A reviewer's checks by the claims they hold: a look-up on the assignments
  // queue index (reviewer, active), so their archive costs their checks, not the desk's.
  const scope = params.onlyReviewedBy
    ? sql`${claims.id} in (select a.claim_id from ${assignments} a where a.reviewer_id = ${params.onlyReviewedBy} and a.active = 1)`
    : undefined;
  // The index's own rank (bm25) picks the candidates, by rowid, in a query of
  // their own: as an IN (subquery) SQLite walked every approved claim to probe it.
  let matching: SQL | undefined;
  if (params.match !== undefined && params.everyMatch) {
    matching = sql`${claims}.rowid in (select rowid from claims_fts where claims_fts match ${params.match})`;
  } else if (params.match !== undefined) {
    const best = await db.all<{ id: number }>(sql`select claims_fts.rowid as id from claims_fts join ${claims} m on m.rowid = claims_fts.rowid
      where claims_fts match ${params.match} and exists (select 1 from ${verdicts} v where v.claim_id = m.id and v.state = 'approved')
      order by claims_fts.rank limit ${MATCH_CANDIDATES}`);
    if (best.length === 0) return null;
    matching = inArray(sql`${claims}.rowid`, best.map((row) => row.id));
  }
  // With candidates, the unary + keeps SQLite from driving the query by the
  // state index (every approved verdict) instead of the candidates' rowids. A
  // count has no order to keep, so words or a reviewer always drive it from
  // their own few claims, off both status indexes.
  const narrowed = (matching !== undefined && !params.everyMatch) || (forCount && (matching !== undefined || scope !== undefined));
  return {
    verdictJoin: and(eq(verdicts.claimId, claims.id), narrowed ? sql`+${verdicts.state} = 'approved'` : eq(verdicts.state, "approved"))!,
    // A claim's approved verdict, not the claim's status, puts it in the archive:
    // a signed-off check stays findable while its claim is stale and re-checked.
    where: and(
      params.excludeArticleId ? ne(claims.articleId, params.excludeArticleId) : undefined,
      params.verdictKey ? eq(verdicts.verdictKey, params.verdictKey) : undefined,
      params.decidedFrom ? gte(verdicts.decidedAt, params.decidedFrom) : undefined,
      params.decidedTo ? lte(verdicts.decidedAt, params.decidedTo) : undefined,
      scope,
      matching,
    ),
  };
}

/**
 * Approved claims, newest first, with their approved verdict: the archive
 * "Checked before" ranks and the archive search lists. A reviewer's archive is
 * the checked claims they hold, since reviewers may open only those (a claim
 * handed to someone else left their archive with it).
 *
 * `match` (an FTS5 query from lib/archive/search-query.ts) narrows it to the
 * claims the full-text index matches, its MATCH_CANDIDATES best, from the whole
 * archive however old (`everyMatch`: all of them); without it, the newest ARCHIVE_LIMIT. `verdictKey` keeps
 * one verdict, `decidedFrom` and `decidedTo` the decisions between two instants.
 */
export async function listCheckedClaims(db: DbOrTx, params: CheckedClaimsParams): Promise<CheckedClaim[]> {
  const selected = await checkedClaimsScope(db, params);
  if (!selected) return [];
  return db
    .select({
      id: claims.id,
      verdictId: verdicts.id,
      // The words the verdict ruled on: the claim's own may have changed since.
      text: sql<string>`coalesce(${verdicts.claimText}, ${claims.text})`,
      articleId: articles.id,
      articleTitle: articles.title,
      // As it was approved (verdicts.approvedLabel), as the record says it.
      verdictLabel: sql<string | null>`coalesce(${verdicts.approvedLabel}, ${verdictScale.label})`,
      verdictKey: verdicts.verdictKey,
      decidedAt: verdicts.decidedAt,
      evidenceCount: sql<number>`(select count(*) from ${evidenceItems} e where e.verdict_id = ${verdicts.id})`,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .innerJoin(verdicts, selected.verdictJoin)
    .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(selected.where)
    .orderBy(desc(verdicts.decidedAt), desc(claims.id))
    .limit(Math.min(params.limit ?? ARCHIVE_LIMIT, ARCHIVE_LIMIT))
    .offset(params.offset ?? 0);
}

/**
 * How many checked claims `params` select (limit and offset aside), for the
 * Archive's "108 matches". It reads the same rows the list filters — the
 * full-text matches, the reviewer's held claims, or the approved verdicts on
 * their index — and no article or evidence.
 */
export async function countCheckedClaims(db: DbOrTx, params: Omit<CheckedClaimsParams, "limit" | "offset">): Promise<number> {
  const counting = await checkedClaimsCountQuery(db, params);
  if (!counting) return 0;
  const [row] = await counting.query;
  return row?.n ?? 0;
}

/**
 * The query behind countCheckedClaims (null: nothing can match), wrapped: a
 * Drizzle query is a thenable, which an async function would run rather than return.
 * Exported so a test can read SQLite's plan for it.
 */
export async function checkedClaimsCountQuery(db: DbOrTx, params: Omit<CheckedClaimsParams, "limit" | "offset">) {
  const selected = await checkedClaimsScope(db, params, true);
  // The article join is left out: every claim has its article (a foreign key), so it cannot change the count.
  return selected && { query: db.select({ n: count() }).from(claims).innerJoin(verdicts, selected.verdictJoin).where(selected.where) };
}

/** The evidence of some verdicts (earlier checks a reviewer may reuse), by verdict id, in each verdict's order. */
export async function listEvidenceOfVerdicts(db: DbOrTx, verdictIds: readonly string[]): Promise<Map<string, EvidenceInput[]>> {
  const out = new Map<string, EvidenceInput[]>();
  if (verdictIds.length === 0) return out;
  const rows = await db
    .select()
    .from(evidenceItems)
    .where(inArray(evidenceItems.verdictId, [...verdictIds]))
    .orderBy(asc(evidenceItems.verdictId), asc(evidenceItems.position), asc(evidenceItems.createdAt));
  for (const { verdictId, url, title, publisher, quote, accessedOn, archiveUrl, stance } of rows) {
    const list = out.get(verdictId) ?? [];
    list.push({ url, title, publisher, quote, accessedOn, archiveUrl, stance });
    out.set(verdictId, list);
  }
  return out;
}

/**
 * The Archive's search, for its page and its API alike: the signed-off claims
 * holding every word typed (none typed: the newest), newest first, page `page`
 * (1-based; the first by default) of them, and whether there are more. A viewer
 * who does not see every article searches the claims they hold. Typed text with
 * nothing searchable finds nothing. Days are on the desk's clock (`zone`).
 */
export async function searchArchive(
  db: DbOrTx,
  params: { query: ArchiveQuery; viewerId: string; seesAll: boolean; zone: string; page?: number },
): Promise<{ rows: CheckedClaim[]; more: boolean }> {
  const selection = archiveSelection(params);
  if (selection === null) return { rows: [], more: false };
  const found = await listCheckedClaims(db, { ...selection, limit: ARCHIVE_PAGE_SIZE + 1, offset: ((params.page ?? 1) - 1) * ARCHIVE_PAGE_SIZE });
  return { rows: found.slice(0, ARCHIVE_PAGE_SIZE), more: found.length > ARCHIVE_PAGE_SIZE };
}

/** How many checked claims the Archive's search finds in all, for "108 matches" and its pages. */
export async function countArchive(db: DbOrTx, params: { query: ArchiveQuery; viewerId: string; seesAll: boolean; zone: string }): Promise<number> {
  const selection = archiveSelection(params);
  return selection === null ? 0 : countCheckedClaims(db, selection);
}

/** The search as listCheckedClaims parameters; null when the typed text has nothing searchable. */
function archiveSelection(params: { query: ArchiveQuery; viewerId: string; seesAll: boolean; zone: string }): CheckedClaimsParams | null {
  const match = params.query.q === "" ? undefined : allOfWords(params.query.q);
  if (match === null) return null;
  return {
    match,
    everyMatch: true,
    verdictKey: params.query.verdict,
    decidedFrom: params.query.from ? startOfDay(params.query.from, params.zone) : undefined,
    decidedTo: params.query.to ? endOfDay(params.query.to, params.zone) : undefined,
    onlyReviewedBy: params.seesAll ? undefined : params.viewerId,
  };
}
