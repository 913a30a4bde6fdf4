import { eq } from "drizzle-orm";
import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { createUser } from "@/db/queries/users";
import { articles, assignments, corrections, users, verdicts } from "@/db/schema";
import { ensureFounder } from "./review/desk";
import { expect, makeUser, signIn, signOut, test, testDb } from "./fixtures";

/**
 * The desk's long lists page through everything and say their total: the
 * corrections log, the archive and the people on the Admin page. Each test makes
 * more rows than a page (50) under a tag of its own, so the counts are its own.
 */

const tag = () => Date.now().toString(36);

test("the corrections log pages through a busy month, keeping its filters, and tells alike-titled articles apart", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const db = testDb();
  const title = `Live updates: the budget ${tag()}`;
  // Two articles under one title, brought in on different days, in a range of 2019 no other spec writes to.
  const made: string[] = [];
  for (const day of ["2019-05-02", "2019-05-06"]) {
    const article = await createArticle(db, { title, byline: "City desk", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "Text.", authorId: editor.id });
    await db.update(articles).set({ createdAt: new Date(`${day}T12:00:00Z`) }).where(eq(articles.id, article.id));
    made.push(article.id);
  }
  const base = { type: "correction" as const, status: "draft" as const, originalText: "Was.", correctedText: "Is.", createdById: editor.id, updatedAt: new Date() };
  await db.insert(corrections).values(
    Array.from({ length: 61 }, (_, i) => ({ ...base, articleId: made[i % 2], note: `Note ${i}.`, createdAt: new Date(Date.UTC(2019, 4, 3, 0, i)) })),
  );

  await signIn(page, editor);
  await page.goto("/corrections?from=2019-05-01&to=2019-05-10");
  const summary = page.getByRole("status").filter({ hasText: "corrections from" });
  await expect(summary).toContainText("Showing 1–50 of 61 corrections from 1 May 2019 to 10 May 2019");
  await expect(page.getByRole("heading", { level: 2, name: title })).toHaveCount(50);
  const pages = page.getByRole("navigation", { name: "Pages of corrections" });
  await expect(pages).toContainText("Page 1 of 2");
  await pages.getByRole("link", { name: "Older →" }).click();
  await expect(summary).toContainText("Showing 51–61 of 61 corrections");
  await expect(page).toHaveURL(/from=2019-05-01&to=2019-05-10&page=2/);
  await expect(page.getByRole("heading", { level: 2, name: title })).toHaveCount(11);
  await expect(page.getByRole("paragraph").filter({ hasText: /^Note 0\.$/ })).toBeVisible();
  await pages.getByRole("link", { name: "← Newer" }).click();
  await expect(summary).toContainText("Showing 1–50 of 61");

  // The article filter offers the range's articles only, each title with its date.
  const filter = page.getByRole("search", { name: "Filter corrections" });
  const choice = filter.getByLabel("Article");
  await expect(choice.getByRole("option")).toHaveText(["All articles", `${title} — 2 May 2019`, `${title} — 6 May 2019`]);
  await choice.selectOption({ label: `${title} — 6 May 2019` });
  await filter.getByRole("button", { name: "Apply filters" }).click();
  await expect(summary).toContainText("30 corrections from 1 May 2019 to 10 May 2019");
  await expect(page.getByRole("navigation", { name: "Pages of corrections" })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`article=${made[1]}`));
});

