import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { makeArticleWithClaims } from "../review/desk";

test("an editor spikes an article: its claims leave the reviewer's queue, who is told; restoring brings it back", async ({ page }) => {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["The tram cost $12 million.", "Ridership rose 8 percent."]);
  const assigned = await assignClaims(testDb(), { claimIds: article.claims.map((c) => c.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  expect(assigned.ok).toBe(true);

  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("button", { name: "Spike", exact: true }).click();
  const form = page.getByRole("form", { name: "Spike this article" });
  await form.getByLabel("Reason").fill("The council postponed the vote; the story will not run.");
  await form.getByRole("button", { name: "Spike article" }).click();
  const banner = page.getByRole("region", { name: "Spiked" });
  await expect(banner).toContainText(`by ${editor.name}`);
  await expect(banner).toContainText("The council postponed the vote");
  // Nothing to assign on a spiked article, and it is off the dashboard.
  await expect(page.getByRole("button", { name: "Auto-assign" })).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("region", { name: "By deadline" }).getByRole("link", { name: article.title })).toHaveCount(0);
  await nav.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("row").filter({ hasText: article.title })).toContainText("Spiked");
  await signOut(page);

  await signIn(page, reviewer);
  await page.goto("/queue");
  await expect(page.getByText("The tram cost $12 million.")).toHaveCount(0);
  await page.goto("/notifications");
  await expect(page.getByText(`“${article.title}” was spiked: its 2 claims left your queue.`)).toBeVisible();
  // The reviewer no longer holds a claim on it: the article is not theirs to open.
  const response = await page.goto(`/articles/${article.id}`);
  expect(response?.status()).toBe(404);
  await signOut(page);

  await signIn(page, editor);
  await page.goto(`/claims/${article.claims[0].id}`);
  await expect(page.getByRole("note")).toContainText("This claim's article was spiked");
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("region", { name: "Spiked" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("region", { name: "Spiked" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Auto-assign" })).toBeVisible();
  // The claim's history says why it went back to the pool.
  await page.goto(`/claims/${article.claims[0].id}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText(`Back in the open pool: ${editor.name} spiked the article`);
});

test("a reviewer cannot spike", async ({ page }) => {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["Bus fares rose 4 percent."]);
  await assignClaims(testDb(), { claimIds: [article.claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Spike", exact: true })).toHaveCount(0);
});
