import { createArticle } from "@/db/queries/articles";
import { adoptClaimModel } from "@/db/queries/claim-models";
import { insertClaims } from "@/db/queries/claims";
import { decideClaim } from "@/db/queries/curation";
import { sportsDeskDecisions } from "@/lib/claims/adapt.fixtures";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

const SPENDING = "Harbourton council spent $12 million on road repairs last year, up 4 percent.";

/** 160 decisions of a desk that checks sports records and dismisses spending lines, made through the curation queries. */
async function seedDecisions(editorId: string) {
  const db = testDb();
  const decisions = sportsDeskDecisions(160);
  const bodyText = decisions.map((d) => d.text).join("\n\n");
  const article = await createArticle(db, { title: `Desk decisions ${Date.now().toString(36)}`, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText, authorId: editorId });
  let at = 0;
  const rows = decisions.map((d) => {
    const start = bodyText.indexOf(d.text, at);
    at = start + d.text.length;
    return { articleId: article.id, start, end: at, exact: d.text, prefix: "", suffix: "", kind: "other" as const, claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "suggested" as const, status: "proposed" as const, createdById: null };
  });
  const claims = await insertClaims(db, rows);
  for (const [i, claim] of claims.entries()) {
    const accept = decisions[i].label === 1;
    await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision: accept ? "accept" : "dismiss", reason: accept ? undefined : "not_checkable", actorId: editorId });
  }
}

test("an admin adapts the claim finder to the desk's decisions, uses it for Find claims, and goes back", async ({ page }) => {
  const admin = await makeUser("admin");
  const editor = await makeUser("editor");
  await seedDecisions(editor.id);
  const { id: articleId } = await createArticle(testDb(), { title: "Council spending", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: SPENDING, authorId: editor.id });
  try {
    await signIn(page, admin);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Claim finder" }).click();
    await expect(page.getByRole("heading", { name: "Claim finder", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "In use" })).toContainText("The shipped model");

    await page.getByRole("button", { name: "Adapt to the desk's decisions" }).click();
    await expect(page.getByRole("status")).toContainText(/Adapted on \d+ decisions/);
    const models = page.getByRole("region", { name: "Adapted models" });
    await expect(models.getByRole("row")).toHaveCount(2);
    await expect(models.getByRole("cell", { name: /better than the shipped model/ })).toBeVisible();
    await models.getByRole("button", { name: "Use this model" }).click();
    await expect(models.getByText("In use")).toBeVisible();
    await expect(page.getByRole("region", { name: "In use" })).toContainText(/Adapted on \d+ decisions/);
    expect(await seriousViolations(page)).toEqual([]);

    // This desk dismisses spending lines: its model does not suggest one.
    await page.goto(`/articles/${articleId}`);
    const list = page.getByRole("region", { name: "Claims", exact: true });
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(page.getByRole("status")).toContainText(/Found|No new/);
    await expect(list.getByRole("listitem").filter({ hasText: "Harbourton council spent" })).toHaveCount(0);

    await page.goto("/admin/claim-finder");
    await page.getByRole("button", { name: "Use the shipped model" }).click();
    await expect(page.getByRole("region", { name: "In use" })).toContainText("The shipped model");
    await page.goto(`/articles/${articleId}`);
    await page.getByRole("button", { name: "Find claims" }).click();
    await expect(list.getByRole("listitem").filter({ hasText: "Harbourton council spent" })).toHaveCount(1);
  } finally {
    // Whatever happened above, the tests after this one find claims with the shipped model.
    await adoptClaimModel(testDb(), { modelId: null, actorId: admin.id });
  }
});

test("the claim finder page is for admins only", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  const response = await page.goto("/admin/claim-finder");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Adapt to the desk's decisions" })).toHaveCount(0);
});