test("the archive says how many checks match and pages through them; a reviewer's count is their own", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const db = testDb();
  const word = `Quillmere${tag()}`;
  const article = await createArticle(db, { title: `Harbour ${word}`, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "Text.", authorId: editor.id });
  const claims = await insertClaims(
    db,
    Array.from({ length: 55 }, (_, i) => ({
      articleId: article.id, start: 0, end: 5, exact: `${word} harbour dues rose ${i} percent.`, prefix: "", suffix: "", kind: "statistic" as const,
      claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual" as const, status: "approved" as const, createdById: editor.id,
    })),
  );
  await db.insert(verdicts).values(
    claims.map((claim, i) => ({ claimId: claim.id, number: 1, verdictKey: "accurate", state: "approved" as const, reviewerId: reviewer.id, approverId: editor.id, decidedAt: new Date(Date.UTC(2020, 0, 1, 0, i)), updatedAt: new Date() })),
  );
  await db.insert(assignments).values(claims.slice(0, 3).map((claim) => ({ claimId: claim.id, reviewerId: reviewer.id, assignedById: editor.id, active: true })));

  await signIn(page, editor);
  await page.goto(`/archive?q=${word}`);
  const summary = page.getByRole("status").filter({ hasText: "matches" });
  await expect(summary).toHaveText("Showing 1–50 of 55 matches, newest first");
  const table = page.getByRole("table", { name: "Checked claims" });
  await expect(table.getByRole("row")).toHaveCount(51);
  await expect(table.getByRole("link", { name: `${word} harbour dues rose 54 percent.` })).toBeVisible();
  await page.getByRole("navigation", { name: "Pages of checked claims" }).getByRole("link", { name: "Older →" }).click();
  await expect(summary).toHaveText("Showing 51–55 of 55 matches, newest first");
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(table.getByRole("link", { name: `${word} harbour dues rose 0 percent.` })).toBeVisible();
  // The search stays with the page.
  await expect(page.getByLabel("Search checked claims")).toHaveValue(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}&page=2`));

  await signOut(page);
  await signIn(page, reviewer);
  await page.goto(`/archive?q=${word}&page=2`);
  // Three of them are the reviewer's; a page past their end goes back to the last they have.
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("3 matches");
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByRole("table", { name: "Checked claims" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("navigation", { name: "Pages of checked claims" })).toHaveCount(0);
});

test("the Admin page finds people by name or e-mail, shows the active ones unless asked, and pages with a count", async ({ page }) => {
  await ensureFounder();
  const admin = await makeUser("admin");
  const db = testDb();
  const group = `Paging ${tag()}`;
  const ids: string[] = [];
  let lastEmail = "";
  for (let i = 0; i < 57; i++) {
    const made = await createUser(db, { name: `${group} ${String(i).padStart(2, "0")}`, email: `paging-${i}-${tag()}@desk.test`, role: "reviewer", passwordHash: "x", actorId: admin.id });
    if (!made.ok) throw new Error("setup");
    ids.push(made.user.id);
    lastEmail = made.user.email;
  }
  for (const id of ids.slice(0, 4)) await db.update(users).set({ active: false }).where(eq(users.id, id));

  await signIn(page, admin);
  await page.goto("/admin");
  const find = page.getByRole("search", { name: "Find people" });
  await find.getByLabel("Search people").fill(group);
  await find.getByRole("button", { name: "Find" }).click();
  const summary = page.getByText(/newest first\./);
  await expect(summary).toContainText(`Showing 1–50 of 53 active people matching “${group}”, newest first.`);
  const table = page.getByRole("table", { name: "People" });
  await expect(table.getByRole("row")).toHaveCount(51);
  await expect(table.getByText("Deactivated", { exact: true })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Pages of people" }).getByRole("link", { name: "Older →" }).click();
  await expect(summary).toContainText(`Showing 51–53 of 53 active people matching “${group}”`);
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(find.getByLabel("Search people")).toHaveValue(group);

  // The deactivated ones are one choice away, and counted in it.
  await find.getByLabel("Status").selectOption({ label: "Deactivated (4)" });
  await find.getByRole("button", { name: "Find" }).click();
  await expect(summary).toContainText(`4 deactivated people matching “${group}”`);
  await expect(table.getByText("Deactivated", { exact: true })).toHaveCount(4);
  await expect(page).not.toHaveURL(/page=/);

  // An e-mail finds its one person.
  await find.getByLabel("Search people").fill(lastEmail);
  await find.getByLabel("Status").selectOption("all");
  await find.getByRole("button", { name: "Find" }).click();
  await expect(summary).toContainText(`1 person matching “${lastEmail}”`);
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(`${group} 56`);
});
