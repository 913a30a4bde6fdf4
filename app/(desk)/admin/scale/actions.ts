"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { updateVerdictScale } from "@/db/queries/settings";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { repeatedLabels } from "@/lib/verdicts/scale";

const scaleSchema = z.object({
  entries: z
    .array(
      z.object({
        key: z.string().min(1).max(40),
        label: z.string().trim().min(1, "Give every verdict a label.").max(40, "Keep labels under 40 characters."),
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Pick a colour."),
        position: z.number().int().min(0).max(100),
      }),
    )
    .min(1)
    .max(20)
    .superRefine((entries, ctx) => {
      for (const { index, label } of repeatedLabels(entries.map((entry) => entry.label))) {
        ctx.addIssue({ code: "custom", path: [index, "label"], message: `Two verdicts are called “${label}”: give each its own label.` });
      }
    }),
});

const save = authedAction("settings.manage", scaleSchema, async ({ entries }, admin): Promise<ActionResult> => {
  await updateVerdictScale(getDb(), { entries, actorId: admin.id });
  revalidatePath("/admin/scale");
  return { ok: true, data: null, message: "Verdict scale saved." };
});

/** Saves the scale's labels, colours and order (admins only). */
export async function saveVerdictScaleAction(raw: unknown): Promise<ActionResult> {
  return save(raw);
}
