import { expect, test } from "vitest";
import { newsroomSettingsSchema } from "./schemas";

const settings = (timeZone: string) => newsroomSettingsSchema.safeParse({ name: "The Ledger", url: "https://ledger.example", timeZone });

test("a listed zone is saved as chosen", () => {
  expect(settings("Asia/Kolkata").data?.timeZone).toBe("Asia/Kolkata");
});

test("an old spelling, from a form opened before the list changed, is saved under its current name", () => {
  expect(settings("Europe/Kiev").data?.timeZone).toBe("Europe/Kyiv");
});

test.each(["Mars/Olympus_Mons", "US/Eastern", ""])("%j is refused", (zone) => {
  expect(settings(zone).error?.issues.map((issue) => issue.message)).toEqual(["Choose a time zone from the list."]);
});
