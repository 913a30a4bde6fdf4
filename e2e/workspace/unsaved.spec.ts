import { createArticle, getArticle } from "@/db/queries/articles";
import { saveArticle } from "@/db/queries/workspace";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import type { Page } from "@playwright/test";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

/** A saved one-paragraph article by `authorId`; its id. */
async function articleOf(title: string, text: string, authorId: string): Promise<string> {
  const { id } = await createArticle(testDb(), { title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId });
  return id;
}

/** Types `words` at the end of the article text, leaving it unsaved. */
async function typeAtEnd(page: Page, words: string): Promise<void> {
  await page.getByRole("textbox", { name: "Article text" }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(words);
}

test("leaving an article with unsaved edits asks first; staying keeps the edits, and after saving nothing asks", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The council voted 7 to 2 on Tuesday.";
  const id = await articleOf("Unsaved edits", text, editor.id);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);

  const body = page.getByRole("textbox", { name: "Article text" });
  await typeAtEnd(page, " The bridge opens in May.");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  const asked: string[] = [];
  page.once("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect.poll(() => asked).toEqual(["This article has changes that are not saved. Leave without saving them?"]);
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));
  await expect(body).toContainText("The bridge opens in May.");

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test("edits left by the browser's Back are kept on this computer and offered back; saving them clears the copy", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The ferry carried 41,000 passengers in May.";
  const id = await articleOf("Kept edits", text, editor.id);
  await signIn(page, editor);
  await page.goto("/articles");
  await page.goto(`/articles/${id}`);

  const body = page.getByRole("textbox", { name: "Article text" });
  await typeAtEnd(page, " Fares rose in June.");
  await page.getByLabel("Title").fill("Kept edits, retitled");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // Back is the browser's own: no prompt can stop it inside the desk, so the edits must survive it.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await page.goto(`/articles/${id}`);
  const offer = page.getByRole("region", { name: "Unsaved edits on this computer" });
  await expect(offer).toContainText("were kept on this computer");
  await expect(body).not.toContainText("Fares rose in June.");
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(offer).toHaveCount(0);
  await expect(body).toContainText("The ferry carried 41,000 passengers in May. Fares rose in June.");
  await expect(page.getByLabel("Title")).toHaveValue("Kept edits, retitled");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);
  await page.reload();
  await expect(body).toContainText("Fares rose in June.");
  await expect(page.getByRole("region", { name: "Unsaved edits on this computer" })).toHaveCount(0);

  // Another person on the same browser is never offered someone else's copy.
  await typeAtEnd(page, " Draft only.");
  await page.goBack();
  const colleague = await makeUser("editor");
  await page.context().clearCookies();
  await signIn(page, colleague);
  await page.goto(`/articles/${id}`);
  await expect(body).toBeVisible();
  await expect(page.getByRole("region", { name: "Unsaved edits on this computer" })).toHaveCount(0);
});

test("kept edits made before someone else saved: restoring warns, and saving asks before replacing their changes", async ({ page }) => {
  const [editor, colleague] = [await makeUser("editor"), await makeUser("editor")];
  const text = "The depot opened in 1998.";
  const id = await articleOf("Depot", text, editor.id);
  await signIn(page, editor);
  await page.goto("/articles");
  await page.goto(`/articles/${id}`);
  const body = page.getByRole("textbox", { name: "Article text" });
  await typeAtEnd(page, " It cost £12m.");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();

  // Meanwhile a colleague saves the article.
  const theirs = "The depot opened in 1998 and closed in 2020.";
  const saved = await getArticle(testDb(), id);
  await saveArticle(testDb(), { articleId: id, expectedVersion: saved!.version, title: "Depot", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(theirs)), bodyText: theirs, actorId: colleague.id });

  await page.goto(`/articles/${id}`);
  const offer = page.getByRole("region", { name: "Unsaved edits on this computer" });
  await expect(offer).toContainText("The article has been saved since they were made");
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(body).toContainText("It cost £12m.");

  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Nothing was saved.")).toBeVisible();
  expect(asked).toEqual(["Someone saved this article after your kept edits were made. Saving now replaces their changes with your text. Save anyway?"]);
  expect((await getArticle(testDb(), id))!.bodyText).toBe(theirs);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);
  expect((await getArticle(testDb(), id))!.bodyText).toContain("It cost £12m.");
});
