import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("typing while the connection is down is saved when it comes back, without another keystroke", async ({ page, context }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Rents rose 11 percent in a year (${Date.now().toString(36)}).`]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  await context.setOffline(true);
  await page.getByLabel("Rationale").fill("The statistics office's index shows 8.7 percent, not 11.");
  // Autosave fails: the reviewer is told, the text stays.
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk" })).toBeVisible();
  await expect(page.getByLabel("Rationale")).toHaveValue("The statistics office's index shows 8.7 percent, not 11.");

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk" })).toHaveCount(0);
  expect((await getWorkingVerdict(testDb(), claims[0].id))?.rationale).toBe("The statistics office's index shows 8.7 percent, not 11.");
});
