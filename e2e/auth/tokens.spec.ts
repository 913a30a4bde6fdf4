import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";

test("an editor's API token downloads exports until it is revoked, and cannot write; a reviewer has no tokens page", async ({ page, request }) => {
  const editor = await makeUser("editor");
  const text = "The ferry carried 1.4 million passengers last year.";
  const { id } = await createArticle(testDb(), { title: "Token export", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  await signIn(page, editor);
  await page.getByRole("link", { name: "API tokens" }).click();
  await page.getByLabel("Token name").fill("Nightly export");
  // A session alone cannot make a token (a computer left signed in): the password is asked.
  await page.getByLabel("Your password").fill("not-my-password");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("form", { name: "New API token" }).getByRole("alert")).toHaveText("That is not your password. No token was made.");
  await expect(page.getByLabel("Your password")).toBeFocused();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await page.getByLabel("Your password").fill(editor.password);
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.locator(".token-secret").innerText()).trim();
  expect(secret).toMatch(/^fcd_/);

  const url = `/api/articles/${id}/export/json`;
  expect((await request.get(url, { headers: { authorization: "Bearer not-a-token" } })).status()).toBe(401);
  const ok = await request.get(url, { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(JSON.parse(await ok.text()).article.title).toBe("Token export");
  // The scheme's name is case-insensitive in HTTP; the token is not.
  expect((await request.get(url, { headers: { authorization: `bearer ${secret}` } })).status()).toBe(200);
  expect((await request.get(url, { headers: { authorization: `BEARER ${secret}` } })).status()).toBe(200);
  expect((await request.get(url, { headers: { authorization: `bearer ${secret.toUpperCase()}` } })).status()).toBe(401);

  // A token only reads: a leaked one cannot change the record.
  const write = await request.put("/api/claims/any/verdict", { headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, data: {} });
  expect(write.status()).toBe(403);
  expect(await write.json()).toEqual({ ok: false, error: "API tokens can only read from the desk. Nothing was saved." });
  await expect(page.getByText("A token cannot change anything.")).toBeVisible();

  await page.getByRole("button", { name: "Revoke Nightly export" }).click();
  await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
  expect((await request.get(url, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);

  const reviewer = await makeUser("reviewer");
  await signOut(page);
  await signIn(page, reviewer);
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  expect((await page.goto("/tokens"))?.status()).toBe(403);
});

test("a token without a name or a password is refused with a message at the field", async ({ page }) => {
  const editor = await makeUser("editor");
  await signIn(page, editor);
  await page.goto("/tokens");
  const form = page.getByRole("form", { name: "New API token" });
  const name = form.getByLabel("Token name");
  for (const typed of ["", "   "]) {
    await name.fill(typed);
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(form.getByRole("alert")).toHaveText("Name the token after what will use it.");
    await expect(name).toHaveAccessibleDescription("Name the token after what will use it.");
    await expect(name).toBeFocused();
  }
  await expect(page.getByText("No tokens yet.")).toBeVisible();

  await name.fill("Data desk");
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("alert")).toHaveText("Type your password: a token reads the desk without signing in.");
  await expect(form.getByLabel("Your password")).toBeFocused();
  await form.getByLabel("Your password").fill(editor.password);
  await form.getByRole("button", { name: "Create token" }).click();
  await expect(form.getByRole("status")).toContainText("Copy this token now");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Data desk", exact: true })).toBeVisible();
});

test("signing out everywhere revokes the person's API tokens, and the sign-in page says so", async ({ page, request }) => {
  const editor = await makeUser("editor");
  await signIn(page, editor);
  await page.goto("/tokens");
  await page.getByLabel("Token name").fill("Made on a shared computer");
  await page.getByLabel("Your password").fill(editor.password);
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.locator(".token-secret").innerText()).trim();
  expect((await request.get("/api/archive", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);

  await page.goto("/account");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out on every device and browser. Your API token was revoked too: make a new one for the script that used it. Sign in again here.");
  expect((await request.get("/api/archive", { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
});
