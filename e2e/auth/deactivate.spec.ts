import { assignClaims } from "@/db/queries/assignments";
import { ensureFounder, makeArticleWithClaims } from "../review/desk";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("deactivating someone asks first, saying how many claims go back to the pool; Keep changes nothing", async ({ page }) => {
  await ensureFounder();
  const admin = await makeUser("admin");
  const rosa = await makeUser("reviewer", `Rosa Reviewer ${Date.now().toString(36)}`);
  const article = await makeArticleWithClaims(admin.id, ["The ferry cost $9 million.", "Crossings fell 3 percent.", "The pier opened in 1932.", "Fares rose 12 percent."]);
  const assigned = await assignClaims(testDb(), { claimIds: article.claims.map((claim) => claim.id), reviewerId: rosa.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(assigned.ok).toBe(true);

  await signIn(page, admin);
  await page.goto("/admin?status=all");
  const row = page.getByRole("row", { name: new RegExp(rosa.email) });
  const ask = page.getByRole("dialog", { name: `Deactivate ${rosa.name}?` });

  // Keep: the dialog goes, Rosa stays active with her claims.
  await row.getByRole("button", { name: `Deactivate ${rosa.name}` }).click();
  await expect(ask).toBeVisible();
  await expect(ask).toHaveAccessibleDescription(`${rosa.name} holds 4 claims; they go back to the open pool for reassigning. They are signed out at once and cannot sign in until reactivated; their history stays.`);
  await expect(ask.getByRole("button", { name: "Keep" })).toBeFocused();
  await ask.getByRole("button", { name: "Keep" }).click();
  await expect(ask).toBeHidden();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  // Escape keeps her too.
  await row.getByRole("button", { name: `Deactivate ${rosa.name}` }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  // Deactivate: as before, her claims go back to the pool.
  await row.getByRole("button", { name: `Deactivate ${rosa.name}` }).click();
  await ask.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toHaveText(`${rosa.name} is deactivated. The 4 claims they held are open again, for an editor to assign.`);
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${rosa.name}` })).toBeVisible();

  // Reactivating gives nothing back, so it does not ask.
  await row.getByRole("button", { name: `Reactivate ${rosa.name}` }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("deactivated under the Active filter, the person leaves the list and the page still says what was done; their open claim page says why it stopped", async ({ page, browser }) => {
  await ensureFounder();
  const admin = await makeUser("admin");
  const raj = await makeUser("reviewer", `Raj Reviewer ${Date.now().toString(36)}`);
  const article = await makeArticleWithClaims(admin.id, ["The ferry cost $9 million."]);
  expect((await assignClaims(testDb(), { claimIds: [article.claims[0].id], reviewerId: raj.id, actorId: admin.id, dueAt: null, priority: "normal", note: "" })).ok).toBe(true);
  const rajs = await browser.newContext();
  const rajPage = await rajs.newPage();
  await signIn(rajPage, raj);
  await rajPage.goto(`/claims/${article.claims[0].id}`);
  await expect(rajPage.getByRole("heading", { level: 1 })).toBeVisible();

  await signIn(page, admin);
  await page.goto(`/admin?q=${encodeURIComponent(raj.email)}`);
  await page.getByRole("button", { name: `Deactivate ${raj.name}` }).click();
  await page.getByRole("dialog", { name: `Deactivate ${raj.name}?` }).getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toHaveText(`${raj.name} is deactivated. The claim they held is open again, for an editor to assign.`);
  await expect(page.getByRole("row", { name: new RegExp(raj.email) })).toHaveCount(0);

  // His claim page, asking what changed, is told the account is deactivated: signing in again cannot help.
  await rajPage.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(rajPage.getByText("Your account has been deactivated, so this page no longer shows what others do here.")).toBeVisible();
  await expect(rajPage.getByRole("link", { name: "Sign in again" })).toHaveCount(0);
  await rajs.close();
});
