import { expect, makeUser, signIn, test } from "../fixtures";

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
