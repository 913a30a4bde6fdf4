import type { Page } from "@playwright/test";
import { assignClaims } from "@/db/queries/assignments";
import { addComment } from "@/db/queries/comments";
import { decideVerdict } from "@/db/queries/review";
import { saveVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

/** The page asks what changed every few seconds and whenever its tab comes back; this is the tab coming back. */
async function tabComesBack(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
}

test("an open claim page keeps up: a colleague's comment appears at once, a reassignment is announced, and its old holder is told", async ({ page, browser }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [editor, colleague, reviewer, next] = [await makeUser("editor"), await makeUser("editor", `Colm Hale ${tag}`), await makeUser("reviewer", `Rhona Vale ${tag}`), await makeUser("reviewer", `Nia Dorn ${tag}`)];
  const { claims } = await makeArticleWithClaims(editor.id, [`Ferry crossings fell 30 percent last winter (${tag}).`]);
  const claimPath = `/claims/${claims[0].id}`;
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, editor);
  await page.goto(claimPath);
  const holderPage = await (await browser.newContext()).newPage();
  await signIn(holderPage, reviewer);
  await holderPage.goto(claimPath);

  // The editor is half-way through a comment of her own when a colleague's lands.
  const box = page.getByRole("textbox", { name: /^Comment/ });
  await box.fill("The ferry operator's annual report has");
  await addComment(testDb(), { claimId: claims[0].id, authorId: colleague.id, body: `Harbour authority figures say 28 percent (${tag}).` });
  await tabComesBack(page);
  await expect(page.getByRole("list", { name: "Comments" })).toContainText(`Harbour authority figures say 28 percent (${tag}).`);
  await expect(box).toHaveValue("The ferry operator's annual report has");
  await expect(page.getByText(/^Since you opened this page/)).toHaveCount(0);

  // A reassignment could take a form away: the page says so and waits to be asked.
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: next.id, actorId: colleague.id, dueAt: null, priority: "normal", note: "" });
  await tabComesBack(page);
  const notice = page.getByText(/^Since you opened this page/);
  await expect(notice).toHaveText(`Since you opened this page: Colm Hale ${tag} reassigned it from Rhona Vale ${tag} to Nia Dorn ${tag}.`);
  await expect(page.getByText(`Rhona Vale ${tag} (by`)).toBeVisible();
  // A comment after it is news too, but over a notice the page waits: it still says what happened, nothing refreshed.
  await addComment(testDb(), { claimId: claims[0].id, authorId: colleague.id, body: `Nia, the harbour file is on the shared drive (${tag}).` });
  await tabComesBack(page);
  await expect(notice).toHaveText(`Since you opened this page: Colm Hale ${tag} reassigned it from Rhona Vale ${tag} to Nia Dorn ${tag}; Colm Hale ${tag} commented.`);
  await expect(page.getByText(`Rhona Vale ${tag} (by`)).toBeVisible();
  await page.getByRole("button", { name: "Show the current state" }).click();
  await expect(page.getByText(`Nia Dorn ${tag} (by Colm Hale ${tag})`)).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(box).toHaveValue("The ferry operator's annual report has");

  // Its former holder, still on the page, learns it is no longer theirs.
  await tabComesBack(holderPage);
  await expect(holderPage.getByText(/^This claim is no longer open to you/)).toBeVisible();
  await holderPage.context().close();
});

test("Show the current state asks first when a comment for the reviewer is typed, since the decision takes the Sign-off box away", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [editor, colleague, reviewer] = [await makeUser("editor"), await makeUser("editor", `Cara Lunn ${tag}`), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Bus lanes cut journeys by 8 minutes (${tag}).`]);
  const claimId = claims[0].id;
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const sent = await saveVerdict(testDb(), { claimId, actorId: reviewer.id, expected: { verdictId: null, version: null }, content: { verdictKey: "accurate", rationale: "Timetable data.", evidence: [] }, submit: true });
  if (!sent.ok) throw new Error("setup");

  await signIn(page, editor);
  await page.goto(`/claims/${claimId}`);
  const box = page.getByLabel(/^Comment for the reviewer/);
  await box.fill("Which timetable year?");
  expect(await decideVerdict(testDb(), { claimId, actorId: colleague.id, expected: { verdictId: sent.verdict.id, version: sent.verdict.version }, decision: "approve", comment: "" })).toMatchObject({ ok: true });
  await tabComesBack(page);
  await expect(page.getByText(/^Since you opened this page/)).toContainText(`Cara Lunn ${tag} approved version 1`);

  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("button", { name: "Show the current state" }).click();
  await expect(box).toHaveValue("Which timetable year?");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Show the current state" }).click();
  await expect(box).toHaveCount(0);
  await expect(page.getByText(/^Since you opened this page/)).toHaveCount(0);
});
