import { z } from "zod";
import { CREDENTIALS_MESSAGE, webAddress } from "@/lib/http/web-address";
import { currentZoneName, timeZoneChoices } from "@/lib/time/zone";

/** The newsroom as ClaimReview names it (`author.name` and `author.url`), and the desk's clock. */
export const newsroomSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter the newsroom's name.").max(120, "Keep the name under 120 characters."),
  url: z
    .string()
    .trim()
    .min(1, "Enter the newsroom's web address.")
    .max(500, "That address is too long.")
    // Its standard form, as ClaimReview publishes it (lib/http/web-address).
    .transform((value, ctx) => {
      const address = webAddress(value, { keepFragment: false });
      if (address.ok) return address.href;
      ctx.addIssue({ code: "custom", message: address.problem === "credentials" ? CREDENTIALS_MESSAGE : "Enter a web address like https://newsroom.example." });
      return z.NEVER;
    }),
  // One of the listed names, so the form always shows what is saved. An old
  // spelling (a form opened before the list used current names) is saved under its current one.
  timeZone: z
    .string()
    .trim()
    .transform(currentZoneName)
    .refine((zone) => timeZoneChoices().includes(zone), "Choose a time zone from the list."),
});
