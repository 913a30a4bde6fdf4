import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";

test("an editor's API token downloads exports until it is revoked; a reviewer has no tokens page", async ({ page, request }) => {
  const editor = await makeUser("editor");
  const text = "The ferry carried 1.4 million passengers last year.";
  const { id } = await createArticle(testDb(), { title: "Token export", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  await signIn(page, editor);
  await page.getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Token name").fill("Nightly export");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.locator(".token-secret").innerText()).trim();
  expect(secret).toMatch(/^fcd_/);

  const url = `/api/articles/${id}/export/json`;
  expect((await request.get(url, { headers: { authorization: "Bearer not-a-token" } })).status()).toBe(401);
  const ok = await request.get(url, { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(JSON.parse(await ok.text()).article.title).toBe("Token export");

  await page.getByRole("button", { name: "Revoke Nightly export" }).click();
  await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
  expect((await request.get(url, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);

  const reviewer = await makeUser("reviewer");
  await signOut(page);
  await signIn(page, reviewer);
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  expect((await page.goto("/tokens"))?.status()).toBe(403);
});
