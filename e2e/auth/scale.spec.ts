import { expect, makeUser, signIn, test } from "../fixtures";

test("an admin relabels a verdict; the new label is kept (and put back)", async ({ page }) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Verdict scale" }).click();
  // Fields are named by the verdict's label as saved, never by its internal key.
  const label = page.getByLabel("Label for Could not be verified");
  await expect(label).toHaveValue("Could not be verified");
  await expect(page.getByLabel(/unverifiable|mostly_accurate/)).toHaveCount(0);
  await label.fill("Unproven");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
  await page.reload();
  await expect(page.getByLabel("Label for Unproven")).toHaveValue("Unproven");

  await page.getByLabel("Label for Unproven").fill("");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("form", { name: "Verdict scale" }).getByRole("alert")).toHaveText("Give every verdict a label.");
  await page.getByLabel("Label for Unproven").fill("Could not be verified");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
});

test("a colour too pale to see on the white page is refused at its field", async ({ page }) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin/scale");
  const colour = page.getByLabel("Colour for Needs context");
  const before = await colour.inputValue();
  const message = "Too pale to see on the white page: pick a darker colour for “Needs context”.";

  await colour.fill("#ffffff");
  await expect(colour).toHaveAccessibleDescription(message);
  await expect(colour).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("form", { name: "Verdict scale" }).getByRole("alert")).toHaveText(message);
  await page.reload();
  await expect(page.getByLabel("Colour for Needs context")).toHaveValue(before);

  // A darker shade is fine, and the message goes as soon as it is picked.
  await page.getByLabel("Colour for Needs context").fill("#8a6d00");
  await expect(page.getByLabel("Colour for Needs context")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByText(message)).toHaveCount(0);
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
  await page.getByLabel("Colour for Needs context").fill(before);
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
});

test("two administrators at once: a save over a scale saved since is refused, and nothing is undone", async ({ page, context }) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin/scale");
  const other = await context.newPage();
  await other.goto("/admin/scale");

  await other.getByLabel("Label for Misleading").fill("Misleading claim");
  await other.getByRole("button", { name: "Save scale" }).click();
  await expect(other.getByRole("status")).toHaveText("Verdict scale saved.");

  // The first tab still shows the scale from before that save.
  await page.getByLabel("Label for Needs context").fill("Lacks context");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("form", { name: "Verdict scale" }).getByRole("alert")).toContainText("Someone saved the verdict scale since you opened it");
  await page.reload();
  await expect(page.getByLabel("Label for Misleading claim")).toHaveValue("Misleading claim");

  // After a save the form knows the scale it saved: a second save in a row goes through.
  await page.getByLabel("Label for Misleading claim").fill("Misleading");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
  await page.getByLabel("Label for Needs context").fill("Needs context");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Verdict scale saved.");
  await other.close();
});
