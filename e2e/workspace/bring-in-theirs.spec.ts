import type { Page } from "@playwright/test";
import { createArticle, getArticle } from "@/db/queries/articles";
import { saveArticle } from "@/db/queries/workspace";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

/** An article of three paragraphs open in the editor, and the other editor's way of saving over it. */
async function openArticle(page: Page, tag: string) {
  const [editor, other] = [await makeUser("editor"), await makeUser("editor")];
  const paragraphs = [`The pool has 3 lanes (${tag}).`, `The rink opened in 1998 (${tag}).`, `The gym has 40 machines (${tag}).`];
  const bodyText = paragraphs.join("\n\n");
  const { id: articleId } = await createArticle(testDb(), { title: `Leisure ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText(paragraphs[2]);
  const theySave = async (from: string, to: string) => {
    const article = (await getArticle(testDb(), articleId))!;
    const newer = article.bodyText.replace(from, to);
    const saved = await saveArticle(testDb(), { articleId, expectedVersion: article.version, title: article.title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(newer)), bodyText: newer, actorId: other.id });
    expect(saved).toMatchObject({ ok: true });
  };
  return { text, paragraphs, theySave };
}

/** Types at the end of the paragraph holding `words`, as an editor would. */
async function typeAtEndOf(page: Page, words: string, typed: string) {
  await page.getByRole("textbox", { name: "Article text" }).getByText(words).click();
  await page.keyboard.press("End");
  await page.keyboard.type(typed);
}

test("someone saves while an editor edits another paragraph: the refused save offers their changes, and both edits are kept", async ({ page }) => {
  const tag = Date.now().toString(36);
  const { text, paragraphs, theySave } = await openArticle(page, tag);
  await typeAtEndOf(page, paragraphs[2], " Most are new.");
  await theySave("3 lanes", "6 lanes");

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText(/^This article was saved elsewhere since you opened it \(by someone else, or by you in another tab\)\. Nothing was overwritten/)).toBeVisible();
  await page.getByRole("button", { name: "Bring in their changes" }).click();
  await expect(page.getByText("Their latest changes (1 paragraph) are in your text, and your edits are kept. Nothing is saved yet: read it through, then Save article.")).toBeVisible();
  await expect(text).toContainText(`The pool has 6 lanes (${tag}).`);
  await expect(text).toContainText(`The gym has 40 machines (${tag}). Most are new.`);
  // Undo takes back the editor's own typing, never their changes (saving would then put it over theirs); redo restores it.
  await text.getByText(paragraphs[1]).click();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(text).not.toContainText("Most are new.");
  await expect(text).toContainText(`The pool has 6 lanes (${tag}).`);
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(text).toContainText(`The gym has 40 machines (${tag}). Most are new.`);

  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText(/^Saved revision 3\./)).toBeVisible();
  await page.reload();
  await expect(text).toContainText(`The pool has 6 lanes (${tag}).`);
  await expect(text).toContainText(`Most are new.`);
});

test("both changed the same paragraph: nothing is brought in, the paragraph is named, and the editor's text stays", async ({ page }) => {
  const tag = Date.now().toString(36);
  const { text, paragraphs, theySave } = await openArticle(page, tag);
  await typeAtEndOf(page, paragraphs[1], " It closed in 2020.");
  await theySave("1998", "1999");

  await page.getByRole("button", { name: "Save article" }).click();
  await page.getByRole("button", { name: "Bring in their changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `You and they both changed “The rink opened in 1998 (${tag}). It closed in…”, so nothing was brought in.` })).toBeVisible();
  await expect(text).toContainText(`The rink opened in 1998 (${tag}). It closed in 2020.`);
  await expect(page.getByRole("button", { name: "Reload the article" })).toBeVisible();
});

test("an open article learns of another editor's save by itself, and brings it in before its editor types on", async ({ page }) => {
  const tag = Date.now().toString(36);
  const { text, paragraphs, theySave } = await openArticle(page, tag);
  await typeAtEndOf(page, paragraphs[0], " Two are closed.");
  await theySave("40 machines", "45 machines");

  // The page asks every few seconds and when its tab comes back; this is the tab coming back.
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByRole("alert").filter({ hasText: "This article was saved elsewhere since you opened it" })).toBeVisible();
  await page.getByRole("button", { name: "Bring in their changes" }).click();
  await expect(text).toContainText(`The pool has 3 lanes (${tag}). Two are closed.`);
  await expect(text).toContainText(`The gym has 45 machines (${tag}).`);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText(/^Saved revision 3\./)).toBeVisible();
});

test("the same editor saving in another tab is news to this one too", async ({ page }) => {
  const tag = Date.now().toString(36);
  const { text, paragraphs } = await openArticle(page, tag);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await typeAtEndOf(other, paragraphs[2], " Most are new.");
  await other.getByRole("button", { name: "Save article" }).click();
  await expect(other.getByText(/^Saved revision 2\./)).toBeVisible();

  await page.bringToFront();
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByRole("alert").filter({ hasText: "This article was saved elsewhere since you opened it" })).toBeVisible();
  await page.getByRole("button", { name: "Show the saved article" }).click();
  await expect(text).toContainText(`The gym has 40 machines (${tag}). Most are new.`);
});
