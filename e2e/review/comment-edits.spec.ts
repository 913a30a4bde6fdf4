import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, signOut, test } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("an author corrects a comment, a stale edit meets the current text, and a removal leaves a trace", async ({ page, browser }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const author = await makeUser("editor");
  const colleague = await makeUser("editor", `Perpetua Lind ${tag}`);
  const admin = await makeUser("admin");
  const article = await makeArticleWithClaims(author.id, [`Rents in Dunmere rose 98 percent in ten years (${tag}).`]);
  const claimPath = `/claims/${article.claims[0].id}`;
  const thread = page.getByRole("list", { name: "Comments" });
  const history = page.getByRole("region", { name: "History" });

  await signIn(page, author);
  await page.goto(claimPath);
  await page.getByRole("textbox", { name: /^Comment/ }).fill("Table 4 says 89 percent.");
  await page.getByRole("button", { name: "Add comment" }).click();
  const mine = thread.getByRole("listitem").first();
  await expect(mine).toContainText("Table 4 says 89 percent.");

  // Edit: the box holds the text; the fix is saved, marked edited, and a newly named colleague is marked as notified.
  await mine.getByRole("button", { name: /^Edit comment by/ }).click();
  const box = mine.getByRole("textbox", { name: "Edit comment" });
  await expect(box).toHaveValue("Table 4 says 89 percent.");
  await box.fill(`Table 4 says 98 percent. @Perpetua Lind ${tag} agree?`);
  expect(await seriousViolations(page)).toEqual([]);
  await mine.getByRole("button", { name: "Save comment" }).click();
  await expect(box).toBeHidden();
  await expect(mine).toContainText(`Table 4 says 98 percent. @Perpetua Lind ${tag} agree?`);
  await expect(mine.getByText("(edited)")).toBeVisible();
  await expect(mine.locator("strong")).toHaveText(`@Perpetua Lind ${tag}`);
  await expect(history).toContainText("edited a comment");

  // Two tabs: the second edits over what it showed, after the first saved a change.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, author);
  await other.goto(claimPath);
  const otherItem = other.getByRole("list", { name: "Comments" }).getByRole("listitem").first();
  await otherItem.getByRole("button", { name: /^Edit comment by/ }).click();
  await otherItem.getByRole("textbox", { name: "Edit comment" }).fill("Table 4, second tab.");

  await mine.getByRole("button", { name: /^Edit comment by/ }).click();
  await box.fill("Table 4 says 98 percent, first tab.");
  await mine.getByRole("button", { name: "Save comment" }).click();
  await expect(box).toBeHidden();
  await expect(mine).toContainText("Table 4 says 98 percent, first tab.");

  await otherItem.getByRole("button", { name: "Save comment" }).click();
  await expect(otherItem.getByRole("alert")).toHaveText(/This comment changed since you opened it/);
  await expect(otherItem).toContainText("Now reads: Table 4 says 98 percent, first tab.");
  await expect(otherItem.getByRole("textbox", { name: "Edit comment" })).toHaveValue("Table 4, second tab.");
  // Saving again goes over what it now shows.
  await otherItem.getByRole("button", { name: "Save comment" }).click();
  await expect(otherItem.getByRole("textbox", { name: "Edit comment" })).toBeHidden();
  await expect(otherItem).toContainText("Table 4, second tab.");
  await other.context().close();

  // A colleague may neither edit nor remove it.
  await signOut(page);
  await signIn(page, colleague);
  await page.goto(claimPath);
  await expect(mine).toContainText("Table 4, second tab.");
  await expect(mine.getByRole("button")).toHaveCount(0);

  // An administrator may remove it (not edit it); the thread keeps its place, the history says who.
  await signOut(page);
  await signIn(page, admin);
  await page.goto(claimPath);
  await expect(mine.getByRole("button", { name: /^Edit comment by/ })).toHaveCount(0);
  await mine.getByRole("button", { name: /^Remove comment by/ }).click();
  await mine.getByRole("group", { name: "Remove this comment?" }).getByRole("button", { name: "Keep it" }).click();
  await expect(mine).toContainText("Table 4, second tab.");
  await mine.getByRole("button", { name: /^Remove comment by/ }).click();
  await mine.getByRole("button", { name: "Remove comment" }).click();
  await expect(mine).toContainText(`Removed by ${admin.name}`);
  await expect(mine).not.toContainText("Table 4, second tab.");
  await expect(history).toContainText(`removed a comment by ${author.name}`);
});

test("words typed while a comment is on its way stay in the box", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const article = await makeArticleWithClaims(editor.id, [`Bus fares rose 9 percent in 2025 (${Date.now().toString(36)}).`]);
  await signIn(page, editor);
  await page.goto(`/claims/${article.claims[0].id}`);

  // Hold the comment's request until the next words are typed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  let sent = false;
  await page.route(`**/claims/${article.claims[0].id}`, async (route) => {
    if (route.request().method() !== "POST" || sent) return route.fallback();
    sent = true;
    await held;
    await route.fallback();
  });
  const box = page.getByRole("textbox", { name: /^Comment \(/ });
  await box.fill("First point: table 4.");
  await box.press("Control+Enter");
  await expect(page.getByRole("button", { name: "Adding…" })).toBeVisible();
  await box.pressSequentially(" Second point: the 2025 revision.");
  release();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("First point: table 4.");
  await expect(box).toHaveValue("Second point: the 2025 revision.");
});

test("leaving a claim with a comment typed but not sent asks first, once", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const article = await makeArticleWithClaims(editor.id, [`Ferry crossings fell 12 percent in 2025 (${Date.now().toString(36)}).`]);
  await signIn(page, editor);
  await page.goto(`/claims/${article.claims[0].id}`);
  const box = page.getByRole("textbox", { name: /^Comment \(/ });
  const leave = () => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await box.fill("Posted first.");
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(box).toHaveValue("");

  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await box.fill("Half-written thought about the ferry figures");
  await leave();
  await expect.poll(() => asked).toEqual(["Your comment is not sent yet. Leave without sending it?"]);
  await expect(box).toHaveValue("Half-written thought about the ferry figures");

  // Two boxes hold unsent words (a new comment and an edit): one question, not two.
  const posted = page.getByRole("list", { name: "Comments" }).getByRole("listitem").first();
  await posted.getByRole("button", { name: /^Edit comment by/ }).click();
  await posted.getByRole("textbox", { name: "Edit comment" }).fill("Posted first, then corrected.");
  await leave();
  await expect.poll(() => asked).toHaveLength(2);

  // Sent and saved: nothing asks.
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(box).toHaveValue("");
  await posted.getByRole("button", { name: "Save comment" }).click();
  // The edit box's own text would match too (React mirrors a textarea's value into
  // its text), so wait for the box to close: only then is the change saved.
  await expect(posted.getByRole("textbox", { name: "Edit comment" })).toHaveCount(0);
  await expect(posted).toContainText("Posted first, then corrected.");
  await leave();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  expect(asked).toHaveLength(2);
});
