import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { selectInEditor } from "../workspace/editor-helpers";

test("on a phone, a passage selected in the text can be marked without scrolling to the side panel", async ({ page }) => {
  const editor = await makeUser("editor");
  const paragraphs = Array.from({ length: 12 }, (_, k) => `Paragraph ${k + 1}: the harbour handled ${1000 + k} ships last year.`);
  const body = paragraphs.join("\n\n");
  const { id } = await createArticle(testDb(), { title: `Harbour ${Date.now()}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(body)), bodyText: body, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const follow = page.getByRole("button", { name: "Mark the selection as a claim" });

  // Wide: the side panel's button is beside the text; no second one.
  await selectInEditor(page, "the harbour handled 1003 ships last year");
  await expect(follow).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 800 });
  // Into the text, as a finger would, then a passage selected.
  await page.getByRole("textbox", { name: "Article text" }).getByText("Paragraph 4:").click();
  await selectInEditor(page, "the harbour handled 1003 ships last year");
  await expect(follow).toBeInViewport();
  // The side panel's own button is screens below.
  await expect(page.getByRole("button", { name: "Mark as claim", exact: true })).not.toBeInViewport();
  await follow.click();
  await expect(page.getByRole("status")).toHaveText("Marked the selection as a claim.");
  // Said where it was pressed, not in the panel screens below.
  await expect(page.getByRole("status")).toBeInViewport();
  await expect(page.getByRole("region", { name: "Claims", exact: true }).getByRole("button", { name: "Show claim: the harbour handled 1003 ships last year", exact: true })).toHaveCount(1);

  // Focus elsewhere (a field): nothing is selected in the text any more, so the button goes.
  await page.getByLabel("Title").click();
  await expect(follow).toHaveCount(0);
});
