import { expect, makeUser, signIn, test } from "../fixtures";

test("an admin relabels a verdict; the new label is kept (and put back)", async ({ page }) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Verdict scale" }).click();
  const label = page.getByLabel("Label for unverifiable");
  await expect(label).toHaveValue("Could not be verified");
  await label.fill("Unproven");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
  await page.reload();
  await expect(page.getByLabel("Label for unverifiable")).toHaveValue("Unproven");

  await page.getByLabel("Label for unverifiable").fill("");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("form", { name: "Verdict scale" }).getByRole("alert")).toHaveText("Give every verdict a label.");
  await page.getByLabel("Label for unverifiable").fill("Could not be verified");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
});
