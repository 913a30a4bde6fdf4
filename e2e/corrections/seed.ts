/**
 * Data for the corrections e2e: an article with one claim approved as
 * inaccurate (or with the verdict a test names), written through the app's own query functions (verdict and
 * evidence rows directly, as the review module's queries own those writes).
 */
import { createArticle } from "@/db/queries/articles";
import { insertClaims, updateClaimIfVersion } from "@/db/queries/claims";
import { evidenceItems, verdicts } from "@/db/schema";
import { makeUser, testDb } from "../fixtures";

/** Claim text with quotes, a comma, emoji and right-to-left script, which every format must carry. */
export const CLAIM_TEXT = 'The mayor said "169 schools, all open" 😀 — שלום עולם.';

export async function seedApprovedInaccurateClaim(verdictKey = "inaccurate") {
  const db = testDb();
  const [editor, reviewer, approver] = [await makeUser("editor"), await makeUser("reviewer"), await makeUser("editor")];
  const title = `Budget check ${Date.now().toString(36)}`;
  const bodyText = `Intro line. ${CLAIM_TEXT} Outro.`;
  const article = await createArticle(db, {
    title, byline: "Dana Reyes", sourceUrl: "https://ledger.example/news/budget", deadline: null, bodyJson: "{}", bodyText, authorId: editor.id,
  });
  const start = bodyText.indexOf(CLAIM_TEXT);
  const [claim] = await insertClaims(db, [{
    articleId: article.id, start, end: start + CLAIM_TEXT.length, exact: CLAIM_TEXT, prefix: "Intro line. ", suffix: " Outro.",
    kind: "statistic", claimant: "Mayor Ana Lopez", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id,
  }]);
  await updateClaimIfVersion(db, { claimId: claim.id, expectedVersion: claim.version, patch: { status: "approved" } });
  const now = new Date();
  const [verdict] = await db.insert(verdicts).values({
    claimId: claim.id, number: 1, verdictKey, state: "approved", rationale: "The department lists 196.",
    reviewerId: reviewer.id, approverId: approver.id, submittedAt: now, decidedAt: now, updatedAt: now,
  }).returning();
  await db.insert(evidenceItems).values({
    verdictId: verdict.id, url: "https://edu.example/schools", title: "School directory", publisher: "Dept. of Education",
    quote: "196 public schools", accessedOn: now.toISOString().slice(0, 10), stance: "contradicts",
  });
  return { editor, reviewer, approver, articleId: article.id, title, claimId: claim.id };
}
