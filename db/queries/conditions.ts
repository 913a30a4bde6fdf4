import { sql } from "drizzle-orm";
import { assignments, claims } from "../schema";

/*
 * Conditions on the columns the schema's partial indexes are defined by
 * (db/schema/claims.ts: assignments where active = 1, claims where anchor_state =
 * 'orphaned'), written into the SQL as constants rather than bound as values.
 *
 * Why: to learn whether a partial index applies to `active = ?`, SQLite looks at
 * the value bound to `?`, and so marks the prepared statement to be prepared
 * again whenever that value is bound, which a prepared statement's every run
 * does. Bound, the verdict save's main read was prepared anew on every save: 67 µs
 * a run against 25 µs with the constant (sqlite_stmt's `reprep` counts it; see
 * reprepare.test.ts). With the constant, the partial index is also usable from
 * the first prepare. Drizzle's `eq(assignments.active, true)` binds its value.
 */

/** The assignment is the claim's current one (not ended by a reassign, unassign or hand-back). */
export const assignmentIsActive = sql`${assignments.active} = 1`;

/** The claim's passage is no longer in the article. */
export const claimIsOrphaned = sql`${claims.anchorState} = 'orphaned'`;
