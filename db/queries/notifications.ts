import { and, count, desc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { ActivityCursor } from "@/lib/audit/activity-query";
import type { DbOrTx } from "../index";
import { notifications } from "../schema";
import { insertionOrder } from "./insertion-order";

/** The kinds a person can narrow their notifications to; every other kind shows only among all of them. */
export const NOTIFICATION_KIND_FILTERS = { mentions: ["mention"] } as const satisfies Record<string, readonly string[]>;
export type NotificationKindFilter = keyof typeof NOTIFICATION_KIND_FILTERS;

/** How many of a person's notifications are unread (the bell's count), or of one filter's kinds. */
export async function countUnreadNotifications(db: DbOrTx, userId: string, kind?: NotificationKindFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        kind ? inArray(notifications.kind, [...NOTIFICATION_KIND_FILTERS[kind]]) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export type NotificationRow = typeof notifications.$inferSelect & { cursor: ActivityCursor };

const seq = insertionOrder(notifications);

/**
 * A person's notifications, newest first, a page at a time: `before` is the
 * cursor of the last row of the page before (its time and insertion order, as on
 * the Activity page), so older pages are reached without skipping or repeating a
 * row when new ones arrive meanwhile. `kind` narrows to one filter's kinds.
 */
export async function listNotifications(
  db: DbOrTx,
  params: { userId: string; kind?: NotificationKindFilter; before?: ActivityCursor | null; limit?: number },
): Promise<NotificationRow[]> {
  return (await listNotificationsPage(db, params)).rows;
}

/** listNotifications with whether older rows remain (one extra row is read to tell). */
export async function listNotificationsPage(
  db: DbOrTx,
  params: { userId: string; kind?: NotificationKindFilter; before?: ActivityCursor | null; limit?: number },
): Promise<{ rows: NotificationRow[]; more: boolean }> {
  const limit = params.limit ?? 50;
  const rows = await notificationsQuery(db, params, limit + 1);
  return {
    rows: rows.slice(0, limit).map(({ seq: order, ...row }) => ({ ...row, cursor: { at: row.createdAt.getTime(), seq: order } })),
    more: rows.length > limit,
  };
}

/** The query behind listNotificationsPage, `limit` rows; exported so a test can read SQLite's plan for it. */
export function notificationsQuery(db: DbOrTx, params: { userId: string; kind?: NotificationKindFilter; before?: ActivityCursor | null }, limit: number) {
  const conditions: SQL[] = [eq(notifications.userId, params.userId)];
  if (params.kind) conditions.push(inArray(notifications.kind, [...NOTIFICATION_KIND_FILTERS[params.kind]]));
  if (params.before) {
    const at = new Date(params.before.at);
    conditions.push(lte(notifications.createdAt, at), or(lt(notifications.createdAt, at), sql`${seq} < ${params.before.seq}`)!);
  }
  return db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      message: notifications.message,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      seq: sql<number>`${seq}`.mapWith(Number),
    })
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(seq))
    .limit(limit);
}

export async function notify(
  db: DbOrTx,
  params: { userIds: string[]; kind: string; message: string; link?: string },
): Promise<void> {
  const unique = [...new Set(params.userIds)];
  if (unique.length === 0) return;
  await db.insert(notifications).values(
    unique.map((userId) => ({ userId, kind: params.kind, message: params.message, link: params.link ?? null })),
  );
}

/**
 * Marks read the notifications a person was shown, by id: the page lists one page
 * of them, and anything older, filtered out or arrived since stays unread for
 * the bell to count. Ids of other people's notifications are ignored.
 */
export async function markNotificationsRead(db: DbOrTx, params: { userId: string; ids: readonly string[] }): Promise<void> {
  if (params.ids.length === 0) return;
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, params.userId), inArray(notifications.id, [...params.ids]), isNull(notifications.readAt)));
}

/**
 * "Mark all as read": every unread notification of one person that arrived by
 * `upTo` (when they opened the page), in one UPDATE through the user/read index,
 * however many thousand there are. One that arrives after the page was opened
 * stays unread, so the bell still tells of it. Returns how many were marked.
 */
export async function markAllNotificationsRead(db: DbOrTx, params: { userId: string; upTo: Date; now?: Date }): Promise<number> {
  const result = await markAllNotificationsReadQuery(db, params);
  return result.rowsAffected;
}

/** The UPDATE behind markAllNotificationsRead; exported so a test can read SQLite's plan for it. */
export function markAllNotificationsReadQuery(db: DbOrTx, params: { userId: string; upTo: Date; now?: Date }) {
  return db
    .update(notifications)
    .set({ readAt: params.now ?? new Date() })
    .where(and(eq(notifications.userId, params.userId), isNull(notifications.readAt), lte(notifications.createdAt, params.upTo)));
}
