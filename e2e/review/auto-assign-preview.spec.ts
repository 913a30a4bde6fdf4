import { assignClaims, listActiveAssigneesForArticle } from "@/db/queries/assignments";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims, onlyActiveReviewer } from "./desk";

test("Auto-assign shows the split first; Cancel writes nothing; a desk changed meanwhile gets the split of now, and says so", async ({ page }) => {
  const founder = await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const raj = await makeUser("reviewer", `Raj ${tag}`);
  await onlyActiveReviewer(raj.id, founder);
  const rosa = await makeUser("reviewer", `Rosa ${tag}`);
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [`Rail trips rose 3 percent (${tag}).`, `Rail fares rose 5 percent (${tag}).`, `Rail staff fell by 40 (${tag}).`]);

  await signIn(page, editor);
  await page.goto(`/claims/assign?article=${articleId}`);
  const autoAssign = page.getByRole("button", { name: "Auto-assign" });
  await autoAssign.click();
  const preview = page.getByRole("group", { name: /^Auto-assign 3 claims/ });
  await expect(preview.getByRole("status")).toHaveText(new RegExp(`^Auto-assign 3 claims: Raj ${tag} 2, Rosa ${tag} 1 — due .+\\.$`));
  await expect(preview.getByRole("button", { name: "Assign these" })).toBeFocused();
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(preview).toHaveCount(0);
  await expect(autoAssign).toBeFocused();
  expect((await listActiveAssigneesForArticle(testDb(), articleId)).size).toBe(0);

  await autoAssign.click();
  await expect(preview.getByRole("status")).toContainText(`Raj ${tag} 2, Rosa ${tag} 1`);
  // Before the editor confirms, someone gives Rosa the first claim by hand.
  expect((await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: rosa.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" })).ok).toBe(true);
  await preview.getByRole("button", { name: "Assign these" }).click();
  await expect(page.getByRole("status")).toHaveText(`Auto-assigned 2 claims: Raj ${tag} 2. The claims or workloads changed since the preview: this is the split now.`);
  const holders = await listActiveAssigneesForArticle(testDb(), articleId);
  expect(claims.map((claim) => holders.get(claim.id)?.id)).toEqual([rosa.id, raj.id, raj.id]);
});
