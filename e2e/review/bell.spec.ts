import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("the bell's count follows the reviewer from page to page, without a reload", async ({ page, playwright }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const { claims } = await makeArticleWithClaims(editor.id, [`Library visits rose 7 percent (${tag}).`]);

  await signIn(page, reviewer);
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");

  // Assigned while the page is open: the next move inside the app shows it.
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");

  // Opening the list reads them; the bell says so there and after.
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(/You were assigned a claim/)).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");
  await nav.getByRole("link", { name: "My queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, 0 unread");

  // The count is the signed-in person's alone: without a session, nothing.
  expect(await (await page.request.get("/api/notifications/unread")).json()).toEqual({ unread: 0 });
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.get("/api/notifications/unread")).status()).toBe(401);
  await anonymous.dispose();
});

test("a claim assigned while My queue is open shows in the list itself when the bell hears of it", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const { claims } = await makeArticleWithClaims(editor.id, [`Ferry fares rose 9 percent (${tag}).`]);
  await signIn(page, reviewer);
  await page.goto("/queue");
  await expect(page.getByText(`Ferry fares rose 9 percent (${tag}).`)).toHaveCount(0);

  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  // The bell asks every minute and when the tab comes back; this is the tab coming back.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByRole("link", { name: /^Notifications, \d+ unread$/ })).toHaveAccessibleName("Notifications, 1 unread");
  await expect(page.getByText(`Ferry fares rose 9 percent (${tag}).`)).toBeVisible();
});
