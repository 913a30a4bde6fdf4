import { and, asc, desc, or, sql, type SQL } from "drizzle-orm";

/** One key of a list's order: a SQL expression, ascending unless `desc`. */
export type SortKey = { key: SQL; desc?: boolean };

/** ORDER BY for a list sorted by `keys`. */
export function orderOf(keys: readonly SortKey[]): SQL[] {
  return keys.map(({ key, desc: down }) => (down ? desc(key) : asc(key)));
}

/**
 * Rows that come strictly after the place `values` in a list sorted by `keys`
 * (a keyset), so the next one is found with LIMIT 1 instead of reading the list.
 * `values` are the keys' raw values, in order; fewer values than keys compare on
 * those first keys alone (a place between rows, not a row of the list).
 */
export function comesAfter(keys: readonly SortKey[], values: readonly unknown[]): SQL {
  const used = keys.slice(0, values.length);
  const branches = used.map(({ key, desc: down }, i) => {
    const ties = used.slice(0, i).map((earlier, j) => sql`${earlier.key} = ${values[j]}`);
    return and(...ties, down ? sql`${key} < ${values[i]}` : sql`${key} > ${values[i]}`)!;
  });
  return or(...branches) ?? sql`0`;
}
