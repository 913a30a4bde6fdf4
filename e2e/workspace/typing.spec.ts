import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { localDraftKey } from "@/lib/articles/local-draft";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

// Typing no longer re-renders the workspace (the count, the dirty state and the
// safety copy each follow the editor on their own): what each must still do.
test("typing: the count follows the keys, the highlight follows its words, and the safety copy is written while typing, not only on leaving", async ({ page, context }) => {
  const editor = await makeUser("editor");
  const first = "The council met on Tuesday.";
  const sentence = "The ferry carried 41,000 passengers last summer.";
  const text = `${first}\n\n${sentence}`;
  const { id } = await createArticle(testDb(), { title: "Typing", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  const start = text.indexOf(sentence);
  await insertClaims(testDb(), [{ articleId: id, start, end: start + sentence.length, exact: sentence, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id }]);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);

  const count = page.getByText(/ \/ 200,000 characters/);
  await expect(count).toContainText(`${text.length} / 200,000 characters`);
  await page.getByRole("textbox", { name: "Article text" }).getByText(first).click();
  await page.keyboard.press("End");
  const typed = " It voted 7 to 2.";
  await page.keyboard.type(typed);
  await expect(count).toContainText(`${text.length + typed.length} / 200,000 characters`);
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await expect(page.locator("mark.claim-hl")).toHaveText(sentence);

  // Written shortly after each pause in typing, while this tab stays open (a crashed
  // tab loses nothing typed): after the first words, and again after the next ones.
  const key = localDraftKey(editor.id, id);
  const copy = () => page.evaluate((k) => window.localStorage.getItem(k) ?? "", key);
  await expect.poll(copy).toContain("It voted 7 to 2.");
  const more = " The mayor abstained.";
  await page.keyboard.type(more);
  await expect.poll(copy).toContain("It voted 7 to 2. The mayor abstained.");
  const other = await context.newPage();
  await other.goto(`/articles/${id}`);
  const offer = other.getByRole("region", { name: "Unsaved edits on this computer" });
  await offer.getByRole("button", { name: "Restore my edits" }).click();
  await expect(other.getByRole("textbox", { name: "Article text" })).toContainText(`${first}${typed}${more}`);
  await expect(other.getByText(/ \/ 200,000 characters/)).toContainText(`${text.length + typed.length + more.length} / 200,000 characters`);
});
