"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { updateVerdictScale } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { scaleSchema } from "./schema";

const save = authedAction("settings.manage", scaleSchema, async ({ entries, expected }, admin): Promise<ActionResult> => {
  const saved = await updateVerdictScale(getDb(), { entries, expected, actorId: admin.id });
  if (!saved.ok) return { ok: false, error: "Someone saved the verdict scale since you opened it. Reload the page to see their changes, then make yours; nothing was saved." };
  revalidatePath("/admin/scale");
  return { ok: true, data: null, message: "Verdict scale saved." };
});

/** Saves the scale's labels, colours and order (admins only). */
export async function saveVerdictScaleAction(raw: unknown): Promise<ActionResult> {
  return save(raw);
}
