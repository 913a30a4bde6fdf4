import { eq } from "drizzle-orm";
import { assignClaims } from "@/db/queries/assignments";
import { saveVerdict } from "@/db/queries/verdicts";
import { verdicts } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims, setRole } from "./desk";

test("a reviewer walks their queue from claim to claim with Next in my queue", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentences = [`Tram trips rose 4 percent (${tag}).`, `Tram fares fell 2 percent (${tag}).`, `Tram staff grew by 30 (${tag}).`];
  const { claims } = await makeArticleWithClaims(editor.id, sentences);
  const assigned = await assignClaims(testDb(), { claimIds: claims.map((claim) => claim.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: new Date(Date.now() + 3_600_000), priority: "normal", note: "" });
  expect(assigned.ok).toBe(true);

  await signIn(page, reviewer);
  await page.goto("/queue");
  await page.getByRole("link", { name: sentences[0] }).click();
  // The tab names the claim, for a reviewer with several open.
  await expect(page).toHaveTitle(`Claim: ${sentences[0]} · Fact-check desk`);
  const next = page.getByRole("link", { name: "Next in my queue" });
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[1]);
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[2]);
  // From the last claim it wraps round to the first still to do.
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[0]);
});

test("an editor signing off goes from one waiting verdict to the next, past their own", async ({ page }) => {
  const founder = await ensureFounder();
  const tag = Date.now().toString(36);
  // A reviewer promoted to editor after checking one of the claims: that verdict is their own.
  const editor = await makeUser("reviewer");
  const reviewer = await makeUser("reviewer");
  const sentences = [`Ferry trips rose 5 percent (${tag}).`, `Ferry fares rose 3 percent (${tag}).`, `Ferry crews fell by 12 (${tag}).`];
  const { claims } = await makeArticleWithClaims(editor.id, sentences);
  const db = testDb();
  // The first and last written by the reviewer, the middle one by the editor (who held it): all submitted, a second apart.
  const authors = [reviewer, editor, reviewer];
  for (const [index, claim] of claims.entries()) {
    await assignClaims(db, { claimIds: [claim.id], reviewerId: authors[index].id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
    const saved = await saveVerdict(db, { claimId: claim.id, actorId: authors[index].id, expected: { verdictId: null, version: null }, content: { verdictKey: "accurate", rationale: "Matches the accounts.", evidence: [] }, submit: true });
    if (!saved.ok) throw new Error(`could not submit: ${saved.reason}`);
    await db.update(verdicts).set({ submittedAt: new Date(Date.now() + index * 1000) }).where(eq(verdicts.id, saved.verdict.id));
  }
  await setRole(editor.id, "editor", founder);

  await signIn(page, editor);
  // The Dashboard's count leads to the list.
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /^Waiting for sign-off \d+/ }).click();
  await expect(page.getByRole("region", { name: "Waiting for sign-off" }).getByRole("link", { name: sentences[0] })).toBeVisible();
  await page.goto(`/claims/${claims[0].id}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  // The editor's own verdict is skipped: the two-person rule leaves it to someone else.
  await page.getByRole("link", { name: "Next to sign off" }).click();
  await expect(page.locator("mark")).toHaveText(sentences[2]);
  await expect(page.getByRole("button", { name: "Approve" })).toBeEnabled();
});

test("the Dashboard's overdue count leads to the overdue claims, with who holds them", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentence = `Pool visits doubled in 2025 (${tag}).`;
  const { claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: new Date(Date.now() - 3_600_000), priority: "normal", note: "" });

  await signIn(page, editor);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /^Overdue assignments \d+/ }).click();
  const row = page.getByRole("region", { name: "Needs attention" }).getByRole("row", { name: new RegExp(tag) });
  await expect(row).toContainText("Overdue");
  await expect(row).toContainText(reviewer.name);
  // From there straight to reassigning it, the claim ticked.
  await row.getByRole("link", { name: `Reassign “${sentence}”` }).click();
  await expect(page.getByRole("checkbox", { name: sentence })).toBeChecked();
  await page.goBack();
  await row.getByRole("link", { name: sentence, exact: true }).click();
  await expect(page.locator("mark")).toHaveText(sentence);
});
