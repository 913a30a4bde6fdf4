import type { Page } from "@playwright/test";
import { createArticle } from "@/db/queries/articles";
import { docToPlainText, type DocNode } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

const paragraph = (text: string): DocNode => ({ type: "paragraph", content: [{ type: "text", text }] });

/** An editor on an article with a bulleted list of two facts. */
async function listArticle(page: Page) {
  const editor = await makeUser("editor");
  const doc: DocNode = {
    type: "doc",
    content: [
      paragraph("What we know about the river:"),
      { type: "bulletList", content: ["The river is the longest in the state.", "It floods every 12 years."].map((text) => ({ type: "listItem", content: [paragraph(text)] })) },
    ],
  };
  const { id } = await createArticle(testDb(), { title: `River ${Date.now()}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(doc), bodyText: docToPlainText(doc), authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text).toContainText("It floods every 12 years.");
  return text;
}

test("Tab in a bulleted item leaves the editor with the selection kept, so the passage can be marked by keyboard", async ({ page }) => {
  const text = await listArticle(page);
  // The second item: the first has no item before it to be indented under.
  await text.getByText("It floods every 12 years.").click();
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  // The editor takes up a selection on the browser's next selectionchange; a person
  // never presses Tab before that, a script can. Wait until the page knows of it.
  await expect(page.locator(".mark-follow button")).toBeAttached();
  await page.keyboard.press("Tab");

  await expect(text).not.toBeFocused();
  // The list is as it was: Tab did not indent the item into a list of its own.
  await expect(text.locator("ul ul")).toHaveCount(0);

  const mark = page.getByRole("button", { name: "Mark as claim" });
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Marked the selection as a claim.");
  await expect(page.getByRole("region", { name: "Claims", exact: true }).getByRole("button", { name: "Show claim: It floods every 12 years.", exact: true })).toBeVisible();
});

test("Ctrl+Alt+M marks the selection without leaving the text, on a narrow screen too, where the side panel is screens away", async ({ page }) => {
  // 200 % zoom on a laptop: the side panel sits under the whole article.
  await page.setViewportSize({ width: 640, height: 700 });
  const text = await listArticle(page);
  await text.getByText("The river is the longest in the state.").click();
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await expect(page.locator(".mark-follow button")).toBeVisible();
  await page.keyboard.press("Control+Alt+M");

  // The message shows beside the button that follows the selection, in sight.
  await expect(page.locator(".mark-follow").getByRole("status")).toHaveText("Marked the selection as a claim.");
  await expect(page.getByRole("region", { name: "Claims", exact: true }).getByRole("button", { name: "Show claim: The river is the longest in the state.", exact: true })).toBeAttached();
  // Nothing was typed into the article, and the list kept its shape.
  await expect(text).toContainText("The river is the longest in the state.");
  await expect(text.locator("ul ul")).toHaveCount(0);
});

test("Ctrl+] and Ctrl+[ indent and outdent a bulleted item", async ({ page }) => {
  const text = await listArticle(page);
  await text.getByText("It floods every 12 years.").click();
  // The editor knows the caret is in the list (its toolbar says so) before the key goes.
  await expect(page.getByRole("button", { name: "Bulleted list" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ControlOrMeta+]");
  await expect(text.locator("ul ul")).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+[");
  await expect(text.locator("ul ul")).toHaveCount(0);
});

test("A and D act on a claim reached with Tab, before it is selected", async ({ page }) => {
  const editor = await makeUser("editor");
  const body = "The bridge will cost $48.5 million.\n\nTraffic has risen by 38 percent in five years.";
  const { id } = await createArticle(testDb(), { title: `Bridge ${Date.now()}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify({ type: "doc", content: body.split("\n\n").map(paragraph) }), bodyText: body, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  await page.getByRole("button", { name: "Find claims" }).click();
  const list = page.getByRole("region", { name: "Claims", exact: true });
  const cost = list.getByRole("listitem").filter({ hasText: "The bridge will cost $48.5 million" });
  const traffic = list.getByRole("listitem").filter({ hasText: "Traffic has risen by 38 percent" });
  await expect(cost.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(traffic.getByText("Suggested", { exact: true })).toBeVisible();

  // Focus alone, as Tab leaves it: nothing is selected yet.
  await cost.getByRole("button", { name: /^Show claim:/ }).focus();
  await expect(cost).not.toHaveAttribute("aria-current", "true");
  await page.keyboard.press("a");
  await expect(cost.getByText("Open", { exact: true })).toBeVisible();
  // On to the next one, which D now opens the reason for.
  await expect(traffic.getByRole("button", { name: /^Show claim:/ })).toBeFocused();
  await page.keyboard.press("d");
  await expect(traffic.getByLabel("Reason", { exact: true })).toBeFocused();
});

test("a sentence typed and then marked is marked at once: the mark saves the text and sends the version it saved", async ({ page }) => {
  const text = await listArticle(page);
  await text.getByText("What we know about the river:").click();
  await page.keyboard.press("End");
  const added = " The port handled 2 million containers.";
  await page.keyboard.type(added);
  // Select what was typed, from its end back to its start.
  for (let i = 0; i < added.length - 1; i++) await page.keyboard.press("Shift+ArrowLeft");
  await expect(page.locator(".mark-follow button")).toBeAttached();
  await page.keyboard.press("Tab");
  const mark = page.getByRole("button", { name: "Mark as claim" });
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Marked the selection as a claim.");
  await expect(page.getByRole("region", { name: "Claims", exact: true }).getByRole("button", { name: "Show claim: The port handled 2 million containers.", exact: true })).toBeVisible();
});

test("a refused save moves focus to the field at fault", async ({ page }) => {
  const editor = await makeUser("editor");
  await signIn(page, editor);
  await page.goto("/articles/new");
  await page.getByRole("textbox", { name: "Article text" }).click();
  await page.keyboard.type("The council approved the budget on Monday.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();
});
