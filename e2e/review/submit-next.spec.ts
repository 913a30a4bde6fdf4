import type { Page } from "@playwright/test";
import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test.use({ viewport: { width: 390, height: 844 } });

/** Fills the verdict form and submits it: what the reviewer sees next is the verdict card. */
async function submitVerdict(page: Page) {
  await page.getByRole("group", { name: "Verdict" }).getByLabel("Accurate", { exact: true }).check();
  await page.getByLabel("Rationale").fill("The statistics office says so.");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await page.getByRole("group", { name: "Evidence 1" }).getByLabel("Source URL").fill("https://stats.example/trams-2025");
  await page.getByRole("button", { name: "Submit for sign-off" }).click();
  const card = page.getByRole("region", { name: "Verdict", exact: true });
  await expect(card.getByText("Submitted for sign-off. The editors have it now.")).toBeVisible();
  return card;
}

test("on a phone, the way on to the next claim is beside 'Submitted for sign-off', and back to My queue after the last", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentences = [`Bus trips rose 6 percent (${tag}).`, `Bus fares fell 1 percent (${tag}).`];
  const { claims } = await makeArticleWithClaims(editor.id, sentences);
  expect((await assignClaims(testDb(), { claimIds: claims.map((c) => c.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" })).ok).toBe(true);

  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  let card = await submitVerdict(page);
  // In view where the message is, not only at the top of the page.
  const next = card.getByRole("link", { name: "Next in my queue" });
  await expect(next).toBeInViewport();
  await expect(card.getByRole("link", { name: "Back to My queue" })).toHaveCount(0);
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[1]);

  // The last claim to do: nothing is next, so the way back to the list is offered.
  card = await submitVerdict(page);
  await expect(card.getByRole("link", { name: "Next in my queue" })).toHaveCount(0);
  const back = card.getByRole("link", { name: "Back to My queue" });
  await expect(back).toBeInViewport();
  await back.click();
  await expect(page).toHaveURL(/\/queue$/);
});
