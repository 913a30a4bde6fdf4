import { createArticle, getArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { saveArticle } from "@/db/queries/workspace";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("after someone else saves, an open editor says so, shows no misplaced highlights, and refuses to move a claim by its old offsets", async ({ page }) => {
  const [editor, other] = [await makeUser("editor"), await makeUser("editor")];
  const tag = Date.now().toString(36);
  const sentences = [`The pool has 3 lanes (${tag}).`, `The rink opened in 1998 (${tag}).`];
  const bodyText = sentences.join("\n\n");
  const { id: articleId } = await createArticle(testDb(), { title: `Outdated ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  await insertClaims(
    testDb(),
    sentences.map((exact, i) => {
      const start = bodyText.indexOf(exact);
      return { articleId, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.8, checkworthy: true, reasons: ["number"], origin: "suggested" as const, status: i === 0 ? ("open" as const) : ("proposed" as const), createdById: editor.id };
    }),
  );
  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const text = page.getByRole("textbox", { name: "Article text" });
  await expect(text.locator("[data-claim-id]")).toHaveCount(2);

  // Another editor adds an opening paragraph: every offset after it moves on.
  const article = await getArticle(testDb(), articleId);
  const newer = `A new opening paragraph about the leisure centre.\n\n${bodyText}`;
  expect(await saveArticle(testDb(), { articleId, expectedVersion: article!.version, title: article!.title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(newer)), bodyText: newer, actorId: other.id })).toMatchObject({ ok: true });

  // Any action refreshes the page's claims from the newer text.
  const list = page.getByRole("region", { name: "Claims", exact: true });
  await list.getByRole("listitem").filter({ hasText: sentences[1] }).getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This article was saved elsewhere since you opened it" })).toBeVisible();
  await expect(text.locator("[data-claim-id]")).toHaveCount(0);

  await list.getByRole("listitem").filter({ hasText: sentences[0] }).getByRole("button", { name: sentences[0] }).click();
  await text.getByText(sentences[1]).selectText();
  await page.getByRole("button", { name: "Set span to selection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "so your selection may fall on other words" })).toBeVisible();

  await page.getByRole("button", { name: "Reload the article" }).click();
  await expect(text).toContainText("A new opening paragraph");
  await expect(text.locator("[data-claim-id]")).toHaveCount(2);
});
