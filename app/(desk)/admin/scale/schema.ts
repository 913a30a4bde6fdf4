import { z } from "zod";
import { repeatedLabels } from "@/lib/verdicts/scale";
import { showsOnWhite } from "@/lib/verdicts/colour-contrast";

/** Why a verdict's colour is refused, naming the verdict (the message also heads the form). */
export const paleColourMessage = (label: string) => `Too pale to see on the white page: pick a darker colour for “${label.trim()}”.`;

/** An entry as the form loaded it, for the check that nobody saved the scale since. */
const loadedEntry = z.object({ key: z.string().max(40), label: z.string().max(200), color: z.string().max(20), position: z.number().int() });

export const scaleSchema = z.object({
  expected: z.array(loadedEntry).max(20),
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
      // The form flags these as they are picked; this is the server's word on it.
      entries.forEach(({ label, color }, index) => {
        if (!showsOnWhite(color)) ctx.addIssue({ code: "custom", path: [index, "color"], message: paleColourMessage(label) });
      });
    }),
});
