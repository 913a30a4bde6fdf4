import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("leaving an article with unsaved edits asks first; staying keeps the edits, and after saving nothing asks", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The council voted 7 to 2 on Tuesday.";
  const { id } = await createArticle(testDb(), { title: "Unsaved edits", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);

  const body = page.getByRole("textbox", { name: "Article text" });
  await body.click();
  await page.keyboard.press("End");
  await page.keyboard.type(" The bridge opens in May.");
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
