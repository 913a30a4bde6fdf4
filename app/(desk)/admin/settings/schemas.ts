import { z } from "zod";
import { currentZoneName, timeZoneChoices } from "@/lib/time/zone";

/** The newsroom as ClaimReview names it (`author.name` and `author.url`), and the desk's clock. */
export const newsroomSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter the newsroom's name.").max(120, "Keep the name under 120 characters."),
  url: z
    .string()
    .trim()
    .min(1, "Enter the newsroom's web address.")
    .max(500, "That address is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address like https://newsroom.example." })),
  // One of the listed names, so the form always shows what is saved. An old
  // spelling (a form opened before the list used current names) is saved under its current one.
  timeZone: z
    .string()
    .trim()
    .transform(currentZoneName)
    .refine((zone) => timeZoneChoices().includes(zone), "Choose a time zone from the list."),
});
