import { createArticle } from "@/db/queries/articles";
import { insertClaims, type NewClaim } from "@/db/queries/claims";
import { assignments, evidenceItems, verdicts } from "@/db/schema";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";

test("a claim page shows the desk's earlier check of a similar claim, with its verdict", async ({ page }) => {
  const editor = await makeUser("editor");
  const db = testDb();
  const make = async (title: string, text: string, status: NewClaim["status"]) => {
    const { id } = await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
    const [claim] = await insertClaims(db, [{ articleId: id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status, createdById: editor.id }]);
    return claim;
  };
  const tag = Date.now().toString(36);
  const old = await make(`Spring budget ${tag}`, `Road repairs in Eskdale cost 4.1 million pounds in 2025 (${tag}).`, "approved");
  await db.insert(verdicts).values({ claimId: old.id, number: 1, verdictKey: "misleading", state: "approved", reviewerId: editor.id, decidedAt: new Date(), updatedAt: new Date() });
  const fresh = await make(`Autumn budget ${tag}`, `Eskdale road repairs cost 4.1 million pounds in 2025 (${tag}), the council said.`, "open");

  await signIn(page, editor);
  await page.goto(`/claims/${fresh.id}`);
  const panel = page.getByRole("region", { name: "Checked before" });
  await expect(panel.getByText("Misleading")).toBeVisible();
  await expect(panel.getByRole("link", { name: `in Spring budget ${tag}` })).toHaveAttribute("href", `/claims/${old.id}`);
});

