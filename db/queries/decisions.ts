import { and, asc, count, desc, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { claims } from "../schema";

export type DeskDecision = { id: string; text: string; label: 0 | 1 };

/**
 * The desk's own check-worthiness decisions, for retraining the claim finder:
 * claims an editor accepted or marked by hand (1) and suggestions dismissed as
 * opinion or not checkable (0). Dismissals as "duplicate" or "other" say nothing
 * about check-worthiness, so they are left out. Oldest first.
 *
 * `newest`: only that many, the most recent. A year-old desk has tens of
 * thousands of decisions and the claim finder adapts to the newest 20,000: the
 * database picks them (newest first, LIMIT) rather than every one ever being
 * read into memory and most thrown away. They come back oldest first all the
 * same; the claim's id breaks ties, so the order is one order either way.
 */
export async function listDeskDecisions(db: DbOrTx, options: { newest?: number } = {}): Promise<DeskDecision[]> {
  const columns = { id: claims.id, text: claims.exact, status: claims.status };
  const rows =
    options.newest === undefined
      ? await db.select(columns).from(claims).where(isDecision()).orderBy(asc(claims.createdAt), asc(claims.articleId), asc(claims.start), asc(claims.id))
      : (
          await db
            .select(columns)
            .from(claims)
            .where(isDecision())
            .orderBy(desc(claims.createdAt), desc(claims.articleId), desc(claims.start), desc(claims.id))
            .limit(options.newest)
        ).reverse();
  return rows.map((row) => ({ id: row.id, text: row.text, label: row.status === "dismissed" ? 0 : 1 }));
}

/** How many decisions listDeskDecisions would give, of each kind. */
export async function countDeskDecisions(db: DbOrTx): Promise<{ accepted: number; dismissed: number }> {
  const [row] = await db
    .select({ dismissed: sql<number>`coalesce(sum(${claims.status} = 'dismissed'), 0)`, all: count() })
    .from(claims)
    .where(isDecision());
  return { accepted: (row?.all ?? 0) - Number(row?.dismissed ?? 0), dismissed: Number(row?.dismissed ?? 0) };
}

function isDecision() {
  return or(
    and(ne(claims.status, "proposed"), ne(claims.status, "dismissed"), isNotNull(claims.decidedById)),
    and(inArray(claims.status, ["dismissed"]), inArray(claims.dismissReason, ["opinion", "not_checkable"])),
  );
}

/** TSV with the header `id	text	label`, the shape `claims -- train --tsv` reads. */
export function decisionsToTsv(decisions: readonly DeskDecision[]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ");
  return ["id\ttext\tlabel", ...decisions.map((d) => `${d.id}\t${clean(d.text)}\t${d.label}`)].join("\n") + "\n";
}
