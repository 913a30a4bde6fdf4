import { integer, text } from "drizzle-orm/sqlite-core";

/** Opaque string ids: random UUIDs, never sequential, so they leak nothing. */
export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** UTC instants stored as milliseconds since the epoch. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

export const createdAt = () =>
  timestamp("created_at")
    .notNull()
    .$defaultFn(() => new Date());

/** Optimistic-concurrency counter: updates say `where version = ?` and bump it. */
export const version = () => integer("version").notNull().default(1);
