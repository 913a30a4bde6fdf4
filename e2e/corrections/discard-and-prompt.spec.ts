import { createCorrection, updateCorrection } from "@/db/queries/corrections";
import { listAuditForEntity } from "@/db/queries/audit";
import { getClaim, updateClaimIfVersion } from "@/db/queries/claims";
import { expect, signIn, test, testDb } from "../fixtures";
import { seedApprovedInaccurateClaim } from "./seed";

test("a correction drafted by mistake on an Accurate claim is discarded, and the article is ready again", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim("accurate");
  await signIn(page, seed.editor);

  // Nothing is asked of an Accurate claim: drafting is offered only as a plain, optional link.
  await page.goto(`/claims/${seed.claimId}`);
  const prompt = page.getByRole("region", { name: "Correction" });
  await expect(prompt).toContainText("The approved verdict needs no correction.");
  await expect(prompt.getByRole("link", { name: "Draft correction" })).toHaveCount(0);
  const optional = prompt.getByRole("link", { name: "Add an update or note" });
  await expect(optional).not.toHaveClass(/primary/);
  await optional.click();
  const form = page.getByRole("form", { name: "New correction" });
  await expect(form.getByLabel("Type", { exact: true })).toHaveValue("update");
  await form.getByLabel("Corrected text").fill("The school count was checked again.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/corrections\?article=/);

  await page.goto(`/articles/${seed.articleId}`);
  const progress = page.getByRole("region", { name: "Progress" });
  await expect(progress.getByText("Not ready to publish")).toBeVisible();
  await progress.getByText("1 thing to settle first").click();
  await expect(progress.getByText("1 correction is not yet published")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as published" })).toBeDisabled();

  await page.goto(`/corrections?article=${seed.articleId}`);
  const entry = page.getByRole("article", { name: seed.title });
  const correctionId = (await entry.getAttribute("id"))?.replace("correction-", "") ?? "";
  // The next step and Discard are in view without opening the editor.
  await expect(entry.getByRole("button", { name: "Approve" })).toBeVisible();
  await expect(entry.getByLabel("Note")).toBeHidden();

  const discard = entry.getByRole("button", { name: "Discard…" });
  await discard.click();
  const ask = entry.getByRole("group", { name: "Discard this correction?" });
  await expect(ask).toContainText("the audit trail keeps what it said");
  await expect(ask.getByRole("button", { name: "Keep it" })).toBeFocused();
  await ask.getByRole("button", { name: "Keep it" }).click();
  await expect(ask).toBeHidden();
  await expect(discard).toBeFocused();

  await discard.click();
  await ask.getByRole("button", { name: "Discard correction" }).click();
  const said = page.getByRole("status").filter({ hasText: "Correction discarded. The audit trail keeps what it said." });
  await expect(said).toBeVisible();
  await expect(said).toBeFocused();
  await expect(entry).toHaveCount(0);

  const trail = await listAuditForEntity(testDb(), { entityType: "correction", entityId: correctionId });
  expect(trail.map((event) => event.action)).toEqual(["correction.created", "correction.discarded"]);
  expect(trail[1]).toMatchObject({ actorName: seed.editor.name, before: { status: "draft", type: "update", correctedText: "The school count was checked again." } });

  await page.goto(`/articles/${seed.articleId}`);
  await expect(progress.getByText("Ready to publish")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as published" })).toBeEnabled();
  await page.goto(`/claims/${seed.claimId}`);
  await expect(prompt.getByRole("link", { name: "Add an update or note" })).toBeVisible();
});

test("the claim page says where its correction stands and links to it; a published correction cannot be discarded", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  await page.goto(`/claims/${seed.claimId}`);
  const prompt = page.getByRole("region", { name: "Correction" });
  await expect(prompt.getByText("it needs a correction before it is published")).toBeVisible();
  await expect(prompt.getByRole("link", { name: "Draft correction" })).toHaveClass(/primary/);

  const db = testDb();
  const correction = await createCorrection(db, {
    articleId: seed.articleId, claimId: seed.claimId, type: "correction", originalText: "169 schools", correctedText: "196", note: "An earlier version of this article misstated the number of schools. It is 196.", actorId: seed.editor.id,
  });
  await page.reload();
  await expect(prompt.getByRole("link", { name: "Correction drafted" })).toBeVisible();
  await expect(prompt.getByText("needs a correction before it is published")).toHaveCount(0);
  await expect(prompt.getByRole("link", { name: "Draft correction" })).toHaveCount(0);
  await expect(prompt.getByRole("link", { name: "Draft another" })).not.toHaveClass(/primary/);

  await updateCorrection(db, { correctionId: correction.id, expectedVersion: 1, actorId: seed.approver.id, patch: { status: "approved" } });
  await updateCorrection(db, { correctionId: correction.id, expectedVersion: 2, actorId: seed.approver.id, patch: { status: "published" } });
  await page.reload();
  const published = prompt.getByRole("link", { name: /^Correction published \d{1,2} [A-Z][a-z]{2} \d{4}$/ });
  await expect(published).toBeVisible();
  await published.click();

  await expect(page).toHaveURL(new RegExp(`#correction-${correction.id}$`));
  const entry = page.getByRole("article", { name: seed.title });
  await expect(entry.getByText("Published", { exact: true })).toBeVisible();
  await expect(entry.getByRole("button", { name: /Discard/ })).toHaveCount(0);
  await expect(entry.getByRole("button", { name: "Publish" })).toHaveCount(0);
});

test("a correction's next step is in view: Approve, then Publish, each said in the status line", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await createCorrection(testDb(), {
    articleId: seed.articleId, claimId: seed.claimId, type: "correction", originalText: "169 schools", correctedText: "196", note: "An earlier version of this article misstated the number of schools. It is 196.", actorId: seed.editor.id,
  });
  await signIn(page, seed.editor);
  await page.goto(`/corrections?article=${seed.articleId}`);
  const entry = page.getByRole("article", { name: seed.title });
  await entry.getByRole("button", { name: "Approve" }).click();
  await expect(entry.getByRole("status")).toHaveText("Approved.");
  // The pressed button is gone; focus moves on to the next step rather than to the page's body.
  await expect(entry.getByRole("button", { name: "Publish…" })).toBeFocused();
  await expect(entry.getByLabel("Note")).toBeHidden();
  // It cannot be undone, and it stands where Approve stood: it asks first, with Not yet in focus.
  await entry.getByRole("button", { name: "Publish…" }).click();
  const ask = entry.getByRole("group", { name: "Publish this correction?" });
  await expect(ask.getByRole("button", { name: "Not yet" })).toBeFocused();
  await ask.getByRole("button", { name: "Not yet" }).click();
  await expect(entry.getByRole("button", { name: "Publish…" })).toBeFocused();
  await expect(entry.getByText("Approved", { exact: true })).toBeVisible();
  await entry.getByRole("button", { name: "Publish…" }).click();
  await ask.getByRole("button", { name: "Publish correction" }).click();
  await expect(entry.getByRole("status")).toHaveText("Published.");
  await expect(entry.getByText("Published", { exact: true })).toBeVisible();
});

