import { sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { articles, assignments, claims } from "../schema";

export type DeskCounts = { waitingForSignOff: number; overdue: number; stale: number; orphaned: number };

/**
 * Desk-wide counts an editor scans on deadline, in one query, over the articles
 * in progress: a published or spiked article's claims are nobody's work now.
 */
export async function deskCounts(db: DbOrTx): Promise<DeskCounts> {
  const inProgress = sql`article_id in (select id from ${articles} where status not in ('published', 'spiked'))`;
  const [row] = await db
    .select({
      waitingForSignOff: sql<number>`(select count(*) from ${claims} where status = 'submitted' and ${inProgress})`,
      stale: sql<number>`(select count(*) from ${claims} where status = 'stale' and ${inProgress})`,
      orphaned: sql<number>`(select count(*) from ${claims} where anchor_state = 'orphaned' and status <> 'dismissed' and ${inProgress})`,
      overdue: sql<number>`(select count(*) from ${assignments} a join ${claims} c on c.id = a.claim_id
        where a.active = 1 and a.due_at is not null and a.due_at < strftime('%s','now') * 1000 and c.status not in ('submitted', 'approved') and c.${inProgress})`,
    })
    .from(sql`(select 1)`);
  return row;
}
