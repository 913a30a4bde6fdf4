import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { users } from "./users";

/**
 * Creating steps already done, by the key the page sent with them: a new article,
 * a comment. A browser sends a request again when its connection drops before
 * the answer arrives (a proxy's idle timeout, a server process restarting), and
 * a person presses the button again after "could not reach the desk": with the
 * same key, the second request gets the first one's result instead of making a
 * second article or comment. Keys are the page's random UUIDs, kept per person,
 * and forgotten after a day (db/queries/request-keys.ts).
 */
export const requestKeys = sqliteTable(
  "request_keys",
  {
    key: text("key").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    /** What the step made ("article", "comment"), so a key cannot answer for another kind. */
    kind: text("kind").notNull(),
    /** The id of what the first request made. */
    resultId: text("result_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("request_keys_created_idx").on(t.createdAt)],
);
