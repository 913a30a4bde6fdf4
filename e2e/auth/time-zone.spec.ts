import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import { ensureFounder, makeArticleWithClaims } from "../review/desk";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";

// An editor at the newsroom in New York, whose browser keeps New York time.
test.use({ timezoneId: "America/New_York" });

// Other specs read times in UTC: the desk's clock goes back however this one ends.
test.afterEach(async () => {
  await testDb().delete(settings).where(eq(settings.key, "desk.time_zone"));
});

test("an admin sets the desk's time zone; deadlines read on the newsroom's clock and the fields agree", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  // 04:14 UTC on 15 January is 23:14 the evening before in New York.
  const article = await makeArticleWithClaims(editor.id, ["The bridge cost $48.5 million."], new Date("2030-01-15T04:14:00Z"));

  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText("15 Jan 2030, 04:14 UTC")).toBeVisible();
  await expect(page.getByLabel("Publish deadline")).toHaveAccessibleDescription("Your clock: New York time. The desk shows UTC.");

  const admin = await makeUser("admin");
  await signOut(page);
  await signIn(page, admin);
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "Newsroom" });
  await expect(form.getByLabel("Time zone")).toHaveValue("UTC");
  await nameNewsroomIfUnset(page);
  await form.getByLabel("Time zone").selectOption("America/New_York");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. Exports now name the newsroom this way; the desk shows times in New York time.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Newsroom" }).getByLabel("Time zone")).toHaveValue("America/New_York");

  await signOut(page);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByText("14 Jan 2030, 23:14 EST")).toBeVisible();
  // The deadline field takes the browser's time, which is now the desk's.
  await expect(page.getByLabel("Publish deadline")).toHaveValue("2030-01-14T23:14");
  await expect(page.getByLabel("Publish deadline")).toHaveAccessibleDescription("Your clock: New York time, as shown elsewhere on the desk.");
  await page.goto(`/claims/${article.claims[0].id}`);
  await expect(page.getByText("14 Jan 2030, 23:14 EST")).toBeVisible();
});

test("the list offers zones under their current names; one saved under an old spelling shows as chosen under its current name", async ({ page }) => {
  await ensureFounder();
  await testDb().insert(settings).values({ key: "desk.time_zone", value: "Asia/Calcutta" }).onConflictDoUpdate({ target: settings.key, set: { value: "Asia/Calcutta" } });
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin/settings");
  const zone = page.getByRole("form", { name: "Newsroom" }).getByLabel("Time zone");
  await expect(zone).toHaveValue("Asia/Kolkata");
  for (const current of ["Asia/Kathmandu", "Asia/Ho_Chi_Minh", "Europe/Kyiv", "America/Nuuk"]) await expect(zone.locator(`option[value="${current}"]`)).toHaveCount(1);
  for (const old of ["Asia/Calcutta", "Asia/Katmandu", "Asia/Saigon", "Europe/Kiev", "America/Godthab"]) await expect(zone.locator(`option[value="${old}"]`)).toHaveCount(0);

  await nameNewsroomIfUnset(page);
  await zone.selectOption("Europe/Kyiv");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. Exports now name the newsroom this way; the desk shows times in Kyiv time.");
});

/**
 * Until an admin names the newsroom, the settings form starts with empty name
 * and address fields (the defaults are only hints) and says so: a save needs them.
 */
async function nameNewsroomIfUnset(page: Page) {
  const form = page.getByRole("form", { name: "Newsroom" });
  if ((await form.getByLabel("Newsroom name").inputValue()) !== "") return;
  await expect(page.getByRole("note").filter({ hasText: "Not set yet" })).toBeVisible();
  await form.getByLabel("Newsroom name").fill("The Riverside Ledger");
  await form.getByLabel("Newsroom URL").fill("https://ledger.example");
}
