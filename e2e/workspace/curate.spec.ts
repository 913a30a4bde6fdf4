import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { claims, verdicts } from "@/db/schema";
import { createArticle } from "@/db/queries/articles";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { caretBefore, pasteHtml, selectInEditor } from "./editor-helpers";

const ARTICLE = `
<h2>Bridge vote</h2>
<p>The town council voted 7 to 2 on Tuesday night to build a second bridge over the Esk River.</p>
<p>The bridge will cost $48.5 million, according to the council's own estimate. Mayor Lena Fischer said it was "the largest investment in the town's history."</p>
<p>Traffic on the Mill Street bridge has risen by 38 percent in five years, the regional transport agency said in a report published last month.</p>
<p>I think the new bridge will be beautiful. Leave a comment below.</p>`;

/** A new editor signed in, ARTICLE pasted into a new article and its claims found: the editor and the claims list. */
async function articleWithSuggestions(page: Page, title: string) {
  const editor = await makeUser("editor");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill(title);
  await pasteHtml(page, ARTICLE);
  await expect(page.getByRole("textbox", { name: "Article text" }).getByRole("heading", { name: "Bridge vote" })).toBeVisible();
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  return { editor, list: page.getByRole("region", { name: "Claims", exact: true }) };
}

test("paste, find, curate, mark, edit (moved and stale), reload: the same state", async ({ page }) => {
  const { editor, list } = await articleWithSuggestions(page, "Bridge vote e2e");
  const traffic = list.getByRole("listitem").filter({ hasText: "Traffic on the Mill Street bridge" });
  const cost = list.getByRole("listitem").filter({ hasText: "The bridge will cost $48.5 million" });
  await expect(traffic).toBeVisible();
  // Each suggestion says why it was suggested, without being opened.
  await expect(cost.getByText(/money: \$48\.5 million/)).toBeVisible();
  await expect(page.locator("mark.claim-hl").first()).toBeVisible();
  // Opinion and boilerplate are not suggested.
  await expect(list.getByText("I think the new bridge will be beautiful")).toHaveCount(0);
  await expect(list.getByText("Leave a comment")).toHaveCount(0);

  await traffic.getByRole("button", { name: "Accept" }).click();
  await expect(traffic.getByText("Open", { exact: true })).toBeVisible();
  await cost.getByRole("button", { name: "Accept" }).click();
  await expect(cost.getByText("Open", { exact: true })).toBeVisible();

  const vote = list.getByRole("listitem").filter({ hasText: "Mayor Lena Fischer said" });
  await vote.getByRole("button", { name: "Dismiss" }).click();
  await vote.getByLabel("Reason", { exact: true }).selectOption("not_checkable");
  await vote.getByRole("button", { name: "Confirm dismissal" }).click();
  await page.getByLabel("Show", { exact: true }).selectOption("dismissed");
  await expect(list.getByRole("listitem").filter({ hasText: "Mayor Lena Fischer said" }).getByText("Not checkable")).toBeVisible();
  await page.getByLabel("Show", { exact: true }).selectOption("all");

  await selectInEditor(page, "report published last month");
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(page.getByRole("status")).toHaveText("Marked the selection as a claim.");
  await expect(list.getByRole("button", { name: "Show claim: report published last month" })).toBeVisible();

  // Finding again neither duplicates the accepted claim nor brings back the dismissed one.
  await page.getByRole("button", { name: "Find claims" }).click();
  await expect(page.getByRole("status")).toContainText(/Found|No new/);
  await expect(list.getByRole("listitem").filter({ hasText: "Traffic on the Mill Street bridge" })).toHaveCount(1);
  await expect(list.getByRole("listitem").filter({ hasText: "Mayor Lena Fischer said" })).toHaveCount(0);

  // A verdict exists on the traffic claim (recorded through the query layer here).
  const db = testDb();
  const articleId = page.url().split("/").pop()!;
  const [trafficRow] = await db.select().from(claims).where(eq(claims.articleId, articleId)).then((rows) => rows.filter((r) => r.exact.startsWith("Traffic")));
  await db.insert(verdicts).values({ claimId: trafficRow.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: editor.id, updatedAt: new Date() });
  await db.update(claims).set({ status: "approved" }).where(eq(claims.id, trafficRow.id));
  await page.reload();

  // Edit: a new first paragraph moves every claim; the traffic figure changes.
  await caretBefore(page, "Bridge vote");
  await page.keyboard.type("Updated at 9 p.m.");
  await page.keyboard.press("Enter");
  await selectInEditor(page, "38 percent");
  await page.keyboard.type("31 percent");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status")).toContainText("1 claim turned stale and reopened");

  await page.reload();
  const staleCard = list.getByRole("listitem").filter({ hasText: "31 percent" });
  await expect(staleCard.getByText("Stale", { exact: true })).toBeVisible();
  // The moved claim's highlight covers exactly the claim's words.
  const costText = await list.getByRole("button", { name: /Show claim: The bridge will cost/ }).innerText();
  await expect(page.locator("mark.claim-hl", { hasText: "The bridge will cost $48.5 million" })).toHaveText(costText);
  await expect(list.getByRole("button", { name: "Show claim: report published last month" })).toBeVisible();
  await page.getByLabel("Show", { exact: true }).selectOption("dismissed");
  await expect(list.getByRole("listitem").filter({ hasText: "Mayor Lena Fischer said" })).toHaveCount(1);
});

