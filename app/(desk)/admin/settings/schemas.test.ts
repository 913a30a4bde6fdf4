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

test("the newsroom's address is published in ClaimReview: kept in its standard form, never with a user name or password", () => {
  const url = (value: string) => newsroomSettingsSchema.safeParse({ name: "The Ledger", url: value, timeZone: "UTC" });
  expect(url("https://ledger.example").data?.url).toBe("https://ledger.example");
  expect(url('https://ledger.example/"></script><script>x()</script>').data?.url).toBe("https://ledger.example/%22%3E%3C/script%3E%3Cscript%3Ex()%3C/script%3E");
  expect(url("https://admin:secret@ledger.example").error?.issues.map((issue) => issue.message)).toEqual(["Leave the user name and password out of the address: it would be published."]);
  expect(url("ledger.example").error?.issues.map((issue) => issue.message)).toEqual(["Enter a web address like https://newsroom.example."]);
});
