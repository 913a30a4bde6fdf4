import { seriousViolations } from "../axe";
import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("typing @ in a comment offers people by name; the chosen one is notified", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  // Two colleagues sharing a first name, so the list has a choice to make.
  const first = await makeUser("editor", `Ottoline Vane ${tag}`);
  const second = await makeUser("editor", `Ottoline Quist ${tag}`);
  const article = await makeArticleWithClaims(editor.id, [`Bus fares in Dunmere rose 9 percent in 2025 (${tag}).`]);

  await signIn(page, editor);
  await page.goto(`/claims/${article.claims[0].id}`);
  const box = page.getByRole("textbox", { name: /^Comment/ });
  await box.pressSequentially("Can you check this, @ottol");
  const people = page.getByRole("listbox", { name: "People to mention" });
  await expect(people.getByRole("option")).toHaveText([`Ottoline Quist ${tag}`, `Ottoline Vane ${tag}`]);
  await expect(people.getByRole("option", { selected: true })).toHaveText(`Ottoline Quist ${tag}`);
  expect(await seriousViolations(page)).toEqual([]);

  // Down to the second, Enter writes the full name and closes the list; typing carries on.
  await box.press("ArrowDown");
  await expect(people.getByRole("option", { selected: true })).toHaveText(`Ottoline Vane ${tag}`);
  // Typing straight on (no pause after Enter) must land after the name.
  await box.press("Enter");
  await box.pressSequentially("please?");
  await expect(people).toBeHidden();
  await expect(box).toHaveValue(`Can you check this, @Ottoline Vane ${tag} please?`);

  // A mention chosen mid-sentence: typing goes on right after the name, not at the end.
  await box.fill("Over to  for the figures.");
  await box.press("Home");
  for (let step = 0; step < "Over to ".length; step += 1) await box.press("ArrowRight");
  await box.pressSequentially("@ottoline v");
  await box.press("Enter");
  await box.pressSequentially("now ");
  await expect(box).toHaveValue(`Over to @Ottoline Vane ${tag} now for the figures.`);

  // Escape closes the list without changing the text.
  await box.fill(`Can you check this, @Ottoline Vane ${tag} please?`);
  await box.press("End");
  await box.pressSequentially(" cc @ottol");
  await expect(people).toBeVisible();
  await box.press("Escape");
  await expect(people).toBeHidden();
  await expect(box).toHaveValue(`Can you check this, @Ottoline Vane ${tag} please? cc @ottol`);

  // Ctrl+Enter adds the comment, like the button.
  await box.fill(`Can you check this, @Ottoline Vane ${tag} please?`);
  await box.press("Control+Enter");
  await expect(box).toHaveValue("");
  // The comment shows the person it notified apart from the rest of the text.
  const posted = page.getByRole("list", { name: "Comments" }).getByRole("listitem").last();
  await expect(posted).toContainText(`Can you check this, @Ottoline Vane ${tag} please?`);
  await expect(posted.locator("strong")).toHaveText(`@Ottoline Vane ${tag}`);

  // The person chosen hears about it; the other Ottoline does not.
  await signOut(page);
  await signIn(page, first);
  await page.goto("/notifications");
  await page.getByRole("link", { name: new RegExp(`^${editor.name} mentioned you`) }).click();
  // The notification leads to the comment itself, marked.
  await expect(page.locator("[data-targeted]")).toContainText(`@Ottoline Vane ${tag} please?`);
  await signOut(page);
  await signIn(page, second);
  await page.goto("/notifications");
  await expect(page.getByText(`${editor.name} mentioned you`)).toHaveCount(0);
});

test("mentioning a reviewer who cannot see the claim says they were not notified", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const outsider = await makeUser("reviewer", `Rosalind Outsider ${tag}`);
  const article = await makeArticleWithClaims(editor.id, [`Tram fares in Dunmere rose 4 percent in 2025 (${tag}).`]);
  await signIn(page, editor);
  await page.goto(`/claims/${article.claims[0].id}`);
  const box = page.getByRole("textbox", { name: /^Comment/ });
  await box.fill(`Could @${outsider.name} take a look?`);
  await box.press("Control+Enter");
  await expect(box).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Comment added." })).toHaveText(`Comment added. ${outsider.name} was not notified: they cannot see this claim.`);
});

test("a reviewer's comment says whom it reached, and never tells a colleague from a name nobody has", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor", `Imogen Desk ${tag}`);
  const reviewer = await makeUser("reviewer");
  const colleague = await makeUser("reviewer", `Rosalind Colleague ${tag}`);
  const article = await makeArticleWithClaims(editor.id, [`Ferry fares in Dunmere rose 6 percent in 2025 (${tag}).`]);
  await assignClaims(testDb(), { claimIds: [article.claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${article.claims[0].id}`);
  const box = page.getByRole("textbox", { name: /^Comment/ });
  const status = page.getByRole("status").filter({ hasText: "Comment added." });

  // A colleague who cannot see the claim, and a name nobody has: the same answer.
  for (const name of [colleague.name, `Nobody Here ${tag}`]) {
    await box.fill(`Could @${name} take a look?`);
    await box.press("Control+Enter");
    await expect(box).toHaveValue("");
    await expect(status).toHaveText("Comment added.");
  }
  await box.fill(`@${editor.name} the council's table disagrees.`);
  await box.press("Control+Enter");
  await expect(status).toHaveText(`Comment added. ${editor.name} was notified.`);
});
