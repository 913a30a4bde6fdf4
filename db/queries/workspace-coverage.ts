import { eq, sql, type SQL } from "drizzle-orm";
import type { ClaimSearch } from "@/lib/workflow/readiness";
import type { DbOrTx } from "../index";
import { articleRevisions, articles, auditEvents, claims } from "../schema";

// The outer article, qualified by hand: in a one-table select Drizzle prints
// columns bare, and the subqueries below would read a bare "id" as their own.
const ARTICLE_ID = sql.raw(`"articles"."id"`);
const ARTICLE_TEXT = sql.raw(`"articles"."body_text"`);

/**
 * Whether Find claims has run on an article's current text ("current"), only
 * on an earlier text ("outdated") or never ("never"), as an SQL expression over
 * the `articles` table in the outer query.
 *
 * No column records this: the audit trail does. Each run leaves a `claims.found`
 * event; since the coverage gate it carries the revision whose text the finder
 * read. Older events do not, so for them the revision is the last one saved
 * before the run. The latest run counts, and it covers the current text when that
 * revision's text is the text now (a save that changed only the title does not
 * undo a run).
 */
export function claimSearchSql(): SQL<ClaimSearch> {
  const revisionRead = sql`coalesce(json_extract(e."after", '$.revision'),
    (select max(r2.number) from ${articleRevisions} r2 where r2.article_id = e.article_id and r2.created_at <= e.created_at))`;
  return sql<ClaimSearch>`coalesce((
    select case when (
      select r.body_text from ${articleRevisions} r where r.article_id = e.article_id and r.number = ${revisionRead}
    ) = ${ARTICLE_TEXT} then 'current' else 'outdated' end
    from ${auditEvents} e
    where e.article_id = ${ARTICLE_ID} and e.action = 'claims.found'
    order by e.created_at desc, json_extract(e."after", '$.revision') desc
    limit 1
  ), 'never')`;
}

/**
 * When the article's current text was first saved: the first revision after the
 * last one whose text differs from it (a save that changed only the title keeps
 * the text's age). A claim marked by hand since then was marked on these words.
 */
export function currentTextSinceSql(): SQL<number> {
  return sql<number>`(select min(t.created_at) from ${articleRevisions} t where t.article_id = ${ARTICLE_ID} and t.number > coalesce(
    (select max(d.number) from ${articleRevisions} d where d.article_id = ${ARTICLE_ID} and d.body_text <> ${ARTICLE_TEXT}), 0))`;
}

/**
 * Whether an article's claims have been looked for, as lib/workflow/readiness.ts
 * reckons it: the finder ran on the current text, or an editor marked a passage
 * of the current text by hand. For the articles list, which computes readiness in SQL.
 */
export function claimsLookedForSql(): SQL<boolean> {
  return sql<boolean>`(${claimSearchSql()} = 'current' or exists (
    select 1 from ${claims} m where m.article_id = ${ARTICLE_ID} and m.origin = 'manual' and m.anchor_state <> 'orphaned'
      and m.created_at >= ${currentTextSinceSql()}))`;
}

/** When the article's current text was first saved (see currentTextSinceSql), as a Date; null for an article with no revisions. */
export async function getCurrentTextSince(db: DbOrTx, articleId: string): Promise<Date | null> {
  const [row] = await db.select({ since: currentTextSinceSql() }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row?.since == null ? null : new Date(Number(row.since));
}

/** Whether Find claims has run on this article's current text (see claimSearchSql). */
export async function getClaimSearch(db: DbOrTx, articleId: string): Promise<ClaimSearch> {
  const [row] = await db.select({ search: claimSearchSql() }).from(articles).where(eq(articles.id, articleId)).limit(1);
  return row?.search ?? "never";
}
