import { notifications } from "@/db/schema";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder } from "./desk";

test("a long inbox is read a page at a time: older pages stay unread until shown, and mentions can be picked out", async ({ page }) => {
  await ensureFounder();
  const reviewer = await makeUser("reviewer");
  // 120 notices a minute apart, oldest first; the first, sixth and eleventh are mentions, the rest workflow notices.
  const start = Date.now() - 3 * 60 * 60_000;
  await testDb()
    .insert(notifications)
    .values(
      Array.from({ length: 120 }, (_, i) => {
        const mention = i % 5 === 0 && i < 15;
        return {
          userId: reviewer.id,
          kind: mention ? "mention" : "submitted",
          message: mention ? `Edna mentioned you: “notice ${i}”` : `Rosa submitted a verdict for sign-off: notice ${i}`,
          link: null,
          createdAt: new Date(start + i * 60_000),
        };
      }),
    );

  await signIn(page, reviewer);
  // The badge stays small over the bell; the link's name keeps the whole count.
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toHaveAccessibleName("Notifications, 120 unread");
  await expect(bell).toHaveText("99+");

  await bell.click();
  const table = page.getByRole("table", { name: "Notifications" });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText("New");
  await expect(rows.nth(1)).toContainText("notice 119");
  await expect(rows.nth(50)).toContainText("notice 70");
  // Only the 50 shown were read.
  await expect(bell).toHaveAccessibleName("Notifications, 70 unread");
  await expect(bell).toHaveText("70");
  const show = page.getByRole("navigation", { name: "Show notifications" });
  await expect(show.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await expect(show.getByRole("link", { name: /^Mentions/ })).toHaveText("Mentions3 new");
  expect(await seriousViolations(page)).toEqual([]);

  const pager = page.getByRole("navigation", { name: "Older and newer notifications" });
  await pager.getByRole("link", { name: "Older" }).click();
  await expect(rows.nth(1)).toContainText("notice 69");
  await expect(rows.nth(1)).toContainText("New");
  await expect(rows).toHaveCount(51);
  await expect(bell).toHaveAccessibleName("Notifications, 20 unread");

  // Mentions alone: the three, oldest last, though they were deep in the list.
  await show.getByRole("link", { name: /^Mentions/ }).click();
  await expect(page).toHaveURL(/\/notifications\?show=mentions$/);
  const mentions = page.getByRole("table", { name: "Mentions" });
  await expect(mentions.getByRole("row")).toHaveText([/What happened/, /notice 10/, /notice 5/, /notice 0/]);
  await expect(mentions.getByRole("row").filter({ hasText: "New" })).toHaveCount(3);
  await expect(show.getByRole("link", { name: "Mentions" })).toHaveAttribute("aria-current", "page");
  await expect(bell).toHaveAccessibleName("Notifications, 17 unread");
  await expect(pager).toBeHidden();

  // Back to everything, the newest page again: read already, the rest still waiting further down.
  await show.getByRole("link", { name: "All" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("notice 119");
  await expect(table.getByText("New", { exact: true })).toHaveCount(0);
  await pager.getByRole("link", { name: "Older" }).click();
  // The second page must be there before its own Older is pressed (not the first page's again).
  await expect(rows.nth(1)).toContainText("notice 69");
  await pager.getByRole("link", { name: "Older" }).click();
  await expect(rows).toHaveCount(21);
  await expect(rows.nth(1)).toContainText("notice 19");
  await expect(pager.getByRole("link", { name: "Older" })).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");
  await expect(bell).toHaveText("");
});
