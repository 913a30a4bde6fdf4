import { expect, makeUser, signIn, test } from "../fixtures";
import { makeArticleWithClaims } from "./desk";

test("a long article's page lists claims and blockers a page at a time; selecting all still takes every claim", async ({ page }) => {
  const editor = await makeUser("editor");
  const sentences = Array.from({ length: 45 }, (_, k) => `The council spent ${k + 1}.5 million on project ${k + 1} last year.`);
  const article = await makeArticleWithClaims(editor.id, sentences);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);

  const progress = page.getByRole("region", { name: "Progress" });
  await progress.getByText("45 things to settle first").click();
  // All 45 wait for the same thing: one group, eight named, each a link to its claim.
  const unassigned = progress.getByRole("region", { name: "Not assigned" });
  await expect(unassigned.getByRole("heading", { name: "Not assigned (45)" })).toBeVisible();
  await expect(unassigned.getByRole("link")).toHaveCount(8);
  await expect(progress.getByRole("listitem")).toHaveCount(9);
  await expect(progress.getByText("and 37 more")).toBeVisible();

  const toAssign = page.getByRole("list", { name: "Claims to assign" });
  await expect(toAssign.getByRole("listitem")).toHaveCount(40);
  await expect(page.getByRole("checkbox", { name: sentences[44] })).toHaveCount(0);
  await page.getByLabel("Select all unassigned (45)").check();
  await expect(page.getByText("45 selected")).toBeVisible();
  await page.getByRole("button", { name: "Show 5 more of 5 to assign" }).click();
  await expect(toAssign.getByRole("listitem")).toHaveCount(45);
  await expect(page.getByRole("checkbox", { name: sentences[44] })).toBeChecked();
});
