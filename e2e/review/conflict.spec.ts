import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("two windows saving the same verdict: the second is told, sees the saved state, nothing is overwritten", async ({ browser }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const article = await makeArticleWithClaims(editor.id, ["Unemployment is at a 20-year low."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  const [one, two] = [await (await browser.newContext()).newPage(), await (await browser.newContext()).newPage()];
  for (const page of [one, two]) {
    await signIn(page, reviewer);
    await page.goto(`/claims/${claim.id}`);
    await expect(page.getByLabel("Rationale")).toBeVisible();
  }

  await one.getByLabel("Rationale").fill("Labour survey, table 2: lowest since 2004.");
  await one.getByRole("button", { name: "Save draft" }).click();
  await expect(one.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  await two.getByLabel("Rationale").fill("My different reasoning.");
  await two.getByRole("button", { name: "Save draft" }).click();
  const alert = two.getByRole("alert").filter({ hasText: "This claim changed since you opened it." });
  await expect(alert).toBeVisible();
  await expect(alert.getByLabel("Saved version")).toContainText("Labour survey, table 2: lowest since 2004.");
  // Her own save, from her other window: said as hers, not as a colleague's.
  await expect(alert).toContainText(/You saved version 1 \(draft\) at .+, in another tab or window\./);
  await expect(alert.getByText(reviewer.name)).toHaveCount(0);
  // The second window keeps its typing, and the first window's save stands.
  await expect(two.getByLabel("Rationale")).toHaveValue("My different reasoning.");
  expect((await getWorkingVerdict(testDb(), claim.id))?.rationale).toBe("Labour survey, table 2: lowest since 2004.");

  await alert.getByRole("button", { name: "Load the saved version" }).click();
  await expect(two.getByLabel("Rationale")).toHaveValue("Labour survey, table 2: lowest since 2004.");
  await expect(alert).toHaveCount(0);
});

test("a reviewer cannot open a claim assigned to someone else", async ({ page }) => {
  await ensureFounder();
  const [editor, holder, outsider] = [await makeUser("editor"), await makeUser("reviewer"), await makeUser("reviewer")];
  const article = await makeArticleWithClaims(editor.id, ["Crime fell 12% last year."]);
  await assignClaims(testDb(), { claimIds: [article.claims[0].id], reviewerId: holder.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, outsider);
  const response = await page.goto(`/claims/${article.claims[0].id}`);
  expect(response?.status()).toBe(404);
  // Not even the tab's title gives the claim away.
  expect(await page.title()).not.toContain("Crime fell");
});
