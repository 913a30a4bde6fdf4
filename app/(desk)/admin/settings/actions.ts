"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { updateNewsroomSettings } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { zoneClockLabel } from "@/lib/time/zone";
import { newsroomSettingsSchema } from "./schemas";
import { formText } from "@/lib/http/form-text";

export type NewsroomFormState = ActionResult & { values?: Record<string, string> };

const save = authedAction("settings.manage", newsroomSettingsSchema, async (input, admin) => {
  await updateNewsroomSettings(getDb(), { value: input, actorId: admin.id });
  // Every page shows times on the desk's clock: none may be served from before the change.
  revalidatePath("/", "layout");
  return { ok: true, data: null, message: `Saved. Exports now name the newsroom this way; the desk shows times in ${zoneClockLabel(input.timeZone)}.` };
});

/**
 * Saves the newsroom's name and URL (exports use them as the ClaimReview author)
 * and the desk's time zone (admins only).
 */
export async function saveNewsroomAction(_prev: NewsroomFormState | null, formData: FormData): Promise<NewsroomFormState> {
  const raw = { name: formText(formData, "name"), url: formText(formData, "url"), timeZone: formText(formData, "timeZone") };
  const result = await save(raw);
  return result.ok ? result : { ...result, values: raw };
}
