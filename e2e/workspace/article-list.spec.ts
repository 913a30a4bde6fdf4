import { createArticle } from "@/db/queries/articles";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("an editor finds an article by words in its title or byline, filters by status and pages through the rest", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = `zq${Date.now().toString(36)}`;
  // 52 articles with the tag: one page of 50 and a second page of 2.
  for (let i = 0; i < 52; i++) {
    await createArticle(testDb(), {
      title: `${tag} council story ${String(i).padStart(2, "0")}`,
      byline: i === 7 ? `By Ines ${tag}-byline` : "",
      sourceUrl: null,
      deadline: null,
      bodyJson: "{}",
      bodyText: "x",
      authorId: editor.id,
    });
  }
  await signIn(page, editor);
  await page.goto("/articles");

  const search = page.getByRole("search", { name: "Find articles" });
  await search.getByLabel("Search").fill(`  ${tag}   council `);
  await search.getByRole("button", { name: "Find" }).click();
  const rows = page.getByRole("table").getByRole("row");
  const titles = page.getByRole("table").getByRole("link", { name: `${tag} council story` });
  await expect(titles).toHaveCount(50);
  const first = await titles.allTextContents();

  await page.getByRole("link", { name: "Older →" }).click();
  await expect(titles).toHaveCount(2);
  // Together the two pages hold every article once.
  expect(new Set([...first, ...(await titles.allTextContents())]).size).toBe(52);
  await expect(page.getByRole("link", { name: "Older →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Newer" }).click();
  await expect(titles).toHaveCount(50);

  await search.getByLabel("Search").fill(`${tag}-byline`);
  await search.getByRole("button", { name: "Find" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${tag} council story 07`);

  await search.getByLabel("Status").selectOption({ label: "Published" });
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("heading", { name: "No articles match" })).toBeVisible();
  await page.getByRole("link", { name: "show every article" }).click();
  await expect(search.getByLabel("Search")).toHaveValue("");
});