test("a correction whose verdict was reopened since it was drafted says so before anyone approves or publishes it", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  const db = testDb();
  await createCorrection(db, { articleId: seed.articleId, claimId: seed.claimId, type: "correction", originalText: "169 schools", correctedText: "196 schools", note: "It is 196.", actorId: seed.editor.id });
  await signIn(page, seed.editor);
  await page.goto(`/corrections?article=${seed.articleId}`);
  const warning = page.getByRole("note").filter({ hasText: "The verdict this correction rests on is no longer approved" });
  await expect(warning).toHaveCount(0);

  // Another editor reopens the approved verdict for a new version.
  const claim = await getClaim(db, seed.claimId);
  await updateClaimIfVersion(db, { claimId: seed.claimId, expectedVersion: claim!.version, patch: { status: "in_review" } });
  await page.reload();
  await expect(warning).toHaveText(/the claim is in review\)\. Check it before you approve or publish this correction\./);
});

test("an approved Inaccurate claim with no correction holds the article back until its correction is drafted", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  await page.goto(`/articles/${seed.articleId}`);
  const progress = page.getByRole("region", { name: "Progress" });
  await expect(progress.getByText("Not ready to publish")).toBeVisible();
  await progress.getByText("1 thing to settle first").click();
  await expect(progress.getByText(/was approved as Inaccurate: draft its correction, or fix the text and have it checked again/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as published" })).toBeDisabled();

  await page.goto(`/claims/${seed.claimId}`);
  await page.getByRole("region", { name: "Correction" }).getByRole("link", { name: "Draft correction" }).click();
  const form = page.getByRole("form", { name: "New correction" });
  await form.getByLabel("Corrected text").fill("The city has 196 schools.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/corrections\?article=/);
  await page.goto(`/articles/${seed.articleId}`);
  await progress.getByText("1 thing to settle first").click();
  await expect(progress.getByText("1 correction is not yet published")).toBeVisible();
  await expect(progress.getByText(/was approved as Inaccurate/)).toHaveCount(0);
});
