import { sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * The order rows were inserted in: SQLite's rowid. Used to break ties between
 * rows written in the same millisecond, whose random UUIDs would otherwise put
 * them in any order (an audit trail must read in the order things happened).
 * Every desk table is a rowid table (Drizzle never creates WITHOUT ROWID ones).
 */
export function insertionOrder(table: SQLiteTable): SQL {
  return sql`${table}.rowid`;
}
