import { assignClaims } from "@/db/queries/assignments";
import { parseEnv } from "@/lib/env";
import { sweepDueReminders } from "../../scripts/due-reminders";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("a claim nearly due rings its holder's bell, and the reminder leads to the claim", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const text = `Council tax rose 5 percent (${tag}).`;
  const { claims } = await makeArticleWithClaims(editor.id, [text]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: new Date(Date.now() + 30 * 60_000), priority: "normal", note: "" });

  // The sweep the server runs every few minutes, run now (the e2e server's own is off).
  const reminded = await sweepDueReminders(testDb(), parseEnv({ DATABASE_URL: process.env.E2E_DATABASE_URL, DUE_REMINDER_MINUTES: "60" }));
  expect(reminded).toBeGreaterThanOrEqual(1);

  await signIn(page, reviewer);
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread");
  await bell.click();
  const reminder = page.getByRole("link", { name: new RegExp(`^Due in (29|30) minutes: “${text.replace(/[.()]/g, "\\$&")}”`) });
  await expect(reminder).toBeVisible();
  await reminder.click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/claims/${claims[0].id}$`));

  // My queue marks it too.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }).click();
  await expect(page.getByRole("list", { name: "Counts by state" })).toContainText("Due soon: 1");
  await expect(page.getByRole("row").filter({ hasText: text })).toContainText("Due soon");
});
