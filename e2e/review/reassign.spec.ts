import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("an editor reassigns a claim from its own page: the claim arrives ticked, and the page then names the new holder", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const [first, second] = [await makeUser("reviewer"), await makeUser("reviewer")];
  const sentences = [`Parking fines rose 14 percent (${tag}).`, `Library visits fell 3 percent (${tag}).`];
  const { claims } = await makeArticleWithClaims(editor.id, sentences);
  const due = new Date(Date.now() + 5 * 24 * 3600 * 1000);
  due.setSeconds(0, 0);
  await assignClaims(testDb(), { claimIds: [claims[1].id], reviewerId: first.id, actorId: editor.id, dueAt: due, priority: "high", note: "Check against the council's own records." });

  await signIn(page, editor);
  await page.goto(`/claims/${claims[1].id}`);
  await expect(page.getByText(`${first.name} (by ${editor.name})`)).toBeVisible();
  await page.getByRole("link", { name: "Reassign" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Assign claims" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: sentences[1] })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: sentences[0] })).not.toBeChecked();
  // A reassignment starts from the claim's present terms, not the defaults.
  await expect(page.getByLabel("Note")).toHaveValue("Check against the council's own records.");
  await expect(page.getByLabel("Priority")).toHaveValue("high");
  const shownDue = await page.getByLabel("Due").inputValue();
  expect(new Date(shownDue).getTime()).toBe(due.getTime());
  await page.getByRole("combobox", { name: "Reviewer" }).selectOption(second.id);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Assigned 1 claim to ${second.name}.`);

  await page.getByRole("link", { name: "Back to the claim" }).click();
  await expect(page.getByText(`${second.name} (by ${editor.name})`)).toBeVisible();
  // An unassigned claim offers "Assign" the same way; a reviewer sees neither.
  await page.goto(`/claims/${claims[0].id}`);
  await expect(page.getByRole("link", { name: "Assign", exact: true })).toHaveAttribute("href", new RegExp(`claim=${claims[0].id}$`));
  await signOut(page);
  await signIn(page, second);
  await page.goto(`/claims/${claims[1].id}`);
  await expect(page.getByText(`${second.name} (by ${editor.name})`)).toBeVisible();
  await expect(page.getByRole("link", { name: /^(Re)?assign$/ })).toHaveCount(0);
});

test("a claim ticked before a colleague assigned it is not reassigned over them when the page refreshes in between", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const [editor, colleague] = [await makeUser("editor"), await makeUser("editor")];
  const [mine, theirs] = [await makeUser("reviewer"), await makeUser("reviewer")];
  const sentence = `Tram journeys rose 11 percent (${tag}).`;
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [sentence]);

  await signIn(page, editor);
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("checkbox", { name: sentence }).check();
  await page.getByRole("combobox", { name: "Reviewer" }).selectOption(mine.id);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: theirs.id, actorId: colleague.id, dueAt: null, priority: "normal", note: "" });
  // The article page refreshes on a colleague's change (here: the tab coming back).
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  const list = page.getByRole("list", { name: "Claims to assign" });
  await expect(list.getByText(`with ${theirs.name}`)).toBeVisible();

  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "changed since you opened it" })).toBeVisible();
  await expect(list.getByText(`with ${theirs.name}`)).toBeVisible();
});

test("one reviewer's whole load moves at once: show their claims, select all, assign to another", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const [sick, other, cover] = [await makeUser("reviewer"), await makeUser("reviewer"), await makeUser("reviewer")];
  const sentences = [`Bus fares rose 4 percent (${tag}).`, `Tram use fell 2 percent (${tag}).`, `Ferry trips rose 9 percent (${tag}).`, `Taxi fares rose 6 percent (${tag}).`];
  const { id, claims } = await makeArticleWithClaims(editor.id, sentences);
  await assignClaims(testDb(), { claimIds: [claims[0].id, claims[1].id], reviewerId: sick.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await assignClaims(testDb(), { claimIds: [claims[2].id], reviewerId: other.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const panel = page.getByRole("region", { name: "Assign claims" });
  // A tick the chosen view hides is dropped, so nothing is assigned unseen.
  await panel.getByRole("checkbox", { name: sentences[3] }).check();
  await expect(panel.getByText("1 selected")).toBeVisible();
  await panel.getByLabel("Show", { exact: true }).selectOption({ label: `With ${sick.name} (2)` });
  await expect(panel.getByText("0 selected")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Claims to assign" }).getByRole("listitem")).toHaveCount(2);
  await panel.getByRole("checkbox", { name: `Select all with ${sick.name} (2)` }).check();
  await expect(panel.getByText("2 selected")).toBeVisible();
  await panel.getByRole("combobox", { name: "Reviewer" }).selectOption(cover.id);
  await panel.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(panel.getByRole("status")).toHaveText(`Assigned 2 claims to ${cover.name}.`);

  await panel.getByLabel("Show", { exact: true }).selectOption({ label: `With ${cover.name} (2)` });
  await expect(panel.getByRole("list", { name: "Claims to assign" })).toContainText(sentences[0]);
  await expect(panel.getByRole("list", { name: "Claims to assign" })).toContainText(sentences[1]);
  // The other reviewer's claim and the unassigned one stayed where they were.
  await panel.getByLabel("Show", { exact: true }).selectOption({ label: "Unassigned (1)" });
  await expect(panel.getByRole("list", { name: "Claims to assign" })).toContainText(sentences[3]);
  await expect(panel.getByLabel("Show", { exact: true }).locator("option", { hasText: `With ${sick.name}` })).toHaveCount(0);
});

test("a due time after the article's publish deadline is noted under the field", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  await makeUser("reviewer");
  const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const { id } = await makeArticleWithClaims(editor.id, [`Dock fees rose 5 percent (${Date.now().toString(36)}).`], deadline);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const panel = page.getByRole("region", { name: "Assign claims" });
  const late = panel.getByRole("note").filter({ hasText: "This is after the article's publish deadline." });
  // The default sits before the deadline.
  await expect(panel.getByLabel("Due")).not.toHaveValue("");
  await expect(late).toHaveCount(0);
  await panel.getByLabel("Due").fill("2099-01-01T09:00");
  await expect(late).toBeVisible();
});
