import { assignClaims } from "@/db/queries/assignments";
import { listAwaitingSignOff } from "@/db/queries/review";
import { saveVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("a reviewer takes a verdict submitted too early back to edit it, and it leaves the editors' list", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `The library lent 12,400 books last year (${Date.now().toString(36)}).`;
  const { claims } = await makeArticleWithClaims(editor.id, [sentence]);
  const claimId = claims[0].id;
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const evidence = [{ url: "https://library.example/report", title: "Annual report", publisher: "City library", quote: "12,400 loans", accessedOn: "2026-12-01", archiveUrl: null, stance: "supports" as const }];
  const sent = await saveVerdict(testDb(), { claimId, actorId: reviewer.id, expected: { verdictId: null, version: null }, submit: true, content: { verdictKey: "accurate", rationale: "The annual report.", evidence } });
  if (!sent.ok) throw new Error("setup: submit");

  await signIn(page, reviewer);
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByText("Waiting for sign-off", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Take back to edit" }).click();
  const form = page.getByRole("form", { name: "Verdict form" });
  await expect(form.getByLabel("Rationale")).toHaveValue("The annual report.");
  await expect(form.getByLabel("Rationale")).toBeEditable();
  expect((await listAwaitingSignOff(testDb())).some((item) => item.claimId === claimId)).toBe(false);

  await form.getByLabel("Rationale").fill("The annual report, page 3.");
  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByText("Waiting for sign-off", { exact: true })).toBeVisible();
  expect((await listAwaitingSignOff(testDb())).some((item) => item.claimId === claimId)).toBe(true);
});