test("the archive finds a signed-off check by its words and verdict; a reviewer's archive is their own", async ({ page, playwright }) => {
  const editor = await makeUser("editor");
  const db = testDb();
  const tag = Date.now().toString(36);
  const text = `Ferry fares in Kestrelmouth rose 12 percent in 2024 (${tag}).`;
  const { id: articleId } = await createArticle(db, { title: `Ferry fares ${tag}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  const [claim] = await insertClaims(db, [{ articleId, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status: "approved", createdById: editor.id }]);
  await db.insert(verdicts).values({ claimId: claim.id, number: 1, verdictKey: "inaccurate", state: "approved", reviewerId: editor.id, decidedAt: new Date(), updatedAt: new Date() });

  await signIn(page, editor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  const search = page.getByRole("search", { name: "Search the archive" });
  // The start of a word is enough ("fare" for "fares").
  await search.getByLabel("Search checked claims").fill(`kestrelmouth fare ${tag}`);
  await search.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("table", { name: "Checked claims" });
  await expect(results.getByRole("row")).toHaveCount(2);
  await expect(results.getByRole("link", { name: text })).toHaveAttribute("href", `/claims/${claim.id}`);
  await expect(results.getByText("Inaccurate")).toBeVisible();

  // The same search as JSON, for a CMS asking "has the desk checked this?"; signed out, nothing.
  const api = await (await page.request.get(`/api/archive?q=${encodeURIComponent(`kestrelmouth fare ${tag}`)}`)).json();
  expect(api.claims).toEqual([expect.objectContaining({ id: claim.id, text, verdict: { key: "inaccurate", label: "Inaccurate" }, path: `/claims/${claim.id}` })]);
  // A filter the search cannot use is said, not dropped: "nothing found" would answer another question.
  // The desk's checks are private: no cache may keep them.
  expect((await page.request.get(`/api/archive?q=${tag}`)).headers()["cache-control"]).toBe("no-store");
  const offScale = await page.request.get(`/api/archive?q=${tag}&verdict=pants_on_fire`);
  expect(offScale.status()).toBe(400);
  expect((await offScale.json()).error).toMatch(/^No verdict "pants_on_fire" on the desk's scale; use one of: accurate, /);
  const badDay = await page.request.get(`/api/archive?q=${tag}&from=2026-99-99`);
  expect(badDay.status()).toBe(400);
  expect(await badDay.json()).toEqual({ error: '"from" must be a day written YYYY-MM-DD, such as 2026-11-30.' });
  expect((await page.request.get(`/api/archive?q=${tag}&from=2030-01-01&to=2020-01-01`)).status()).toBe(200);
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  expect((await anonymous.get(`/api/archive?q=${tag}`)).status()).toBe(401);
  await anonymous.dispose();

  // Signed off today, so a range starting tomorrow (on any clock) holds nothing.
  await search.getByLabel("Signed off from").fill("2099-01-01");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No checked claim matches" })).toBeVisible();
  await search.getByLabel("Signed off from").fill("");

  await search.getByLabel("Verdict").selectOption({ label: "Accurate" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No checked claim matches" })).toBeVisible();
  await page.goto(`/archive?q=${encodeURIComponent(`"${tag} NEAR(ferry`)}`);
  await expect(page.getByRole("heading", { name: "No checked claim matches" })).toBeVisible();

  await signOut(page);
  await signIn(page, await makeUser("reviewer"));
  await page.goto(`/archive?q=${tag}`);
  await expect(page.getByRole("heading", { name: "No checked claim matches" })).toBeVisible();
});

test("a reviewer adds the sources of an earlier check to their own verdict, once", async ({ page }) => {
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const db = testDb();
  const tag = Date.now().toString(36);
  const make = async (title: string, text: string, status: NewClaim["status"]) => {
    const { id } = await createArticle(db, { title, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
    const [claim] = await insertClaims(db, [{ articleId: id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 1, checkworthy: true, reasons: [], origin: "manual", status, createdById: editor.id }]);
    return claim;
  };
  const old = await make(`Harbour budget ${tag}`, `Dredging the Kestrel harbour cost 2.4 million pounds in 2024 (${tag}).`, "approved");
  const [verdict] = await db.insert(verdicts).values({ claimId: old.id, number: 1, verdictKey: "accurate", state: "approved", reviewerId: editor.id, decidedAt: new Date(), updatedAt: new Date() }).returning();
  await db.insert(evidenceItems).values({ verdictId: verdict.id, url: `https://harbour.example/accounts-${tag}`, title: "Harbour accounts 2024", publisher: "Kestrel Harbour Board", quote: "Dredging: £2.4m", accessedOn: "2025-01-15", archiveUrl: null, stance: "supports", position: 0 });
  // The reviewer holds one of their archive's claims (a reviewer's "Checked before" is their own checks).
  await db.insert(assignments).values({ claimId: old.id, reviewerId: reviewer.id, assignedById: editor.id, active: true });
  const fresh = await make(`Harbour follow-up ${tag}`, `Kestrel harbour dredging cost 2.4 million pounds in 2024 (${tag}), the board said.`, "assigned");
  await db.insert(assignments).values({ claimId: fresh.id, reviewerId: reviewer.id, assignedById: editor.id, active: true });

  await signIn(page, reviewer);
  await page.goto(`/claims/${fresh.id}`);
  const form = page.getByRole("form", { name: "Verdict form" });
  const reuse = form.getByRole("group", { name: "Sources from earlier checks" });
  await reuse.getByRole("button", { name: `Add its sources: the check in Harbour budget ${tag}` }).click();
  await expect(form.getByLabel("Source URL")).toHaveValue(`https://harbour.example/accounts-${tag}`);
  await expect(form.getByLabel("Publisher")).toHaveValue("Kestrel Harbour Board");
  await expect(reuse.getByText(/Added 1 source from the check in Harbour budget/)).toBeVisible();
  await expect(reuse.getByRole("button", { name: `Added: the sources of the check in Harbour budget ${tag}` })).toBeDisabled();
  // Autosave keeps them: after a reload they are the draft's.
  await expect(form.getByRole("status")).not.toHaveText(/Unsaved|Saving/);
  await page.reload();
  await expect(page.getByRole("form", { name: "Verdict form" }).getByLabel("Source URL")).toHaveValue(`https://harbour.example/accounts-${tag}`);
});
