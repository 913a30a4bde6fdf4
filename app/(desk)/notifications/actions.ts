"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { markAllNotificationsRead } from "@/db/queries/notifications";
import { authedAction, type ActionResult } from "@/lib/auth/guards";

/** `upTo`: when the page was opened; what arrived since stays unread, for the bell to tell of. */
const markAllReadSchema = z.object({ upTo: z.iso.datetime() });

const markAll = authedAction("notifications.read", markAllReadSchema, async ({ upTo }, user): Promise<ActionResult<{ marked: number }>> => {
  const marked = await markAllNotificationsRead(getDb(), { userId: user.id, upTo: new Date(upTo) });
  // The page and the layout with it: the "New" marks go, and the bell's count comes down with them.
  revalidatePath("/notifications");
  return { ok: true, data: { marked } };
});

/** Marks every one of the caller's unread notifications read, not only the page on screen. */
export async function markAllNotificationsReadAction(raw: unknown): Promise<ActionResult<{ marked: number }>> {
  return markAll(raw);
}
