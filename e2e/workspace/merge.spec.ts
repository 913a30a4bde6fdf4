import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("merging claims from different paragraphs asks first; within one paragraph it does not", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const [a, b, c] = [`Unemployment fell to 4.2% in March (${tag}).`, `The chief executive said 300 jobs would go.`, `The site opened in 1998.`];
  const bodyText = `${a}\n\n${b} ${c}`;
  const { id: articleId } = await createArticle(testDb(), { title: `Merge ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  await insertClaims(
    testDb(),
    [a, b, c].map((exact) => {
      const start = bodyText.indexOf(exact);
      return { articleId, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.8, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: editor.id };
    }),
  );
  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const list = page.getByRole("region", { name: "Claims", exact: true });
  // The claims themselves, not the reasons listed inside a selected one.
  const cards = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Open claim" }) });

  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await list.getByRole("button", { name: a }).click();
  // The tools say which claim they act on.
  const tools = page.getByRole("group", { name: /^Selected:/ });
  await expect(tools).toHaveAccessibleName(`Selected: “${a}”`);
  await page.getByRole("button", { name: "Merge with next claim" }).click();
  await expect.poll(() => asked).toEqual([expect.stringContaining("They are in different paragraphs")]);
  await expect(cards).toHaveCount(3);

  // Side by side in one paragraph: no question.
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await list.getByRole("button", { name: b }).click();
  await expect(tools.getByText("Selected:")).toHaveText(`Selected: “${b}”`);
  await page.getByRole("button", { name: "Merge with next claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Merged the claim with the next one.");
  await expect(cards).toHaveCount(2);
  expect(asked).toHaveLength(1);
});
