import { expect, makeUser, signIn, signOut, test } from "../fixtures";

test("Sign out everywhere ends this person's sessions in every browser, after asking", async ({ page, browser }) => {
  const reviewer = await makeUser("reviewer");
  // The same person signed in elsewhere: another browser with its own cookies.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, reviewer);
  await signIn(page, reviewer);

  await page.goto("/account");
  const sessions = page.getByRole("region", { name: "Sessions" });
  page.once("dialog", (dialog) => void dialog.dismiss());
  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  // Declined: still signed in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("status")).toContainText("You are signed out on every device and browser");
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/sign-in/);

  // The other browser's session ended too.
  await other.goto("/queue");
  await expect(other).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});

test("Sign out ends that session on the server: a copy of its cookie no longer works, and the person's other browser stays signed in", async ({ page, browser }) => {
  const reviewer = await makeUser("reviewer");
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, reviewer);
  await signIn(page, reviewer);
  // Someone copied this browser's cookies before it signed out (a shared computer, a stolen backup).
  const copied = await browser.newContext({ storageState: await page.context().storageState() });
  const copy = await copied.newPage();
  await copy.goto("/queue");
  await expect(copy.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();

  await signOut(page);
  // Auth.js's own session endpoint does not renew it either (a renewed copy would outlive the record of its end).
  const renewed = await copy.request.get("/api/auth/session");
  expect((await renewed.json())?.user).toBeUndefined();
  await copy.goto("/queue");
  await expect(copy).toHaveURL(/\/sign-in/);
  await other.goto("/queue");
  await expect(other.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await copied.close();
  await elsewhere.close();
});

test("Auth.js's own sign-out page ends the session on the server too, not only in the browser that used it", async ({ page, browser }) => {
  const reviewer = await makeUser("reviewer");
  await signIn(page, reviewer);
  const copied = await browser.newContext({ storageState: await page.context().storageState() });
  const copy = await copied.newPage();
  await copy.goto("/queue");
  await expect(copy.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();

  // What the built-in page at /api/auth/signout posts, with its CSRF token.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signedOut.status()).toBe(302);
  const unread = await copy.request.get("/api/notifications/unread");
  expect(unread.status()).toBe(401);
  await copy.goto("/queue");
  await expect(copy).toHaveURL(/\/sign-in/);
  await copied.close();
});
