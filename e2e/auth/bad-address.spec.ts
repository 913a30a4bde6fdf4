import { expect, makeUser, signIn, test } from "../fixtures";

// "%E0%A4%A": an escape cut short (a link truncated in a chat message, or a probe).
const GARBLED = "%E0%A4%A";

test("an address with a garbled %-escape is answered 400 in words, pages and API routes alike, never a 500", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  for (const path of [`/articles/${GARBLED}`, `/claims/${GARBLED}`, `/articles/${GARBLED}/revisions`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    await expect(page.getByText("That address is not a well-formed link")).toBeVisible();
  }
  for (const path of [`/api/articles/${GARBLED}/changes`, `/api/claims/${GARBLED}/verdict`, `/api/articles/${GARBLED}/export/csv`, `/api/corrections/export/${GARBLED}`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect((await response.json()).error, path).toMatch(/^That address is not a well-formed link/);
  }
  // A well-formed escape still reaches the page, which says there is no such article.
  expect((await page.goto("/articles/%F0%9F%98%80"))?.status()).toBe(404);
});
