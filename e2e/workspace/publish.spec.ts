import { createArticle } from "@/db/queries/articles";
import { insertClaims, type NewClaim } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { pasteHtml } from "./editor-helpers";

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
  // It asks first: Cancel leaves the article as it was.
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await progress.getByRole("button", { name: "Mark as published" }).click();
  await expect.poll(() => questions).toEqual([expect.stringMatching(/^Mark this article as published\? The check is closed/)]);
  await expect(progress.getByText("Ready to publish")).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await progress.getByRole("button", { name: "Mark as published" }).click();
  await expect(progress.getByText("Published", { exact: true })).toBeVisible();
  // Editing it now is editing what was checked: the page says so.
  await expect(page.getByRole("note").filter({ hasText: /^Published .*Editing its text now changes what the desk checked/ })).toBeVisible();
});

test("an article nobody looked for claims in is not ready: Find claims must run on its text first", async ({ page }) => {
  const sentence = "The minister said 40,000 jobs were created in 2024, the most ever recorded.";
  await signIn(page, await makeUser("editor"));
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill(`Jobs ${Date.now()}`);
  await pasteHtml(page, `<p>${sentence}</p>`);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);

  const progress = page.getByRole("region", { name: "Progress" });
  await expect(progress.getByText("No claims to check")).toBeVisible();
  await expect(progress.getByRole("progressbar")).toHaveCount(0);
  await expect(progress.getByText("Not ready to publish")).toBeVisible();
  await expect(progress.getByRole("button", { name: "Mark as published" })).toBeDisabled();
  await progress.getByText("1 thing to settle first").click();
  await expect(progress.getByRole("listitem")).toHaveText(["Find claims has not been run"]);

  // Finding the claims and settling the one it suggests makes the article ready.
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status")).toContainText("Found 1 claim worth checking.");
  const card = page.getByRole("region", { name: "Claims", exact: true }).getByRole("listitem").filter({ hasText: "40,000 jobs" });
  await card.getByRole("button", { name: "Dismiss" }).click();
  await card.getByLabel("Reason", { exact: true }).selectOption("not_checkable");
  await card.getByRole("button", { name: "Confirm dismissal" }).click();
  await expect(progress.getByText("1 of 1 claim settled")).toBeVisible();
  await expect(progress.getByText("Ready to publish")).toBeVisible();

  // New words after the search undo it: the finder has not read them.
  const text = page.getByRole("textbox", { name: "Article text" });
  await text.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" Unemployment fell to 3 percent.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status")).toContainText("Saved revision");
  await expect(progress.getByText("Not ready to publish")).toBeVisible();
  await progress.getByText(/things? to settle first/).click();
  await expect(progress.getByRole("listitem").first()).toHaveText("Find claims has not been run since the text changed");
  await expect(progress.getByRole("button", { name: "Mark as published" })).toBeDisabled();
});
