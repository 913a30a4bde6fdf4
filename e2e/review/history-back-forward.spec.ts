import { eq } from "drizzle-orm";
import { assignClaims } from "@/db/queries/assignments";
import { spikeArticle } from "@/db/queries/spike";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { articles } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("Back and Forward between My queue and a claim show the saved draft and the states as they are now", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `Bus fares rose 8 percent this spring (${Date.now().toString(36)}).`;
  const { claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto("/queue");
  const row = page.getByRole("row").filter({ hasText: sentence });
  await expect(row).toContainText("Assigned");
  await row.getByRole("link", { name: sentence }).click();

  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByLabel("Rationale").fill("The transport authority's fare table shows 8.2 percent.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");

  // Back to the queue: the claim is in review now, not as the queue was first drawn.
  await page.goBack();
  await expect(row).toContainText("In review");
  await expect(row).not.toContainText("Assigned");

  // Forward to the claim: the saved draft, never an empty form that calls itself saved.
  await page.goForward();
  await expect(form.getByLabel("Rationale")).toHaveValue("The transport authority's fare table shows 8.2 percent.");
  await expect(form.getByRole("status")).toHaveText("All changes saved");

  // And it saves over its own draft with the right token: no conflict with herself.
  await form.getByLabel("Rationale").fill("The transport authority's fare table shows 8.2 percent, from April.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  await expect(page.getByRole("alert").filter({ hasText: "changed since you opened it" })).toHaveCount(0);
  expect((await getWorkingVerdict(testDb(), claims[0].id))?.rationale).toBe("The transport authority's fare table shows 8.2 percent, from April.");
});

test("Back to My queue after the article was spiked no longer lists its claim", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `The ferry carried 9,000 cars in June (${Date.now().toString(36)}).`;
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto("/queue");
  await page.getByRole("link", { name: sentence }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim" })).toBeVisible();
  const [article] = await testDb().select({ version: articles.version }).from(articles).where(eq(articles.id, articleId));
  expect(await spikeArticle(testDb(), { articleId, expectedVersion: article.version, reason: "Story dropped", actorId: editor.id })).toMatchObject({ ok: true });

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: sentence })).toHaveCount(0);
});
