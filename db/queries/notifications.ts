import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { notifications } from "../schema";
import { insertionOrder } from "./insertion-order";

export async function countUnreadNotifications(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function listNotifications(db: DbOrTx, params: { userId: string; limit?: number }) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, params.userId))
    .orderBy(desc(notifications.createdAt), desc(insertionOrder(notifications)))
    .limit(params.limit ?? 50);
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

/** Marks all of a user's notifications read (opening the list reads them). */
export async function markNotificationsRead(db: DbOrTx, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
