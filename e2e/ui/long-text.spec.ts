import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { addComment } from "@/db/queries/comments";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, signOut, test, testDb, type TestUser } from "../fixtures";
import { ensureFounder } from "../review/desk";
import type { Page } from "@playwright/test";

// Strings with nowhere to break: a pasted address and one 300-character word.
const LONG_URL = `https://www.transport.example.org/reports/rush-hour-crossing-times-2019-2025/${"table-of-averages-".repeat(8)}final.pdf`;
const LONG_WORD = "Supercalifragilistic".repeat(15);

/** An article whose claim is one long word, assigned with a URL for a note and commented on with another. */
async function longArticle(editor: TestUser, reviewer: TestUser) {
  const tag = Date.now().toString(36);
  const sentence = `The mayor said ${LONG_WORD} cost 12 million dollars in 2023.`;
  const text = `Opening paragraph (${tag}).\n\n${sentence} Unemployment fell to 4.1 percent.`;
  const title = `Long ${LONG_WORD.slice(0, 200)} ${tag}`;
  const { id } = await createArticle(testDb(), { title, byline: "City desk", sourceUrl: null, deadline: new Date(Date.now() + 48 * 3600_000), bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  const start = text.indexOf(sentence);
  const [claim] = await insertClaims(testDb(), [
    { articleId: id, start, end: start + sentence.length, exact: sentence, prefix: "", suffix: "", kind: "statistic", claimant: "the mayor", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: editor.id },
  ]);
  const assigned = await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: `Use the agency table: ${LONG_URL}` });
  expect(assigned.ok).toBe(true);
  await addComment(testDb(), { claimId: claim.id, authorId: editor.id, body: `Source: ${LONG_URL}` });
  return { id, title, claimId: claim.id };
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what} at ${innerWidth}px`).toBeLessThanOrEqual(innerWidth);
}

/** The element lies inside the window, left to right. */
async function expectInsideWidth(page: Page, locator: ReturnType<Page["locator"]>, what: string) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width, `${what} at ${width}px: ${JSON.stringify(box)}`).toBe(true);
}

for (const width of [375, 1366]) {
  test(`a long URL or word in a note, a comment or a claim does not widen the claim page, the article page or the dashboard (${width}px)`, async ({ page }) => {
    await ensureFounder();
    const editor = await makeUser("editor");
    const reviewer = await makeUser("reviewer");
    const article = await longArticle(editor, reviewer);
    await page.setViewportSize({ width, height: 800 });

    // The holder's claim page: the note, the comment and the verdict form all fit.
    await signIn(page, reviewer);
    await page.goto(`/claims/${article.claimId}`);
    await expect(page.getByText(LONG_URL).first()).toBeVisible();
    await expectNoSidewaysScroll(page, "claim page (holder)");
    await expectInsideWidth(page, page.getByRole("button", { name: "Submit for sign-off" }), "Submit for sign-off");

    // The editor's claim page, with the history (which quotes the note).
    await signOut(page);
    await signIn(page, editor);
    await page.goto(`/claims/${article.claimId}`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText(LONG_URL);
    await expectNoSidewaysScroll(page, "claim page (editor)");
    const card = await history.boundingBox();
    const list = await history.getByRole("list", { name: "Claim history" }).evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(list.scrollWidth, "history text stays in its card").toBeLessThanOrEqual(list.clientWidth + 1);
    expect(card && card.x + card.width <= width).toBe(true);

    // The article page: the claim card and the assign panel's row keep to the screen.
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("button", { name: /^Show claim: The mayor said/ })).toBeVisible();
    await expectNoSidewaysScroll(page, "article page");
    await expectInsideWidth(page, page.getByRole("button", { name: /^Show claim: The mayor said/ }), "claim card");
    await expectInsideWidth(page, page.getByRole("list", { name: "Claims to assign" }), "claims to assign");

    // The dashboard: the long title wraps in its cell, and the deadline column stays in sight.
    await page.goto("/dashboard");
    const table = page.getByRole("region", { name: "By deadline" });
    await expect(table.getByRole("link", { name: article.title })).toBeVisible();
    await expectNoSidewaysScroll(page, "dashboard");
    const scroll = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scroll.scrollWidth, "the By deadline table needs no sideways scroll").toBeLessThanOrEqual(scroll.clientWidth);
  });
}
