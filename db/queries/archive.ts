import { and, asc, desc, eq, gte, inArray, lte, ne, sql, type SQL } from "drizzle-orm";
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
export async function listCheckedClaims(
  db: DbOrTx,
  params: {
    excludeArticleId?: string;
    onlyReviewedBy?: string;
    match?: string;
    /** Every claim `match` matches, not only the index's best: a search listed newest first must not drop the newest. */
    everyMatch?: boolean;
    verdictKey?: string;
    decidedFrom?: Date;
    decidedTo?: Date;
    limit?: number;
  },
): Promise<CheckedClaim[]> {
  const scope = params.onlyReviewedBy
    ? sql`exists (select 1 from ${assignments} a where a.claim_id = ${claims.id} and a.reviewer_id = ${params.onlyReviewedBy} and a.active = 1)`
    : undefined;
  // The index's own rank (bm25) picks the candidates, by rowid, in a query of
  // their own: as an IN (subquery) SQLite walked every approved claim to probe it.
  let matching: SQL | undefined;
  if (params.match !== undefined && params.everyMatch) {
    matching = sql`${claims}.rowid in (select rowid from claims_fts where claims_fts match ${params.match})`;
  } else if (params.match !== undefined) {
    const best = await db.all<{ id: number }>(sql`select claims_fts.rowid as id from claims_fts join ${claims} m on m.rowid = claims_fts.rowid
      where claims_fts match ${params.match} and m.status = 'approved' order by claims_fts.rank limit ${MATCH_CANDIDATES}`);
    if (best.length === 0) return [];
    matching = inArray(sql`${claims}.rowid`, best.map((row) => row.id));
  }
  return db
    .select({
      id: claims.id,
      verdictId: verdicts.id,
      text: claims.text,
      articleId: articles.id,
      articleTitle: articles.title,
      verdictLabel: verdictScale.label,
      verdictKey: verdicts.verdictKey,
      decidedAt: verdicts.decidedAt,
      evidenceCount: sql<number>`(select count(*) from ${evidenceItems} e where e.verdict_id = ${verdicts.id})`,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    // With candidates, the unary + keeps SQLite from driving the query by the
    // state index (every approved verdict) instead of the candidates' rowids.
    .innerJoin(verdicts, and(eq(verdicts.claimId, claims.id), matching && !params.everyMatch ? sql`+${verdicts.state} = 'approved'` : eq(verdicts.state, "approved")))
    .leftJoin(verdictScale, eq(verdictScale.key, verdicts.verdictKey))
    .where(
      and(
        eq(claims.status, "approved"),
        params.excludeArticleId ? ne(claims.articleId, params.excludeArticleId) : undefined,
        params.verdictKey ? eq(verdicts.verdictKey, params.verdictKey) : undefined,
        params.decidedFrom ? gte(verdicts.decidedAt, params.decidedFrom) : undefined,
        params.decidedTo ? lte(verdicts.decidedAt, params.decidedTo) : undefined,
        scope,
        matching,
      ),
    )
    .orderBy(desc(verdicts.decidedAt), desc(claims.id))
    .limit(Math.min(params.limit ?? ARCHIVE_LIMIT, ARCHIVE_LIMIT));
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
 * holding every word typed (none typed: the newest), newest first, a page of
 * them, and whether there are more. A viewer who does not see every article
 * searches the claims they hold. Typed text with nothing searchable finds nothing.
 * Days are on the desk's clock (`zone`).
 */
export async function searchArchive(
  db: DbOrTx,
  params: { query: ArchiveQuery; viewerId: string; seesAll: boolean; zone: string },
): Promise<{ rows: CheckedClaim[]; more: boolean }> {
  const match = params.query.q === "" ? undefined : allOfWords(params.query.q);
  if (match === null) return { rows: [], more: false };
  const found = await listCheckedClaims(db, {
    match,
    everyMatch: true,
    verdictKey: params.query.verdict,
    decidedFrom: params.query.from ? startOfDay(params.query.from, params.zone) : undefined,
    decidedTo: params.query.to ? endOfDay(params.query.to, params.zone) : undefined,
    onlyReviewedBy: params.seesAll ? undefined : params.viewerId,
    limit: ARCHIVE_PAGE_SIZE + 1,
  });
  return { rows: found.slice(0, ARCHIVE_PAGE_SIZE), more: found.length > ARCHIVE_PAGE_SIZE };
}
