import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

/** A long article (so the claims list sits far below it on a tablet) whose third paragraph holds a claim. */
async function longArticle(authorId: string) {
  const sentence = "The ferry carried 41,000 passengers last summer.";
  const filler = Array.from({ length: 12 }, (_, k) => `Paragraph ${k + 1} says nothing anyone would check, at some length, so that the article runs on.`);
  const paragraphs = [filler[0], filler[1], sentence, ...filler.slice(2)];
  const text = paragraphs.join("\n\n");
  const { id } = await createArticle(testDb(), { title: `Tap ${Date.now().toString(36)}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId });
  const start = text.indexOf(sentence);
  await insertClaims(testDb(), [{ articleId: id, start, end: start + sentence.length, exact: sentence, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: authorId }]);
  return { id, sentence };
}

test.use({ viewport: { width: 820, height: 1000 }, hasTouch: true });

test("tapping a highlighted claim in the text selects it without taking the text away, and the caret stays where it was tapped", async ({ page }) => {
  const editor = await makeUser("editor");
  const { id, sentence } = await longArticle(editor.id);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const highlight = page.locator("mark.claim-hl", { hasText: "41,000" });
  await highlight.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);

  await highlight.getByText("41,000", { exact: false }).tap();
  await expect(highlight).toHaveClass(/is-selected/);
  // The page stayed on the text: the claims list is under the whole article here.
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(40);
  // And a word typed lands in the sentence tapped, not at the article's start.
  await page.keyboard.type("X");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  const typedInto = await page.evaluate(() => [...document.querySelectorAll(".ProseMirror p")].findIndex((p) => p.textContent?.includes("X")));
  expect(typedInto, `typed into paragraph ${typedInto}, not the tapped one ("${sentence}")`).toBe(2);
});
