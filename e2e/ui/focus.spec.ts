import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { findUserByEmail } from "@/db/queries/users";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "../review/desk";

/** An article the editor can save (its text is in the editor too), with one open claim. */
async function articleWithText(authorId: string, sentence: string) {
  const text = `${sentence}\n\nThe council meets again in May.`;
  const { id } = await createArticle(testDb(), { title: `Focus ${Date.now().toString(36)}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId });
  await insertClaims(testDb(), [{ articleId: id, start: 0, end: sentence.length, exact: sentence, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: authorId }]);
  return id;
}

test("on Admin, choosing a role saves nothing until Save role; the save is announced and focus returns to the list", async ({ page }) => {
  await ensureFounder();
  const admin = await makeUser("admin");
  const person = await makeUser("reviewer");
  await signIn(page, admin);
  await page.goto("/admin");
  const role = page.getByLabel(`Role for ${person.name}`);
  // As arrowing through the options does: each one fires a change.
  await role.selectOption("admin");
  await role.selectOption("editor");
  const save = page.getByRole("button", { name: `Save role for ${person.name}` });
  await expect(save).toBeVisible();
  expect((await findUserByEmail(testDb(), person.email))?.role).toBe("reviewer");

  await save.click();
  await expect(page.getByText(`Saved: ${person.name}'s role is Editor.`)).toBeVisible();
  await expect(save).toHaveCount(0);
  await expect(role).toBeFocused();
  await expect(role).toHaveAccessibleDescription(`Saved: ${person.name}'s role is Editor.`);
  await expect(role).toHaveValue("editor");
  expect((await findUserByEmail(testDb(), person.email))?.role).toBe("editor");
});

test("the Spike panel opens inside a phone's screen; Cancel and Escape return to Spike, and spiking puts focus on the banner", async ({ page }) => {
  const editor = await makeUser("editor");
  const article = await makeArticleWithClaims(editor.id, ["The ferry carried 2 million people."]);
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  const spike = page.getByRole("button", { name: "Spike", exact: true });
  await spike.click();
  const form = page.getByRole("form", { name: "Spike this article" });
  await expect(form.getByLabel("Reason")).toBeFocused();
  const box = await form.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375, JSON.stringify(box)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toHaveCount(0);
  await expect(spike).toBeFocused();
  await spike.press("Enter");
  await expect(form.getByLabel("Reason")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(spike).toBeFocused();

  await spike.click();
  await form.getByLabel("Reason").fill("Held for legal review.");
  await form.getByRole("button", { name: "Spike article" }).click();
  const banner = page.getByRole("region", { name: "Spiked" });
  await expect(banner).toBeFocused();
  // Restoring brings Spike back, and focus with it.
  await banner.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Spike", exact: true })).toBeFocused();
});

test("verdict form: a refused submit focuses the first field to fix; evidence buttons keep focus in place; submitting is announced", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["Rents rose 11 percent last year."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${claim.id}`);

  // Nothing filled in: focus goes to the verdict, the first thing the refusal names.
  await page.getByRole("button", { name: "Submit for sign-off" }).click();
  const verdict = page.getByRole("group", { name: "Verdict" });
  await expect(verdict.getByRole("radio").first()).toBeFocused();
  await verdict.getByLabel("Accurate", { exact: true }).check();
  await page.getByLabel("Rationale").fill("The statistics office says 11 percent.");

  // No evidence: the message belongs to the Evidence group and focus goes to Add evidence.
  await page.getByRole("button", { name: "Submit for sign-off" }).click();
  const add = page.getByRole("button", { name: "Add evidence" });
  await expect(add).toBeFocused();
  const evidenceError = page.locator("#evidence-error");
  await expect(evidenceError).toBeVisible();
  await expect(page.getByRole("group", { name: "Evidence", exact: true })).toHaveAttribute("aria-describedby", "evidence-error");

  // Add evidence goes straight into the new item; Remove goes back to the one before, or to Add evidence.
  await add.click();
  await expect(page.getByRole("group", { name: "Evidence 1" }).getByLabel("Source URL")).toBeFocused();
  await add.click();
  await expect(page.getByRole("group", { name: "Evidence 2" }).getByLabel("Source URL")).toBeFocused();
  await page.getByRole("button", { name: "Remove evidence 2" }).click();
  await expect(page.getByRole("group", { name: "Evidence 1" }).getByLabel("Source URL")).toBeFocused();
  await page.getByRole("button", { name: "Remove evidence 1" }).click();
  await expect(add).toBeFocused();

  await add.click();
  await page.getByRole("group", { name: "Evidence 1" }).getByLabel("Source URL").fill("https://stats.example/rents-2025");
  await page.getByRole("button", { name: "Submit for sign-off" }).click();
  // The form goes with the refresh; the verdict card says what happened and has focus.
  const card = page.getByRole("region", { name: "Verdict", exact: true });
  await expect(card.getByText("Submitted for sign-off. The editors have it now.")).toBeVisible();
  await expect(card.getByRole("heading", { name: "Verdict", exact: true })).toBeFocused();
  await expect(card.getByText("Waiting for sign-off", { exact: true })).toBeVisible();
});

test("sign-off: Return without a comment marks the comment box; Approve is announced in the verdict card, which takes focus", async ({ browser }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const signer = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["The museum had 300,000 visitors."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  const reviewerPage = await (await browser.newContext()).newPage();
  await signIn(reviewerPage, reviewer);
  await reviewerPage.goto(`/claims/${claim.id}`);
  await reviewerPage.getByRole("group", { name: "Verdict" }).getByLabel("Accurate", { exact: true }).check();
  await reviewerPage.getByLabel("Rationale").fill("The museum's annual report says 301,000.");
  await reviewerPage.getByRole("button", { name: "Add evidence" }).click();
  await reviewerPage.getByRole("group", { name: "Evidence 1" }).getByLabel("Source URL").fill("https://museum.example/report");
  await reviewerPage.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(reviewerPage.getByText("Waiting for sign-off", { exact: true })).toBeVisible();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, signer);
  await page.goto(`/claims/${claim.id}`);
  await page.getByRole("button", { name: "Return to reviewer" }).click();
  const box = page.getByLabel("Comment for the reviewer");
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription("Tell the reviewer what to change before returning it.");

  await page.getByRole("button", { name: "Approve" }).click();
  const card = page.getByRole("region", { name: "Verdict", exact: true });
  await expect(card.getByText("Approved.", { exact: true })).toBeVisible();
  await expect(card.getByRole("heading", { name: "Verdict", exact: true })).toBeFocused();
  await expect(page.getByRole("region", { name: "Sign-off" })).toHaveCount(0);
});

test("article page: a notice shows beside the buttons that caused it, and focus stays on the button pressed", async ({ page }) => {
  const editor = await makeUser("editor");
  const articleId = await articleWithText(editor.id, "Tram fares rose 5 percent in March.");
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  const mark = page.getByRole("button", { name: "Mark as claim" });
  await mark.click();
  const alert = page.getByRole("alert").filter({ hasText: "Select a passage" });
  await expect(alert).toBeInViewport();
  await expect(page.locator(".side-actions").getByRole("alert")).toHaveText("Select a passage in the article first.");
  await expect(mark).toBeFocused();

  // Save: the button is busy while it saves, and keeps focus through it.
  const save = page.getByRole("button", { name: "Save article" });
  await save.click();
  await expect(page.getByRole("status")).toContainText("Saved revision");
  await expect(save).toBeFocused();

  // Find claims from the keyboard: focus stays on it and its message is right under it.
  const find = page.getByRole("button", { name: "Find claims" });
  await find.focus();
  await find.press("Enter");
  await expect(page.locator(".side-actions").getByRole("status")).toContainText(/Found|No new/);
  await expect(find).toBeFocused();
});

test("assigning: focus goes to the message once Assign greys out again", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const article = await makeArticleWithClaims(editor.id, ["Parking fines doubled in 2024."]);
  await signIn(page, editor);
  await page.goto(`/articles/${article.id}`);
  await page.getByRole("checkbox", { name: article.claims[0].text }).check();
  await page.getByLabel("Reviewer").selectOption(reviewer.id);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  const message = page.getByRole("status").filter({ hasText: `Assigned 1 claim to ${reviewer.name}.` });
  await expect(message).toBeFocused();
});
