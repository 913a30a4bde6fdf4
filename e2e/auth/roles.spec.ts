import { changePassword, expect, makeUser, signIn, signOut, test } from "../fixtures";

const NAV = {
  reviewer: ["Articles", "My queue", "Archive"],
  editor: ["Articles", "My queue", "Archive", "Corrections", "Dashboard"],
  admin: ["Articles", "My queue", "Archive", "Corrections", "Dashboard", "Admin"],
} as const;

for (const role of ["reviewer", "editor", "admin"] as const) {
  test(`navigation for ${role}`, async ({ page }) => {
    await signIn(page, await makeUser(role));
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText([...NAV[role]]);
    for (const label of NAV[role]) {
      await nav.getByRole("link", { name: label }).click();
      await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    }
  });
}

test("a reviewer is refused the admin page", async ({ page }) => {
  await signIn(page, await makeUser("reviewer"));
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("an admin adds a reviewer who then signs in", async ({ page }) => {
  const admin = await makeUser("admin");
  await signIn(page, admin);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Add a person" });
  const email = `new-reviewer-${Date.now()}@desk.test`;

  // Missing and malformed fields: messages next to the fields, nothing saved.
  await form.getByLabel("Email").fill("nope");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByText("Enter a name.")).toBeVisible();
  await expect(form.getByText("Enter an e-mail address like name@example.org.")).toBeVisible();

  await form.getByLabel("Name").fill("Rosa Reviewer");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("reviewer");
  // Long enough, but nothing but spaces: refused, and nobody is added.
  await form.getByLabel("Initial password").fill(" ".repeat(12));
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByText("A password cannot be only spaces. Use letters, numbers or symbols too.")).toBeVisible();
  await expect(page.getByRole("cell", { name: email })).toHaveCount(0);
  await form.getByLabel("Initial password").fill("rosa-password-1");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Rosa Reviewer can now sign in as reviewer.");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  // The same address again: a clear message.
  await form.getByLabel("Name").fill("Rosa Again");
  await form.getByLabel("Email").fill(email.toUpperCase());
  await form.getByLabel("Initial password").fill("rosa-password-2");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByText("Someone on the desk already uses this e-mail address.")).toBeVisible();
  // The password typed is still there for the corrected address (it is never sent back).
  await expect(form.getByLabel("Initial password")).toHaveValue("rosa-password-2");
  // After a success the form starts empty again.
  await form.getByLabel("Email").fill(`second-${email}`);
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Rosa Again can now sign in as reviewer.");
  await expect(form.getByLabel("Initial password")).toHaveValue("");

  await signOut(page);
  // The password the admin chose is known to the admin: her own comes first.
  await signIn(page, { email, password: "rosa-password-1" });
  await expect(page.getByRole("heading", { level: 1, name: "Choose your own password" })).toBeVisible();
  await changePassword(page, "rosa-password-1", "rosa-chose-this-one");
  await signIn(page, { email, password: "rosa-chose-this-one" });
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["Articles", "My queue", "Archive"]);
});
