import { getMailOff } from "@/db/queries/users";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

test("anyone turns kinds of e-mail off on Your account, and they stay off", async ({ page }) => {
  const reviewer = await makeUser("reviewer");
  await signIn(page, reviewer);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "E-mail settings" });
  const mentions = form.getByRole("checkbox", { name: "Comments that mention me" });
  await expect(mentions).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^Claims nearly due/ })).toBeChecked();
  await mentions.uncheck();
  await form.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. The bell still tells you everything.");
  expect(await getMailOff(testDb(), reviewer.id)).toEqual(["mentions"]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await expect(form.getByRole("checkbox", { name: "Comments that mention me" })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^Claims assigned to me/ })).toBeChecked();
});
