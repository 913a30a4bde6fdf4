import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";

/**
 * A query prepared once per transaction (or database handle) and run there as
 * often as needed, with placeholders for what changes.
 *
 * Drizzle turns a query into SQL on every run; for the verdict write that was a
 * third of the write's own server time, more than SQLite took to run it. A
 * prepared query belongs to the handle it was made on, so one made on the
 * database cannot run inside a transaction. Under load, though, group commit
 * (write-transaction.ts) runs a dozen or more review writes in one transaction,
 * so preparing per transaction builds the SQL once for all of them.
 *
 * Values named with `stored("x")` reach the database as given (no column
 * encoding): pass what the column stores (ms for timestamps, JSON text or null
 * for JSON columns). Column defaults ($defaultFn: ids, createdAt) would be
 * computed once at prepare time, so inserts pass them too.
 */
export function perTransaction<Q>(prepare: (tx: DbOrTx) => Q): (tx: DbOrTx) => Q {
  const prepared = new WeakMap<DbOrTx, Q>();
  return (tx) => {
    let query = prepared.get(tx);
    if (query === undefined) {
      query = prepare(tx);
      prepared.set(tx, query);
    }
    return query;
  };
}

/**
 * A placeholder for a prepared query's value, handed to the database as given.
 * (A bare sql.placeholder in insert or set goes through the column's encoder,
 * which turns a JSON column's null into the text "null".)
 */
export function stored(name: string): SQL {
  return sql`${sql.placeholder(name)}`;
}
