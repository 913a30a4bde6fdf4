import { assignClaims } from "@/db/queries/assignments";
import { decideVerdict } from "@/db/queries/review";
import { saveVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("an editor reopens an approved verdict only with a reason; the reviewer is told and works on the next version", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [assigner, approver, reviewer] = [await makeUser("editor"), await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `Rail fares rose 4.9 percent in January (${tag}).`;
  const { claims } = await makeArticleWithClaims(assigner.id, [sentence]);
  const claimId = claims[0].id;
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: assigner.id, dueAt: null, priority: "normal", note: "" });
  const content = { verdictKey: "accurate", rationale: "The regulator's table shows 4.9%.", evidence: [{ url: "https://orr.example/fares", title: "Fares index", publisher: "ORR", quote: "4.9%", accessedOn: "2026-12-01", archiveUrl: null, stance: "supports" as const }] };
  const submitted = await saveVerdict(testDb(), { claimId, actorId: reviewer.id, expected: { verdictId: null, version: null }, submit: true, content });
  if (!submitted.ok) throw new Error("setup: submit");
  await decideVerdict(testDb(), { claimId, actorId: approver.id, expected: { verdictId: submitted.verdict.id, version: submitted.verdict.version }, decision: "approve", comment: "" });

  await signIn(page, approver);
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("button", { name: "Reopen for a new version" }).click();
  const form = page.getByRole("form", { name: "Reopen the approved verdict" });
  // One click no longer reopens: it asks why.
  await form.getByRole("button", { name: "Keep it approved" }).click();
  await expect(form).toHaveCount(0);
  await page.getByRole("button", { name: "Reopen for a new version" }).click();
  await form.getByRole("button", { name: "Reopen", exact: true }).click();
  await expect(form.getByRole("alert")).toHaveText("Say why, for the reviewer and the record.");
  await form.getByLabel(/^Why reopen it/).fill("The regulator revised January to 5.1%.");
  await form.getByRole("button", { name: "Reopen", exact: true }).click();
  await expect(page.getByText("In review", { exact: true }).first()).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(`${approver.name} reopened the approved verdict`);
  await expect(history).toContainText("The regulator revised January to 5.1%.");

  await signOut(page);
  await signIn(page, reviewer);
  await page.goto("/notifications");
  await page.getByRole("link", { name: `${approver.name} reopened your approved verdict for a new version (“The regulator revised January to 5.1%.”): ${sentence}` }).click();
  // The form says its next save makes version 2, starting from the approved one.
  await expect(page.getByRole("region", { name: "Your verdict" })).toContainText("Version 2, from version 1 (approved)");
});
