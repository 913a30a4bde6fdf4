import { assignClaims } from "@/db/queries/assignments";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("a reviewer walks their queue from claim to claim with Next in my queue", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentences = [`Tram trips rose 4 percent (${tag}).`, `Tram fares fell 2 percent (${tag}).`, `Tram staff grew by 30 (${tag}).`];
  const { claims } = await makeArticleWithClaims(editor.id, sentences);
  const assigned = await assignClaims(testDb(), { claimIds: claims.map((claim) => claim.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: new Date(Date.now() + 3_600_000), priority: "normal", note: "" });
  expect(assigned.ok).toBe(true);

  await signIn(page, reviewer);
  await page.goto("/queue");
  await page.getByRole("link", { name: sentences[0] }).click();
  const next = page.getByRole("link", { name: "Next in my queue" });
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[1]);
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[2]);
  // From the last claim it wraps round to the first still to do.
  await next.click();
  await expect(page.locator("mark")).toHaveText(sentences[0]);
});
