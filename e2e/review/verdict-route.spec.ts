import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { ensureFounder, makeArticleWithClaims } from "./desk";

const evidence = { url: "https://stats.example/t2", title: "Table 2", publisher: "Stats", quote: "", accessedOn: "2026-01-02", archiveUrl: null, stance: "supports" };

test("the draft route saves only for the holder, from the desk's own pages, with a clear answer for every refusal", async ({ page, baseURL }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const article = await makeArticleWithClaims(editor.id, ["Bus fares rose 40% this year."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);

  const url = `/api/claims/${claim.id}/verdict`;
  const own = { "content-type": "application/json", origin: baseURL! };
  const form = { expected: { verdictId: null, version: null }, verdictKey: "mostly_accurate", rationale: "Fare table 2026.", evidence: [evidence] };

  // Another site's page, with the reviewer's cookie: refused before anything is read.
  const forged = await page.request.put(url, { headers: { ...own, origin: "https://evil.example" }, data: form });
  expect(forged.status()).toBe(403);
  expect(await getWorkingVerdict(testDb(), claim.id)).toBeNull();

  expect((await page.request.put(url, { headers: { ...own, "content-type": "text/plain" }, data: JSON.stringify(form) })).status()).toBe(415);
  const invalid = await page.request.put(url, { headers: own, data: { ...form, evidence: "none" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).fieldErrors).toHaveProperty("evidence");
  const offScale = await page.request.put(url, { headers: own, data: { ...form, verdictKey: "pants_on_fire" } });
  expect(await offScale.json()).toMatchObject({ ok: false, fieldErrors: { verdictKey: "Choose a verdict." } });

  const saved = await page.request.put(url, { headers: own, data: form });
  expect(saved.status()).toBe(200);
  const { data } = await saved.json();
  expect(data).toMatchObject({ claimStatus: "in_review", verdict: { version: 1, rationale: "Fare table 2026.", evidence: [{ title: "Table 2" }] } });

  // The same screen saving again over an old version is a conflict carrying the saved state.
  const stale = await page.request.put(url, { headers: own, data: { ...form, rationale: "Older screen." } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ conflict: true, current: { rationale: "Fare table 2026." } });

  const missing = await page.request.put(`/api/claims/no-such-claim/verdict`, { headers: own, data: form });
  expect(missing.status()).toBe(404);
  expect((await getWorkingVerdict(testDb(), claim.id))?.rationale).toBe("Fare table 2026.");
});

test("the draft route refuses someone the claim is not assigned to, and anyone signed out", async ({ page, baseURL, browser }) => {
  await ensureFounder();
  const [editor, holder, other] = [await makeUser("editor"), await makeUser("reviewer"), await makeUser("reviewer")];
  const article = await makeArticleWithClaims(editor.id, ["The river is 12 km long."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: holder.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const headers = { "content-type": "application/json", origin: baseURL! };
  const form = { expected: { verdictId: null, version: null }, verdictKey: null, rationale: "Not mine.", evidence: [] };

  await signIn(page, other);
  const notYours = await page.request.put(`/api/claims/${claim.id}/verdict`, { headers, data: form });
  expect(notYours.status()).toBe(403);
  expect((await notYours.json()).error).toBe("This claim is not assigned to you. Nothing was saved.");
  // Fields that would not validate change nothing: the claim is still not theirs to save.
  const badFields = await page.request.put(`/api/claims/${claim.id}/verdict`, { headers, data: { ...form, verdictKey: 42, evidence: "none" } });
  expect(badFields.status()).toBe(403);
  expect(await badFields.json()).toMatchObject({ ok: false, gone: "not_assigned" });

  const signedOut = await (await browser.newContext({ baseURL })).request.put(`/api/claims/${claim.id}/verdict`, { headers, data: form });
  expect(signedOut.status()).toBe(401);
  expect(await getWorkingVerdict(testDb(), claim.id)).toBeNull();
});

test("a reviewer whose session ended while typing is told so on save, and keeps the text", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const article = await makeArticleWithClaims(editor.id, ["Ferry crossings doubled since 2019."]);
  const [claim] = article.claims;
  await assignClaims(testDb(), { claimIds: [claim.id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${claim.id}`);
  await page.context().clearCookies();
  await page.getByLabel("Rationale").fill("Port authority figures, 2019 and 2025.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended" })).toBeVisible();
  await expect(page.getByLabel("Rationale")).toHaveValue("Port authority figures, 2019 and 2025.");
  expect(await getWorkingVerdict(testDb(), claim.id)).toBeNull();
});
