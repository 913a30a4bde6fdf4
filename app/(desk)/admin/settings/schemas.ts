import { z } from "zod";

/** The newsroom as ClaimReview names it: `author.name` and `author.url`. */
export const newsroomSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter the newsroom's name.").max(120, "Keep the name under 120 characters."),
  url: z
    .string()
    .trim()
    .min(1, "Enter the newsroom's web address.")
    .max(500, "That address is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address like https://newsroom.example." })),
});
