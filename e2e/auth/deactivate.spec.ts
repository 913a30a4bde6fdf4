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
  await expect(row.getByRole("status").filter({ hasText: "is deactivated" })).toHaveText(`${rosa.name} is deactivated. The 4 claims they held are open again, for an editor to assign.`);
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${rosa.name}` })).toBeVisible();

  // Reactivating gives nothing back, so it does not ask.
  await row.getByRole("button", { name: `Reactivate ${rosa.name}` }).click();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
