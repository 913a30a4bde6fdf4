import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("D on a claim that cannot be dismissed says why instead of doing nothing", async ({ page }) => {
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `The pool has 3 lanes (${Date.now().toString(36)}).`;
  const { id: articleId } = await createArticle(testDb(), { title: "Pool", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(sentence)), bodyText: sentence, authorId: editor.id });
  const [claim] = await insertClaims(testDb(), [
    { articleId, start: 0, end: sentence.length, exact: sentence, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.8, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const card = page.getByRole("region", { name: "Claims", exact: true }).getByRole("listitem").filter({ hasText: sentence });
  await card.getByRole("button", { name: /^Show claim:/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(card).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("d");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be dismissed" })).toHaveText("An assigned claim cannot be dismissed: unassign it first (Assign claims), then dismiss it.");
  await expect(card.getByText("Assigned", { exact: true })).toBeVisible();
});
