import { eq } from "drizzle-orm";
import { createArticle, getArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { saveArticle } from "@/db/queries/workspace";
import { claims } from "@/db/schema";
import { createAnchor } from "@/lib/anchoring/create";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder } from "./desk";

/** Saves new text the way the workspace's Save article does, and returns what the save reported. */
async function saveText(articleId: string, bodyText: string, actorId: string) {
  const article = await getArticle(testDb(), articleId);
  if (!article) throw new Error("setup: article");
  const { title, byline, version } = article;
  return saveArticle(testDb(), { articleId, expectedVersion: version, title, byline, sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, actorId });
}

test("a lost claim's page shows its saved words and says it is lost, highlighting nothing else", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const opening = `The council met on Tuesday (${tag}).`;
  const sentence = `Three primary schools need new roofs, the council said.`;
  const budget = `The budget sets aside $4 million for repairs. ${sentence} The bridge is expected to cut journeys by ten minutes.`;
  const closing = "The next meeting is in January.";
  const bodyText = [opening, budget, closing].join("\n\n");
  const { id: articleId } = await createArticle(testDb(), { title: `Lost claim ${tag}`, byline: "City desk", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const start = bodyText.indexOf(sentence);
  const { quote } = createAnchor(bodyText, start, start + sentence.length);
  const [claim] = await insertClaims(testDb(), [
    { articleId, start, end: start + sentence.length, ...quote, kind: "statistic", claimant: "the council", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);

  // The QA steps: the claim's sentence is deleted and saved, then the paragraphs are moved and saved.
  const withoutSentence = bodyText.replace(`${sentence} `, "");
  expect(await saveText(articleId, withoutSentence, editor.id)).toMatchObject({ ok: true, orphaned: 1 });
  const [first, second, third] = withoutSentence.split("\n\n");
  await saveText(articleId, [third, second, first].join("\n\n"), editor.id);
  const [row] = await testDb().select().from(claims).where(eq(claims.id, claim.id));
  expect(row.anchorState).toBe("orphaned");

  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole("note").filter({ hasText: "Lost:" })).toHaveText("Lost: this passage is no longer in the article. Mark it again in the article, or dismiss it.");
  const passage = page.getByRole("region", { name: "The claim in its paragraph" });
  // The only highlight is the claim's own saved words, with its saved context beside them.
  await expect(passage.locator("mark")).toHaveCount(1);
  await expect(passage.locator("mark")).toHaveText(sentence);
  await expect(passage.getByRole("blockquote")).toContainText(`for repairs. ${sentence} The bridge`);
  await expect(passage.getByRole("link", { name: "article" })).toHaveAttribute("href", `/articles/${articleId}`);
});

test("an anchored claim's page still highlights it in its paragraph, with no lost notice", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const sentence = `The ferry carried 41,000 passengers in May (${Date.now().toString(36)}).`;
  const bodyText = `Opening paragraph.\n\nAccording to the operator, ${sentence} Numbers fell in June.\n\nClosing line.`;
  const { id: articleId } = await createArticle(testDb(), { title: "Ferry figures", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const start = bodyText.indexOf(sentence);
  const { quote } = createAnchor(bodyText, start, start + sentence.length);
  const [claim] = await insertClaims(testDb(), [
    { articleId, start, end: start + sentence.length, ...quote, kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);

  await signIn(page, editor);
  await page.goto(`/claims/${claim.id}`);
  const passage = page.getByRole("region", { name: "The claim in its paragraph" });
  await expect(passage.locator("mark")).toHaveText(sentence);
  await expect(passage).toContainText(`According to the operator, ${sentence} Numbers fell in June.`);
  await expect(page.getByRole("note").filter({ hasText: "Lost:" })).toHaveCount(0);
});

test("a claim lost while a reviewer checks it is dismissed from the article in one step, and leaves their queue", async ({ browser, page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const tag = Date.now().toString(36);
  const sentence = `The pier took 2,300 visitors on its first day (${tag}).`;
  const bodyText = `Opening paragraph.\n\n${sentence}\n\nClosing line.`;
  const { id: articleId } = await createArticle(testDb(), { title: `Pier ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const start = bodyText.indexOf(sentence);
  const { quote } = createAnchor(bodyText, start, start + sentence.length);
  const [claim] = await insertClaims(testDb(), [
    { articleId, start, end: start + sentence.length, ...quote, kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await testDb().update(claims).set({ status: "in_review" }).where(eq(claims.id, claim.id));
  expect(await saveText(articleId, "Opening paragraph.\n\nClosing line.", editor.id)).toMatchObject({ ok: true, orphaned: 1 });

  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const card = page.getByRole("region", { name: "Claims", exact: true }).getByRole("listitem").filter({ hasText: sentence });
  await expect(card.getByText("In review", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: "Dismiss" }).click();
  await card.getByLabel("Reason", { exact: true }).selectOption("other");
  await card.getByLabel("Note (optional)").fill("Cut from the story");
  await card.getByRole("button", { name: "Confirm dismissal" }).click();
  await expect(page.getByRole("status")).toHaveText(`Dismissed “${sentence}” as other.`);
  // Dismissed claims leave the default list; the Dismissed filter keeps it, to restore.
  await expect(card).toHaveCount(0);
  await page.getByLabel("Show", { exact: true }).selectOption("dismissed");
  await expect(card.getByRole("button", { name: "Restore" })).toBeVisible();

  const context = await browser.newContext();
  const theirs = await context.newPage();
  await signIn(theirs, reviewer);
  await theirs.goto("/queue");
  await expect(theirs.getByText(sentence)).toHaveCount(0);
  await context.close();
});

test("a reviewer whose claim's passage is deleted while she works is told at her next save, and may still save and submit", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const tag = Date.now().toString(36);
  const sentence = `The tram line carried 18,000 riders a day (${tag}).`;
  const bodyText = `Opening paragraph.\n\n${sentence}\n\nClosing line.`;
  const { id: articleId } = await createArticle(testDb(), { title: `Tram ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const start = bodyText.indexOf(sentence);
  const { quote } = createAnchor(bodyText, start, start + sentence.length);
  const [claim] = await insertClaims(testDb(), [
    { articleId, start, end: start + sentence.length, ...quote, kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claim.id}`);
  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByRole("radio", { name: "Accurate", exact: true }).check();
  await form.getByLabel("Rationale").fill("The operator's annual report gives 18,100.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  const lostNote = form.getByRole("note").filter({ hasText: "Lost:" });
  await expect(lostNote).toHaveCount(0);

  expect(await saveText(articleId, "Opening paragraph.\n\nClosing line.", editor.id)).toMatchObject({ ok: true, orphaned: 1 });
  await form.getByLabel("Rationale").fill("The operator's annual report gives 18,100 for last year.");
  await form.getByRole("button", { name: "Save draft" }).click();
  // Saved all the same, and told why the claim may not matter any more.
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  await expect(lostNote).toContainText("Lost: this passage is no longer in the article. Mark it again in the article, or dismiss it.");

  await form.getByRole("button", { name: "Add evidence" }).click();
  await form.getByLabel("Source URL").fill("https://tram.example/annual-report");
  await form.getByLabel("Title").fill("Annual report");
  await form.getByLabel("Publisher").fill("City Trams");
  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByRole("heading", { name: "Verdict", exact: true })).toBeVisible();
});
