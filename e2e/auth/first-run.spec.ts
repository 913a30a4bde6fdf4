import { expect, test } from "@playwright/test";

// The founder's clock becomes the desk's: every other spec reads times on UTC.
test.use({ timezoneId: "UTC" });

test("the first visit creates the administrator, once", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
  await expect(page.getByText("The desk will show times on your computer's clock (UTC).")).toBeVisible();

  // Bad input: a message next to each field, nothing saved.
  await page.getByLabel("Name").fill("Founding Admin");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Enter an e-mail address like name@example.org.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Founding Admin");

  await page.getByLabel("Email").fill("founder@desk.test");
  await page.getByLabel("Password").fill("founder-password-1");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "founder@desk.test" })).toBeVisible();

  // Once someone exists the first-run page is gone.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in|\/articles/);
});
