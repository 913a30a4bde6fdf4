import { createArticle } from "@/db/queries/articles";
import { insertClaims, type NewClaim } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("an article is published only when every claim is settled", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The ferry carried 1.4 million passengers last year.\n\nFares will rise by 12 percent in January.";
  const { id } = await createArticle(testDb(), { title: `Ferry ${Date.now()}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  const claim = (start: number, end: number, status: NewClaim["status"]): NewClaim => ({ articleId: id, start, end, exact: text.slice(start, end), prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status, createdById: editor.id });
  const [, open] = await insertClaims(testDb(), [claim(0, 51, "approved"), claim(53, text.length, "open")]);

  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const progress = page.getByRole("region", { name: "Progress" });
  await expect(progress.getByText("1 of 2 claims settled")).toBeVisible();
  await expect(progress.getByText("Not ready to publish")).toBeVisible();
  await expect(progress.getByRole("button", { name: "Mark as published" })).toBeDisabled();

  // Settling the last claim (dismissed with a reason) makes the article ready.
  const list = page.getByRole("region", { name: "Claims", exact: true });
  const card = list.getByRole("listitem").filter({ hasText: open.exact });
  await card.getByRole("button", { name: "Dismiss" }).click();
  await card.getByLabel("Reason", { exact: true }).selectOption("not_checkable");
  await card.getByRole("button", { name: "Confirm dismissal" }).click();
  await expect(progress.getByText("2 of 2 claims settled")).toBeVisible();
  await expect(progress.getByText("Ready to publish")).toBeVisible();
  await progress.getByRole("button", { name: "Mark as published" }).click();
  await expect(progress.getByText("Published", { exact: true })).toBeVisible();
});
