import { changePassword, expect, makeUser, signIn, test } from "../fixtures";

test("changing your password ends every session of yours; the new one signs in, the old one no longer does", async ({ browser }) => {
  const reviewer = await makeUser("reviewer");
  const here = await browser.newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(here, reviewer);
  await signIn(elsewhere, reviewer);

  await here.getByRole("link", { name: reviewer.name }).click();
  await expect(here.getByRole("heading", { name: "Your account" })).toBeVisible();
  const form = here.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel(/^New password/).fill("a-brand-new-passphrase");
  await form.getByLabel("Repeat new password").fill("a-brand-new-passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();

  await form.getByLabel("Current password").fill(reviewer.password);
  await form.getByLabel("Repeat new password").fill("a-different-passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The two new passwords are not the same.")).toBeVisible();

  await changePassword(here, reviewer.password, "a-brand-new-passphrase");

  // The other browser's session ended too.
  await elsewhere.goto("/queue");
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await here.getByLabel("Email").fill(reviewer.email);
  await here.getByLabel("Password").fill(reviewer.password);
  await here.getByRole("button", { name: "Sign in" }).click();
  await expect(here.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await signIn(here, { email: reviewer.email, password: "a-brand-new-passphrase" });
});

test("an administrator resets someone's password: their open session ends and the new password works", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  const editor = await makeUser("editor");
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, editor);

  await signIn(page, admin);
  await page.goto("/admin");
  const row = page.getByRole("row", { name: new RegExp(editor.email) });
  await row.getByRole("button", { name: `Reset password for ${editor.name}` }).click();
  await row.getByLabel(`New password for ${editor.name}`, { exact: false }).fill("short");
  await row.getByRole("button", { name: "Set password" }).click();
  await expect(row.getByRole("alert")).toHaveText("Use at least 10 characters.");
  await row.getByLabel(`New password for ${editor.name}`, { exact: false }).fill("temporary-passphrase-1");
  await row.getByRole("button", { name: "Set password" }).click();
  await expect(row.getByRole("status")).toContainText(`New password set for ${editor.name}`);

  await theirs.goto("/articles");
  await expect(theirs).toHaveURL(/\/sign-in/);
  // The sign-in page says why this browser is signed out.
  await expect(theirs.getByRole("status")).toHaveText(/^Your session has ended: your password may have been reset/);
  await signIn(theirs, { email: editor.email, password: "temporary-passphrase-1" });
  // Signed out by choice, there is nothing to explain.
  await theirs.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(theirs.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(theirs.getByText("Your session has ended")).toHaveCount(0);
});

test("someone added with a password an administrator chose must choose their own before any desk page opens", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  await signIn(page, admin);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Add a person" });
  const email = `chosen-${Date.now()}@desk.test`;
  await form.getByLabel("Name").fill("Nia Newcomer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByLabel("Initial password").fill("set-by-the-admin-1");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Nia Newcomer can now sign in as reviewer.");

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, { email, password: "set-by-the-admin-1" });
  const gate = theirs.getByRole("heading", { level: 1, name: "Choose your own password" });
  await expect(gate).toBeVisible();
  await expect(theirs.getByText("An administrator set your password, so someone else knows it.")).toBeVisible();
  await expect(theirs).toHaveURL(/\/choose-password$/);
  // Every page sends them here: none of the desk is shown or sent, and the API answers nothing either.
  await theirs.goto("/queue");
  await expect(theirs).toHaveURL(/\/choose-password$/);
  await expect(gate).toBeVisible();
  await expect(theirs.getByRole("heading", { level: 1, name: "My queue" })).toHaveCount(0);
  const archive = await theirs.request.get("/api/archive?q=bridge");
  expect(archive.status()).toBe(403);
  expect(await archive.json()).toMatchObject({ error: "An administrator set your password, so someone else knows it: choose your own first." });
  await changePassword(theirs, "set-by-the-admin-1", "nia-chose-this-one");
  await signIn(theirs, { email, password: "nia-chose-this-one" });
  await expect(theirs.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await expect(gate).toHaveCount(0);
});
