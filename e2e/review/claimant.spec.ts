import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { makeArticleWithClaims } from "./desk";

test("an editor corrects a claim's claimant on its page; the history says so, and the reviewer holding it sees the name but no Edit", async ({ page }) => {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["Harbour Valley had the lowest rate in the South West last year."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("button", { name: "Edit claimant" }).click();
  const field = page.getByRole("form", { name: "Claimant" }).getByRole("textbox", { name: "Claimant" });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("the mayor");
  await field.fill("Sarah Collins MP");
  await page.getByRole("button", { name: "Save claimant" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claimant saved: Sarah Collins MP." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit claimant" })).toBeFocused();

  await page.reload();
  await expect(page.getByText("Sarah Collins MP", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText("named its claimant: Sarah Collins MP");

  await signOut(page);
  await signIn(page, reviewer);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByText("Sarah Collins MP", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit claimant" })).toHaveCount(0);
});
