import { expect, makeUser, signIn, test } from "../fixtures";

test("every page carries the security headers, and the desk runs under its content security policy", async ({ page }) => {
  const refused: string[] = [];
  const failed: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    if (/Failed to load resource/i.test(message.text())) failed.push(`${message.text()} ${message.location().url}`);
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-frame-options"]).toBe("DENY");
  // The desk's icon loads for a signed-out visitor too (no 404 or sign-in redirect in the console).
  expect((await page.request.get("/icon.svg", { maxRedirects: 0 })).status()).toBe(200);
  // So does the address browsers fall back to when a page has not named its icon yet.
  const fallback = await page.request.get("/favicon.ico");
  expect(fallback.status()).toBe(200);
  expect(fallback.headers()["content-type"]).toContain("image/svg+xml");

  // Sign-in, the article editor (Tiptap) and a page with client navigation all work under it.
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  const editor = page.getByRole("textbox", { name: "Article text" });
  await editor.click();
  await page.keyboard.type("The ferry carried 41,000 passengers in May.");
  await expect(editor).toContainText("41,000 passengers");
  // Leaving with the text unsaved asks first; the answer is to leave.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  expect(refused).toEqual([]);
  expect(failed).toEqual([]);
});
