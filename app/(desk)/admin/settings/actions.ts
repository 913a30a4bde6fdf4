"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { updateNewsroomSettings } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { newsroomSettingsSchema } from "./schemas";

export type NewsroomFormState = ActionResult & { values?: Record<string, string> };

const save = authedAction("settings.manage", newsroomSettingsSchema, async (input, admin) => {
  await updateNewsroomSettings(getDb(), { value: input, actorId: admin.id });
  revalidatePath("/admin/settings");
  return { ok: true, data: null, message: "Saved. Exports now name the newsroom this way." };
});

/** Saves the newsroom's name and URL (admins only); exports use them as the ClaimReview author. */
export async function saveNewsroomAction(_prev: NewsroomFormState | null, formData: FormData): Promise<NewsroomFormState> {
  const raw = { name: String(formData.get("name") ?? ""), url: String(formData.get("url") ?? "") };
  const result = await save(raw);
  return result.ok ? result : { ...result, values: raw };
}
