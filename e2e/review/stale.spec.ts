import { getArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { decideVerdict } from "@/db/queries/review";
import { getClaim } from "@/db/queries/claims";
import { listVerdictVersions, saveVerdict } from "@/db/queries/verdicts";
import { saveArticle } from "@/db/queries/workspace";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("when an approved claim's words change, its reviewer is told and checks it again as the next version", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [editor, approver, reviewer] = [await makeUser("editor"), await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `The ferry carried 41,000 passengers in May (${tag}).`;
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [sentence]);
  const claimId = claims[0].id;
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const content = { verdictKey: "accurate", rationale: "The operator's May figures.", evidence: [{ url: "https://ferry.example/may", title: "May figures", publisher: "Operator", quote: "41,000", accessedOn: "2026-12-01", archiveUrl: null, stance: "supports" as const }] };
  const sent = await saveVerdict(testDb(), { claimId, actorId: reviewer.id, expected: { verdictId: null, version: null }, submit: true, content });
  if (!sent.ok) throw new Error("setup: submit");
  await decideVerdict(testDb(), { claimId, actorId: approver.id, expected: { verdictId: sent.verdict.id, version: sent.verdict.version }, decision: "approve", comment: "" });

  // The editor changes the figure in the article: the claim goes stale under its verdict.
  const article = await getArticle(testDb(), articleId);
  const bodyText = article!.bodyText.replace("41,000", "44,000");
  const saved = await saveArticle(testDb(), { articleId, expectedVersion: article!.version, title: article!.title, byline: article!.byline, sourceUrl: null, deadline: null, bodyJson: "{}", bodyText, actorId: editor.id });
  expect(saved).toMatchObject({ ok: true, stale: 1 });

  await signIn(page, reviewer);
  await page.goto("/notifications");
  await page.getByRole("link", { name: `The words of a claim you checked changed in the article; check it again: ${sentence.replace("41,000", "44,000")}` }).click();
  const verdict = page.getByRole("region", { name: "Your verdict" });
  await expect(verdict).toContainText("Version 2, from version 1 (approved)");
  // The page quotes the words the approved verdict ruled on, so nobody reads it as a ruling on the new ones.
  await expect(verdict.getByRole("note")).toContainText(`Version 1 was given for: “${sentence}” Check the claim as it reads now`);
  await verdict.getByLabel(/^Rationale/).fill("The operator's revised May figures say 44,000.");
  await verdict.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
});

test("words changed under an open verdict form: nothing is saved for the new words until the reviewer has read them", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `Construction is due to start in March next year (${tag}).`;
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [sentence]);
  const claimId = claims[0].id;
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claimId}`);
  const verdict = page.getByRole("region", { name: "Your verdict" });
  await verdict.getByRole("group", { name: "Verdict" }).getByLabel("Accurate", { exact: true }).check();
  await verdict.getByLabel(/^Rationale/).fill("The council timetable says March.");
  await verdict.getByRole("button", { name: "Save draft" }).click();
  await expect(verdict.getByText("Draft saved.").first()).toBeVisible();

  // An editor changes the month in the article while the form is open.
  const article = await getArticle(testDb(), articleId);
  const changed = sentence.replace("March", "April");
  const saved = await saveArticle(testDb(), { articleId, expectedVersion: article!.version, title: article!.title, byline: article!.byline, sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: article!.bodyText.replace(sentence, changed), actorId: editor.id });
  expect(saved).toMatchObject({ ok: true });

  await verdict.getByLabel(/^Rationale/).fill("The council timetable says March, page 4.");
  await verdict.getByRole("button", { name: "Save draft" }).click();
  const notice = verdict.getByRole("alert").filter({ hasText: "words for this claim changed" });
  await expect(notice.getByRole("blockquote", { name: "The claim's words now" })).toHaveText(changed);
  await expect(verdict.getByRole("button", { name: "Submit for sign-off" })).toBeDisabled();
  expect(await listVerdictVersions(testDb(), claimId)).toMatchObject([{ rationale: "The council timetable says March.", claimText: sentence }]);

  await verdict.getByLabel(/^Rationale/).fill("The council timetable now says April.");
  await notice.getByRole("button", { name: "I have checked the new words" }).click();
  await expect(notice).toHaveCount(0);
  await expect(verdict.getByText("Draft saved.").first()).toBeVisible();
  expect(await listVerdictVersions(testDb(), claimId)).toMatchObject([{ state: "draft", claimText: changed, rationale: "The council timetable now says April." }]);
  expect((await getClaimRow(claimId)).text).toBe(changed);
});

async function getClaimRow(claimId: string) {
  const claim = await getClaim(testDb(), claimId);
  if (!claim) throw new Error("no claim");
  return claim;
}
