import { inArray } from "drizzle-orm";
import { articles } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("the Dashboard's By deadline shows the 25 nearest deadlines and leads to every article in progress", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  // Long past deadlines: the nearest of all, whatever other specs left on the desk.
  const made = [];
  for (let i = 0; i < 26; i++) made.push(await makeArticleWithClaims(editor.id, [`Pier ${i} opened in 1990.`], new Date(Date.UTC(2001, 0, 1, 0, i))));
  try {
    await signIn(page, editor);
    await page.goto("/dashboard");
    const card = page.getByRole("region", { name: "By deadline" });
    const rows = card.getByRole("row").filter({ has: page.getByRole("link") });
    await expect(rows).toHaveCount(25);
    await expect(rows.first().getByRole("link")).toHaveText(made[0].title);
    await expect(rows.last().getByRole("link")).toHaveText(made[24].title);
    await expect(card.getByRole("link", { name: made[25].title })).toHaveCount(0);
    await expect(card).toContainText(/The 25 nearest deadlines of \d+ in progress\./);
    await card.getByRole("link", { name: "All articles in progress" }).click();
    await expect(page).toHaveURL(/\/articles\?status=open$/);
  } finally {
    // Spiked, they leave the Dashboard, which other specs read.
    await testDb().update(articles).set({ status: "spiked" }).where(inArray(articles.id, made.map((article) => article.id)));
  }
});
