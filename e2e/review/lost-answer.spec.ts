import type { Page, Route } from "@playwright/test";
import { and, count, eq, like } from "drizzle-orm";
import { articles, comments } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

/**
 * Lets the next server action whose body holds `marker` reach the desk and be
 * done there, then drops its answer, as a proxy's idle timeout or a restarting
 * server process does: the page hears nothing back and says so.
 */
async function loseNextAnswer(page: Page, marker: string): Promise<() => boolean> {
  let lost = false;
  await page.route("**/*", async (route: Route) => {
    const request = route.request();
    if (lost || request.method() !== "POST" || !request.headers()["next-action"] || !(request.postData() ?? "").includes(marker)) return route.fallback();
    lost = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  return () => lost;
}

test("a comment whose answer was lost, sent again, is added once", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const article = await makeArticleWithClaims(editor.id, [`Water bills in Dunmere rose 7 percent in 2025 (${tag}).`]);
  const claimId = article.claims[0].id;
  await signIn(page, editor);
  await page.goto(`/claims/${claimId}`);
  const text = `The utility's own table says 5 percent (${tag}).`;
  const wasLost = await loseNextAnswer(page, tag);
  const box = page.getByRole("textbox", { name: /^Comment/ });
  await box.fill(text);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The desk did not answer" })).toBeVisible();
  expect(wasLost()).toBe(true);
  // The words are still in the box; sent again, they join the thread once.
  await expect(box).toHaveValue(text);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(box).toHaveValue("");
  await expect(page.getByRole("list", { name: "Comments" }).getByText(text, { exact: true })).toHaveCount(1);
  const [{ n }] = await testDb().select({ n: count() }).from(comments).where(and(eq(comments.claimId, claimId), eq(comments.body, text)));
  expect(n).toBe(1);
});

test("a new article whose answer was lost, corrected and saved again, is one article with the corrections", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const title = `Bus lanes ${tag}`;
  await signIn(page, editor);
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(title);
  const text = page.getByRole("textbox", { name: "Article text" });
  await text.fill("The city opened 14 km of bus lanes in 2025.");
  const wasLost = await loseNextAnswer(page, title);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /reach/i })).toBeVisible();
  expect(wasLost()).toBe(true);
  // The editor fixes the title and adds a sentence before trying again (regression QA: the retry dropped them).
  await page.getByLabel("Title").fill(`${title}, corrected`);
  await text.press("End");
  await text.pressSequentially(" Fares fell 3 percent.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  const made = await testDb().select({ title: articles.title, bodyText: articles.bodyText }).from(articles).where(like(articles.title, `Bus lanes ${tag}%`));
  expect(made).toEqual([{ title: `${title}, corrected`, bodyText: "The city opened 14 km of bus lanes in 2025. Fares fell 3 percent." }]);
  await expect(page.getByLabel("Title")).toHaveValue(`${title}, corrected`);
});
