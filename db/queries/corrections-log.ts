import { and, asc, count, desc, eq, gt, gte, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { ExportCorrection } from "@/lib/export/types";
import type { ClaimStatus, CorrectionStatus, CorrectionType } from "@/lib/workflow/statuses";
import type { DbOrTx } from "../index";
import { articles, claims, corrections, users } from "../schema";

/**
 * Which corrections the log covers. A correction is filed under its effective
 * date — when it was published, else when it was created — and `from`/`to` are
 * both inclusive instants.
 */
export type CorrectionsLogFilter = {
  from: Date;
  to: Date;
  articleId?: string;
  type?: CorrectionType;
  status?: CorrectionStatus;
};

/**
 * coalesce(published_at, created_at): the date the exporters order and group by.
 * Spelt exactly as corrections_effective_idx is (db/schema/verdicts.ts), or SQLite
 * would not use the index.
 */
export const effectiveAt = sql<number>`(CASE WHEN ${corrections.publishedAt} IS NULL THEN ${corrections.createdAt} ELSE ${corrections.publishedAt} END)`;

function filterConditions(filter: CorrectionsLogFilter): SQL[] {
  // A spiked article never ran: its corrections are no part of the newsroom's log.
  const conditions: SQL[] = [gte(effectiveAt, filter.from.getTime()), lte(effectiveAt, filter.to.getTime()), ne(articles.status, "spiked")];
  if (filter.articleId) conditions.push(eq(corrections.articleId, filter.articleId));
  if (filter.type) conditions.push(eq(corrections.type, filter.type));
  if (filter.status) conditions.push(eq(corrections.status, filter.status));
  return conditions;
}

const exportColumns = {
  id: corrections.id,
  type: corrections.type,
  status: corrections.status,
  originalText: corrections.originalText,
  correctedText: corrections.correctedText,
  note: corrections.note,
  publishedAt: corrections.publishedAt,
  amendedAt: corrections.amendedAt,
  createdAt: corrections.createdAt,
  articleId: articles.id,
  articleTitle: articles.title,
  articleUrl: articles.sourceUrl,
  effective: effectiveAt,
};

/** The columns an exported correction is built from. */
export type ExportCorrectionRow = {
  id: string;
  type: CorrectionType;
  status: CorrectionStatus;
  originalText: string;
  correctedText: string;
  note: string;
  publishedAt: Date | null;
  amendedAt: Date | null;
  createdAt: Date;
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
};

/** A database row as the exporters' plain-data correction (ISO-8601 UTC dates). */
export function toExportCorrection(row: ExportCorrectionRow): ExportCorrection {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    originalText: row.originalText,
    correctedText: row.correctedText,
    note: row.note,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    amendedAt: row.amendedAt ? row.amendedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    article: { id: row.articleId, title: row.articleTitle, url: row.articleUrl ?? "" },
  };
}

/**
 * Walks the corrections log in the order the exporters require —
 * coalesce(published_at, created_at), then id — a page at a time with a keyset
 * cursor, so a log of any size is streamed with one page in memory and no
 * OFFSET scans. Ids are opaque strings, and the formatters compare them as
 * strings too, which SQLite's default BINARY collation matches for the UUIDs
 * and ASCII ids this app writes.
 */
export async function* iterateCorrectionsLog(
  db: DbOrTx,
  filter: CorrectionsLogFilter,
  options: { pageSize?: number } = {},
): AsyncGenerator<ExportCorrection> {
  const pageSize = options.pageSize ?? 1000;
  let cursor: { effective: number; id: string } | null = null;
  for (;;) {
    const conditions = filterConditions(filter);
    if (cursor) {
      conditions.push(or(gt(effectiveAt, cursor.effective), and(eq(effectiveAt, cursor.effective), gt(corrections.id, cursor.id)))!);
    }
    const rows = await db
      .select(exportColumns)
      .from(corrections)
      .innerJoin(articles, eq(articles.id, corrections.articleId))
      .where(and(...conditions))
      .orderBy(asc(effectiveAt), asc(corrections.id))
      .limit(pageSize);
    for (const row of rows) yield toExportCorrection(row);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = { effective: Number(last.effective), id: last.id };
  }
}

export type CorrectionLogEntry = {
  id: string;
  version: number;
  articleId: string;
  articleTitle: string;
  claimId: string | null;
  /** Where the claim it corrects stands now: a reopened verdict means the correction may no longer be right. */
  claimStatus: ClaimStatus | null;
  type: CorrectionType;
  status: CorrectionStatus;
  originalText: string;
  correctedText: string;
  note: string;
  createdAt: Date;
  publishedAt: Date | null;
  /** When the wording last changed after it was published, else null. */
  amendedAt: Date | null;
  updatedAt: Date;
  createdByName: string | null;
};

