import { countUnreadNotifications } from "@/db/queries/notifications";
import { notifications } from "@/db/schema";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder } from "./desk";

test("Mark all as read empties an inbox longer than a page, and the bell's count goes with it", async ({ page }) => {
  await ensureFounder();
  const reviewer = await makeUser("reviewer");
  const colleague = await makeUser("reviewer");
  // 130 notices a minute apart, more than two pages' worth of reading; and one for someone else.
  const start = Date.now() - 3 * 60 * 60_000;
  await testDb()
    .insert(notifications)
    .values([
      ...Array.from({ length: 130 }, (_, i) => ({ userId: reviewer.id, kind: "submitted", message: `Rosa submitted a verdict for sign-off: notice ${i}`, createdAt: new Date(start + i * 60_000) })),
      { userId: colleague.id, kind: "mention", message: "Edna mentioned you", createdAt: new Date(start) },
    ]);

  await signIn(page, reviewer);
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toHaveAccessibleName("Notifications, 130 unread");
  await bell.click();
  const table = page.getByRole("table", { name: "Notifications" });
  await expect(table.getByText("New", { exact: true })).toHaveCount(50);
  // The page read its own 50; 80 wait on older pages.
  await expect(bell).toHaveAccessibleName("Notifications, 80 unread");
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked 80 more notifications as read." })).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");
  await expect(bell).toHaveText("");
  // Nothing unread is left to mark: the button goes, the refreshed list has no "New", and focus stays on the message.
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(table.getByText("New", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Marked 80" })).toBeFocused();
  await page.getByRole("navigation", { name: "Older and newer notifications" }).getByRole("link", { name: "Older" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("notice 79");
  await expect(table.getByText("New", { exact: true })).toHaveCount(0);
  // Someone else's stay theirs to read.
  expect(await countUnreadNotifications(testDb(), colleague.id)).toBe(1);
});

test("a notification that arrives after the page was opened is not marked read unseen: the refreshed page shows it as new", async ({ page }) => {
  await ensureFounder();
  const reviewer = await makeUser("reviewer");
  const start = Date.now() - 2 * 60 * 60_000;
  await testDb()
    .insert(notifications)
    .values(Array.from({ length: 55 }, (_, i) => ({ userId: reviewer.id, kind: "submitted", message: `notice ${i}`, createdAt: new Date(start + i * 60_000) })));
  await signIn(page, reviewer);
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await bell.click();
  await expect(bell).toHaveAccessibleName("Notifications, 5 unread");
  await testDb().insert(notifications).values({ userId: reviewer.id, kind: "assigned", message: "You were assigned a claim: just now" });

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked 5 more notifications as read." })).toBeVisible();
  // The refreshed page shows it as new (and, shown, it is read): nothing is left for the bell or the button.
  const table = page.getByRole("table", { name: "Notifications" });
  await expect(table.getByRole("row").nth(1)).toContainText("New");
  await expect(table.getByRole("row").nth(1)).toContainText("You were assigned a claim: just now");
  await expect(table.getByText("New", { exact: true })).toHaveCount(1);
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
});
