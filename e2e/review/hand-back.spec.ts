import { assignClaims } from "@/db/queries/assignments";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("a reviewer who cannot check a claim hands it back with a reason; the editor is told and can assign it again", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentence = `Harbour fees rose 6 percent (${tag}).`;
  const { claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  // Some work first: the autosave moves the claim on under the page, which must not block handing it back.
  await page.getByLabel(/^Rationale/).fill("Started on the harbour board's minutes.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await page.getByText("Can't check this one? Hand it back").click();
  const form = page.getByRole("form", { name: "Hand back this claim" });
  // Escape folds it away again, back on its summary; opening it again goes on.
  await form.getByLabel(/^Why/).press("Escape");
  await expect(form).toBeHidden();
  await expect(page.getByText("Can't check this one? Hand it back")).toBeFocused();
  await page.getByText("Can't check this one? Hand it back").click();
  await form.getByRole("button", { name: "Hand back" }).click();
  await expect(form.getByRole("alert")).toHaveText("Say why, so the editor can find someone else.");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByLabel(/^Why/).fill("My partner runs the harbour board.");
  await form.getByRole("button", { name: "Hand back" }).click();
  // No longer theirs, so no longer theirs to open: on to My queue, where it is gone.
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Handed back: the claim is in the open pool" })).toBeVisible();
  await expect(page.getByText(sentence)).toHaveCount(0);
  expect((await page.request.get(`/claims/${claims[0].id}`)).status()).toBe(404);

  await signOut(page);
  await signIn(page, editor);
  await page.goto("/notifications");
  await page.getByRole("link", { name: `${reviewer.name} handed back a claim you assigned (“My partner runs the harbour board.”): ${sentence}` }).click();
  await expect(page.getByText("Nobody yet")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" })).toContainText(`${reviewer.name} handed it back; it is in the open pool again`);
  await expect(page.getByRole("region", { name: "History" })).toContainText("My partner runs the harbour board.");
  await expect(page.getByRole("link", { name: "Assign", exact: true })).toBeVisible();

  // Any editor sees it on the Dashboard as needing a holder, one step from assigning it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const row = page.getByRole("region", { name: "Needs attention" }).getByRole("row", { name: new RegExp(tag) });
  await expect(row).toContainText("Needs a holder");
  await row.getByRole("link", { name: `Assign “${sentence}”` }).click();
  await expect(page.getByRole("checkbox", { name: sentence })).toBeChecked();
});
