import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, timestamp } from "./columns";
import { users } from "./users";

export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    message: text("message").notNull(),
    link: text("link"),
    readAt: timestamp("read_at"),
    createdAt: createdAt(),
  },
  // user/read: the bell's unread count; user/created: the notifications page, newest first, without a sort.
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt), index("notifications_user_created_idx").on(t.userId, t.createdAt)],
);

/**
 * Append-only record of every state change. The query layer exposes an insert and
 * reads only; nothing updates or deletes these rows.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    actorId: text("actor_id").references(() => users.id),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
    /** The article the event belongs to, so an article's history is one query. */
    articleId: text("article_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId, t.createdAt),
    index("audit_article_idx").on(t.articleId, t.createdAt),
    // The Activity page: the whole desk newest first, or one person's.
    index("audit_created_idx").on(t.createdAt),
    index("audit_actor_idx").on(t.actorId, t.createdAt),
  ],
);