test("curate from the keyboard: move, accept, dismiss with a reason, each decision moves on", async ({ page }) => {
  const { list } = await articleWithSuggestions(page, "Keyboard curation e2e");
  await expect(list.getByText("Keys:")).toBeVisible();
  const cards = list.locator(".claim-list > li");
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(3);
  // Cards by their text: a dismissed claim leaves the list, so positions shift.
  const texts = await Promise.all([0, 1, 2].map((n) => cards.nth(n).getByRole("button", { name: /^Show claim:/ }).innerText()));
  const [first, second, third] = texts.map((text) => list.getByRole("listitem").filter({ has: page.getByRole("button", { name: `Show claim: ${text}`, exact: true }) }));

  // Into the list, then the keys alone.
  await first.getByRole("button", { name: /^Show claim:/ }).focus();
  // Nothing is selected yet: the first key down selects the first claim.
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("j");
  await expect(second).toHaveAttribute("aria-current", "true");
  await expect(first).not.toHaveAttribute("aria-current", "true");
  await page.keyboard.press("k");
  await expect(first).toHaveAttribute("aria-current", "true");
  await expect(first.getByRole("button", { name: /^Show claim:/ })).toBeFocused();

  await page.keyboard.press("a");
  await expect(first.getByText("Open", { exact: true })).toBeVisible();
  await expect(second).toHaveAttribute("aria-current", "true");
  await expect(second.getByRole("button", { name: /^Show claim:/ })).toBeFocused();

  // D opens the reason with the keyboard on it; Escape closes it and changes nothing.
  await page.keyboard.press("d");
  const reason = second.getByLabel("Reason", { exact: true });
  await expect(reason).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(reason).toHaveCount(0);
  await expect(second.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(second.getByRole("button", { name: /^Show claim:/ })).toBeFocused();

  // No reason is chosen for the editor: confirming without one is refused at the field.
  await page.keyboard.press("d");
  await expect(reason).toBeFocused();
  await expect(reason).toHaveValue("");
  await page.keyboard.press("Tab");
  await expect(second.getByRole("button", { name: "Confirm dismissal" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(second.getByText("Choose a reason for dismissing this claim.")).toBeVisible();
  await expect(reason).toBeFocused();
  await expect(second.getByText("Suggested", { exact: true })).toBeVisible();

  // Letters typed in the reason are not shortcuts.
  await reason.selectOption("not_checkable");
  await page.keyboard.press("a");
  await expect(second.getByText("Suggested", { exact: true })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(second.getByRole("button", { name: "Confirm dismissal" })).toBeFocused();
  await page.keyboard.press("Enter");
  // A dismissed claim leaves the default list; the next one is up.
  await expect(second).toHaveCount(0);
  await expect(third).toHaveAttribute("aria-current", "true");
  await expect(third.getByRole("button", { name: /^Show claim:/ })).toBeFocused();

  await page.getByLabel("Show", { exact: true }).selectOption("dismissed");
  await expect(list.getByText("Not checkable")).toHaveCount(1);
});

test("pressing Mark as claim twice on the same passage makes one claim", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The town is the poorest in the county.\n\nIts mayor was elected in 2019.";
  const { id } = await createArticle(testDb(), { title: `Poorest ${Date.now()}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const list = page.getByRole("region", { name: "Claims", exact: true });
  const claim = list.getByRole("button", { name: "Show claim: The town is the poorest in the county." });

  await selectInEditor(page, "The town is the poorest in the county.");
  const mark = page.getByRole("button", { name: "Mark as claim" });
  await mark.click();
  await expect(page.getByRole("status")).toHaveText("Marked the selection as a claim.");
  await expect(claim).toHaveCount(1);
  await mark.click();
  await expect(page.getByRole("alert").filter({ hasText: "already" })).toHaveText("That passage is already a claim.");
  await page.reload();
  await expect(claim).toHaveCount(1);
  expect(await testDb().select().from(claims).where(eq(claims.articleId, id))).toHaveLength(1);
});
