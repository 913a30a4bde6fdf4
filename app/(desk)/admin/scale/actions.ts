"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { updateVerdictScale } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { scaleSchema } from "./schema";

const save = authedAction("settings.manage", scaleSchema, async ({ entries }, admin): Promise<ActionResult> => {
  await updateVerdictScale(getDb(), { entries, actorId: admin.id });
  revalidatePath("/admin/scale");
  return { ok: true, data: null, message: "Verdict scale saved." };
});

/** Saves the scale's labels, colours and order (admins only). */
export async function saveVerdictScaleAction(raw: unknown): Promise<ActionResult> {
  return save(raw);
}
