import { assignClaims } from "@/db/queries/assignments";
import { listComments } from "@/db/queries/comments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("a NUL or half an emoji, typed or sent, is dropped and the words after it are kept", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const tag = Date.now().toString(36);
  const { claims } = await makeArticleWithClaims(editor.id, [`Tram fares rose 15 percent (${tag}).`]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);

  // Through the form's autosave (the draft route) and a comment (a server action).
  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByLabel("Rationale").fill("Fare table 2026\u0000 says 15.2 percent.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  await page.getByRole("textbox", { name: /^Comment/ }).fill("Checked\u0000 the \ud83d tariff sheet.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Checked the \ufffd tariff sheet.");

  expect((await getWorkingVerdict(testDb(), claims[0].id))?.rationale).toBe("Fare table 2026 says 15.2 percent.");
  expect((await listComments(testDb(), claims[0].id)).map((comment) => comment.body)).toEqual(["Checked the \ufffd tariff sheet."]);
  await page.reload();
  await expect(form.getByLabel("Rationale")).toHaveValue("Fare table 2026 says 15.2 percent.");
  expect(pageErrors).toEqual([]);
});
