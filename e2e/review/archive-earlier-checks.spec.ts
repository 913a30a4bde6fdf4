import { createArticle } from "@/db/queries/articles";
import { insertClaims, type NewClaim } from "@/db/queries/claims";
import { assignments, verdicts } from "@/db/schema";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";

type Maker = { authorId: string };

/** An article holding one claim, its whole text, with the given status. */
async function articleWithClaim({ authorId }: Maker, title: string, text: string, status: NewClaim["status"]) {
  const db = testDb();
  const { id } = await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId });
  const [claim] = await insertClaims(db, [{ articleId: id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status, createdById: authorId }]);
  return claim;
}

async function signedOff(claimId: string, reviewerId: string, decidedAt: Date) {
  await testDb().insert(verdicts).values({ claimId, number: 1, verdictKey: "accurate", state: "approved", reviewerId, decidedAt, updatedAt: decidedAt });
}

test("a claim checked many times before shows the newest of the equally similar checks, how many there are, and the way to the rest", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const text = `Staff at Wrenford hospital logged 3,400 hours of overtime in March (${tag}).`;
  // Five identical earlier checks, a month apart; made oldest last, so insertion order cannot pass for age.
  for (const month of [4, 3, 2, 1, 0]) {
    const old = await articleWithClaim({ authorId: editor.id }, `Overtime ${tag} month ${month + 1}`, text, "approved");
    await signedOff(old.id, editor.id, new Date(Date.UTC(2025, month, 15)));
  }
  const fresh = await articleWithClaim({ authorId: editor.id }, `Overtime ${tag} today`, text, "open");

  await signIn(page, editor);
  await page.goto(`/claims/${fresh.id}`);
  const panel = page.getByRole("region", { name: "Checked before" });
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  await expect(panel.getByRole("link", { name: /^in Overtime/ })).toHaveText([`in Overtime ${tag} month 5`, `in Overtime ${tag} month 4`, `in Overtime ${tag} month 3`]);
  await expect(panel.getByText(/^3 of 5 similar earlier checks, the most alike and newest first\./)).toBeVisible();

  await panel.getByRole("link", { name: "Search the archive for more" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await expect(page.getByRole("search", { name: "Search the archive" }).getByLabel("Search checked claims")).toHaveValue(/3400/);
  await expect(page.getByRole("table", { name: "Checked claims" }).getByRole("link", { name: /^Overtime/ })).toHaveCount(5);
});

test("the archive finds a figure typed with or without its thousands separator", async ({ page }) => {
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const text = `Porters at Wrenford worked 3,400 hours unpaid (${tag}).`;
  const claim = await articleWithClaim({ authorId: editor.id }, `Porters ${tag}`, text, "approved");
  await signedOff(claim.id, editor.id, new Date());

  await signIn(page, editor);
  for (const typed of [`3400 ${tag}`, `3,400 ${tag}`, `3 400 ${tag}`]) {
    await page.goto("/archive");
    const search = page.getByRole("search", { name: "Search the archive" });
    await search.getByLabel("Search checked claims").fill(typed);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("table", { name: "Checked claims" }).getByRole("link", { name: text })).toBeVisible();
  }
});

test("a reviewer's empty Checked before speaks only for the checks they can see; an editor's for the desk", async ({ page }) => {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const tag = Date.now().toString(36);
  const fresh = await articleWithClaim({ authorId: editor.id }, `Quarry ${tag}`, `The Ashby quarry employs 212 people (${tag}).`, "assigned");
  await testDb().insert(assignments).values({ claimId: fresh.id, reviewerId: reviewer.id, assignedById: editor.id, active: true });

  await signIn(page, reviewer);
  await page.goto(`/claims/${fresh.id}`);
  const panel = page.getByRole("region", { name: "Checked before" });
  await expect(panel).toContainText("No similar claim you can see has been checked before.");
  await signOut(page);

  await signIn(page, editor);
  await page.goto(`/claims/${fresh.id}`);
  await expect(panel).toContainText("No similar claim has been checked on the desk yet.");
});
