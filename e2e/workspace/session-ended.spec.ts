import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("signed out in another tab, Save article says the session ended and keeps the text, not that the server was unreachable", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const text = `The pool has 3 lanes (${tag}).`;
  const { id } = await createArticle(testDb(), { title: `Session ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const editorBox = page.getByRole("textbox", { name: "Article text" });
  await editorBox.getByText(text).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Two are closed.");

  // Signing out in another tab takes the cookie from this one too.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Your session has ended, so this did not go through and nothing was changed. Sign in again in another tab, then try again here.")).toBeVisible();
  await expect(editorBox).toContainText(`${text} Two are closed.`);
});
