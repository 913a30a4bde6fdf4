"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { recordAuditEvent } from "@/db/queries/audit";
import { getNewsroomSettings, saveNewsroomSettings } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { newsroomSettingsSchema } from "./schemas";

export type NewsroomFormState = ActionResult & { values?: Record<string, string> };

const save = authedAction("settings.manage", newsroomSettingsSchema, async (input, admin) => {
  const db = getDb();
  await db.transaction(async (tx) => {
    const before = await getNewsroomSettings(tx);
    await saveNewsroomSettings(tx, input);
    await recordAuditEvent(tx, { actorId: admin.id, entityType: "settings", entityId: "newsroom", action: "settings.newsroom_changed", before, after: input });
  });
  revalidatePath("/admin/settings");
  return { ok: true, data: null, message: "Saved. Exports now name the newsroom this way." };
});

/** Saves the newsroom's name and URL (admins only); exports use them as the ClaimReview author. */
export async function saveNewsroomAction(_prev: NewsroomFormState | null, formData: FormData): Promise<NewsroomFormState> {
  const raw = { name: String(formData.get("name") ?? ""), url: String(formData.get("url") ?? "") };
  const result = await save(raw);
  return result.ok ? result : { ...result, values: raw };
}