/** The columns and joins of the log page, filtered; ordered and cut by the callers. */
function logRows(db: DbOrTx, filter: CorrectionsLogFilter) {
  return db
    .select({
      id: corrections.id,
      version: corrections.version,
      articleId: corrections.articleId,
      articleTitle: articles.title,
      claimId: corrections.claimId,
      claimStatus: claims.status,
      type: corrections.type,
      status: corrections.status,
      originalText: corrections.originalText,
      correctedText: corrections.correctedText,
      note: corrections.note,
      createdAt: corrections.createdAt,
      publishedAt: corrections.publishedAt,
      amendedAt: corrections.amendedAt,
      updatedAt: corrections.updatedAt,
      createdByName: users.name,
    })
    .from(corrections)
    .innerJoin(articles, eq(articles.id, corrections.articleId))
    .leftJoin(users, eq(users.id, corrections.createdById))
    .leftJoin(claims, eq(claims.id, corrections.claimId))
    .where(and(...filterConditions(filter)));
}

/** The page query behind listCorrectionsLog; exported so a test can read SQLite's plan for it. */
export function correctionsLogPageQuery(db: DbOrTx, filter: CorrectionsLogFilter, limit: number, offset = 0) {
  return logRows(db, filter).orderBy(desc(effectiveAt), desc(corrections.id)).limit(limit).offset(offset);
}

/**
 * The log as the Corrections page shows it: newest first (what an editor looks
 * for), `limit` rows from `offset` plus whether there were more. The page says
 * where it is with countCorrectionsLog; exports use `iterateCorrectionsLog`,
 * which has no limit.
 */
export async function listCorrectionsLog(
  db: DbOrTx,
  filter: CorrectionsLogFilter,
  options: { limit?: number; offset?: number } = {},
): Promise<{ entries: CorrectionLogEntry[]; more: boolean }> {
  const limit = options.limit ?? 200;
  const rows = await correctionsLogPageQuery(db, filter, limit + 1, options.offset ?? 0);
  return { entries: rows.slice(0, limit), more: rows.length > limit };
}

/** The count query behind countCorrectionsLog; exported so a test can read SQLite's plan for it. */
export function correctionsLogCountQuery(db: DbOrTx, filter: CorrectionsLogFilter) {
  return db
    .select({ n: count() })
    .from(corrections)
    .innerJoin(articles, eq(articles.id, corrections.articleId))
    .where(and(...filterConditions(filter)));
}

/**
 * How many corrections the log holds for `filter`, for "Showing 1–50 of 254".
 * It reads the range on the effective-date index, so it costs the rows in the
 * range, not the whole log.
 */
export async function countCorrectionsLog(db: DbOrTx, filter: CorrectionsLogFilter): Promise<number> {
  const [row] = await correctionsLogCountQuery(db, filter);
  return row?.n ?? 0;
}

/** An article's date as the filter shows it: when it was published, else when it was brought in. */
const articleDate = sql<number>`coalesce(${articles.publishedAt}, ${articles.createdAt})`;

const toOption = (row: { id: string; title: string; date: number; corrections: number }): LogArticleOption => ({
  id: row.id,
  title: row.title,
  date: new Date(Number(row.date)),
  corrections: row.corrections,
});

/** An article the log's filter offers, with its date and how many of its corrections the range holds. */
export type LogArticleOption = { id: string; title: string; date: Date; corrections: number };

/**
 * Articles with corrections in a range, by title (then date), for the log's
 * article filter: bounded by the range, as a year of articles in one list is not
 * a choice anyone can make. `include` (the article already chosen) is offered
 * even when the range holds none of its corrections, so the filter shows what is
 * applied. Without a range, every article with a correction.
 */
export async function listArticlesWithCorrections(
  db: DbOrTx,
  params: { from: Date; to: Date; include?: string } | Record<string, never> = {},
): Promise<LogArticleOption[]> {
  const inRange = "from" in params ? [gte(effectiveAt, params.from.getTime()), lte(effectiveAt, params.to.getTime())] : [];
  const options = await db
    .select({ id: articles.id, title: articles.title, date: articleDate, corrections: count() })
    .from(corrections)
    .innerJoin(articles, eq(articles.id, corrections.articleId))
    .where(and(ne(articles.status, "spiked"), ...inRange))
    .groupBy(articles.id)
    .orderBy(asc(articles.title), asc(articleDate), asc(articles.id));
  const include = "include" in params ? params.include : undefined;
  if (!include || options.some((option) => option.id === include)) return options.map(toOption);
  const [chosen] = await db
    .select({ id: articles.id, title: articles.title, date: articleDate })
    .from(articles)
    .where(and(eq(articles.id, include), ne(articles.status, "spiked")));
  return [...(chosen ? [{ ...chosen, corrections: 0 }] : []), ...options].map(toOption);
}
