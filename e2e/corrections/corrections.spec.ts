import AxeBuilder from "@axe-core/playwright";
import type { Locator } from "@playwright/test";
import { DOCX_LOG_LIMIT } from "@/lib/export";
import { parseCsv } from "@/lib/export/test-support/parse-csv";
import { eq } from "drizzle-orm";
import { articles, corrections, settings, verdicts } from "@/db/schema";
import { insertClaims, updateClaimIfVersion } from "@/db/queries/claims";
import { docxParagraphs } from "@/lib/export/test-support/unzip";
import { updateCorrection } from "@/db/queries/corrections";
import { getNewsroomSettings, isNewsroomNamed, saveNewsroomSettings } from "@/db/queries/settings";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { downloadFromMenu } from "./download";
import { CLAIM_TEXT, seedApprovedInaccurateClaim } from "./seed";

const NOTE = 'Correction: the mayor said "196 schools, all open" 😀 — שלום עולם.';

/** Publish, which asks first. */
async function publish(editor: Locator) {
  await editor.getByRole("button", { name: "Publish…" }).click();
  await editor.getByRole("group", { name: "Publish this correction?" }).getByRole("button", { name: "Publish correction" }).click();
}

test("an editor drafts, edits and publishes a correction, then exports the log in every format", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);

  await page.goto(`/corrections/new?claim=${seed.claimId}`);
  await expect(page.getByRole("heading", { level: 1, name: "New correction" })).toBeVisible();
  await expect(page.getByText("Approved as Inaccurate.")).toBeVisible();
  const form = page.getByRole("form", { name: "New correction" });
  await expect(form.getByLabel("Type", { exact: true })).toHaveValue("correction");
  await expect(form.getByLabel("Original text")).toHaveValue(CLAIM_TEXT);
  await form.getByLabel("Corrected text").fill("The city has 196 schools.");
  // The note follows the house pattern while the editor types.
  await expect(form.getByLabel("Note")).toHaveValue(
    'An earlier version of this article incorrectly said that the mayor said "169 schools, all open" 😀 — שלום עולם. The city has 196 schools.',
  );
  await form.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/\/corrections\?article=/);
  const entry = page.getByRole("article", { name: seed.title });
  await expect(entry.getByText("Draft", { exact: true })).toBeVisible();
  await entry.getByText("Edit correction").click();
  const editor = entry.getByRole("form", { name: `Edit correction on ${seed.title}` });
  await editor.getByLabel("Note").fill(NOTE);
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(entry.getByRole("status")).toHaveText("Draft saved.");
  await expect(entry.getByRole("paragraph").filter({ hasText: NOTE })).toBeVisible();
  await editor.getByRole("button", { name: "Approve" }).click();
  await expect(entry.getByRole("status")).toHaveText("Approved.");
  await publish(editor);
  await expect(entry.getByRole("status")).toHaveText("Published.");
  await expect(entry.getByText("Published", { exact: true })).toBeVisible();
  await expect(entry.getByText(/^Published \d/)).toBeVisible();

  // Only this article's corrections, so the files hold exactly one row.
  await page.getByRole("search", { name: "Filter corrections" }).getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=published/);

  const csv = await downloadFromMenu(page, "CSV");
  // Named for what it holds: the range, then the article and status it was narrowed to.
  expect(csv.name).toMatch(/^corrections-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-budget-check-[a-z0-9]+-published\.csv$/);
  const rows = parseCsv(csv.text);
  const header = rows[0];
  const row = rows.slice(1).find((r) => r[header.indexOf("article_title")] === seed.title);
  expect(row?.[header.indexOf("note")]).toBe(NOTE);
  expect(row?.[header.indexOf("original_text")]).toBe(CLAIM_TEXT);
  expect(row?.[header.indexOf("status")]).toBe("published");
  expect(row?.[header.indexOf("published_at")]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  const json = JSON.parse((await downloadFromMenu(page, "JSON")).text);
  expect(json).toMatchObject({ format: "factcheck-desk/corrections-log", version: 2 });
  expect(json.corrections.find((c: { article: { title: string } }) => c.article.title === seed.title)).toMatchObject({ note: NOTE, originalText: CLAIM_TEXT, status: "published" });

  const jsonld = JSON.parse((await downloadFromMenu(page, "JSON-LD (CorrectionComment)")).text);
  expect(JSON.stringify(jsonld)).toContain(JSON.stringify(NOTE).slice(1, -1));
  expect(JSON.stringify(jsonld)).toContain('"CorrectionComment"');

  const markdown = (await downloadFromMenu(page, "Markdown")).text;
  expect(markdown).toContain(NOTE);
  expect(markdown).toMatch(/- \*\*Only:\*\* article “Budget check [a-z0-9]+”; status published/);
  const docx = await downloadFromMenu(page, "DOCX");
  expect(docx.name).toMatch(/\.docx$/);
  expect(docxParagraphs(docx.bytes).join("\n")).toContain(NOTE);

  const html = await downloadFromMenu(page, "HTML");
  await page.setContent(html.text);
  await expect(page.getByText(NOTE, { exact: true })).toBeVisible();
});

test("a correction with blank corrected text saves as a draft but cannot be approved until the text is written", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  await page.goto(`/corrections/new?claim=${seed.claimId}`);
  const form = page.getByRole("form", { name: "New correction" });
  await form.getByLabel("Corrected text").fill("   ");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/corrections\?article=/);

  const entry = page.getByRole("article", { name: seed.title });
  await entry.getByText("Edit correction").click();
  const editor = entry.getByRole("form", { name: `Edit correction on ${seed.title}` });
  await editor.getByRole("button", { name: "Approve" }).click();
  // The desk refuses, and says so at the field; the correction is still a draft.
  await expect(editor.getByLabel("Corrected text")).toHaveAccessibleDescription("Write the corrected text before approving.");
  await expect(editor.getByLabel("Corrected text")).toHaveAttribute("aria-invalid", "true");
  await expect(entry.getByText("Draft", { exact: true })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Publish" })).toHaveCount(0);

  // The note was drafted before the corrected text existed; it follows it now as it is typed.
  await editor.getByLabel("Corrected text").fill("The city has 196 schools.");
  await expect(editor.getByLabel("Note")).toHaveValue(
    'An earlier version of this article incorrectly said that the mayor said "169 schools, all open" 😀 — שלום עולם. The city has 196 schools.',
  );
  await editor.getByRole("button", { name: "Approve" }).click();
  await expect(entry.getByRole("status")).toHaveText("Approved.");
  await publish(editor);
  await expect(entry.getByRole("status")).toHaveText("Published.");
  await expect(entry.getByRole("definition").nth(1)).toHaveText("The city has 196 schools.");
});

test("once the editor writes in the note, typing the corrected text no longer redrafts it", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  await page.goto(`/corrections/new?claim=${seed.claimId}`);
  await page.getByRole("form", { name: "New correction" }).getByRole("button", { name: "Save draft" }).click();
  const entry = page.getByRole("article", { name: seed.title });
  await entry.getByText("Edit correction").click();
  const editor = entry.getByRole("form", { name: `Edit correction on ${seed.title}` });
  await editor.getByLabel("Note").fill("The number of schools was wrong.");
  await editor.getByLabel("Corrected text").fill("The city has 196 schools.");
  await expect(editor.getByLabel("Note")).toHaveValue("The number of schools was wrong.");
  await editor.getByRole("button", { name: "Redraft note from pattern" }).click();
  await expect(editor.getByLabel("Note")).toHaveValue(/\. The city has 196 schools\.$/);
});

test("the article's memo export carries the verdict, people, evidence and published correction", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  const memo = await (await page.request.get(`/api/articles/${seed.articleId}/export/json`)).json();
  expect(memo.claims).toHaveLength(1);
  expect(memo.claims[0]).toMatchObject({
    text: CLAIM_TEXT, status: "approved",
    verdict: { key: "inaccurate", label: "Inaccurate", ratingValue: 1, reviewer: { name: seed.reviewer.name }, approver: { name: seed.approver.name } },
    evidence: [{ url: "https://edu.example/schools", stance: "contradicts" }],
  });
  const response = await page.request.get(`/api/articles/${seed.articleId}/export/jsonld`);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="memo-budget-check-[a-z0-9-]+\.jsonld"/);
  const graph = (await response.json())["@graph"];
  expect(graph[1]).toMatchObject({
    "@type": "ClaimReview", claimReviewed: CLAIM_TEXT,
    reviewRating: { ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "Inaccurate" },
    itemReviewed: { "@type": "Claim", author: { name: "Mayor Ana Lopez" }, appearance: { url: "https://ledger.example/news/budget" } },
  });
  expect((await page.request.get(`/api/articles/${seed.articleId}/export/pdf`)).status()).toBe(404);
});

test("the memo keeps a reviewer's draft out and says why a claim was dismissed", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  const db = testDb();
  // Two more claims on the seeded text: one with a reviewer's unsubmitted draft, one dismissed as opinion.
  const [drafted, opinion] = await insertClaims(db, [
    { articleId: seed.articleId, start: 0, end: 11, exact: "Intro line.", prefix: "", suffix: "", kind: "other", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "manual", status: "in_review", createdById: seed.editor.id },
    { articleId: seed.articleId, start: 12 + CLAIM_TEXT.length + 1, end: 12 + CLAIM_TEXT.length + 7, exact: "Outro.", prefix: "", suffix: "", kind: "opinion", claimant: null, score: 0.5, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: seed.editor.id },
  ]);
  await updateClaimIfVersion(db, { claimId: opinion.id, expectedVersion: opinion.version, patch: { status: "dismissed", dismissReason: "opinion", dismissNote: "A columnist's view." } });
  await db.insert(verdicts).values({ claimId: drafted.id, number: 1, verdictKey: "accurate", state: "draft", rationale: "Unsubmitted draft rationale.", reviewerId: seed.reviewer.id, updatedAt: new Date() });
  await signIn(page, seed.editor);

  const md = await (await page.request.get(`/api/articles/${seed.articleId}/export/markdown`)).text();
  expect(md).not.toContain("Unsubmitted draft rationale.");
  expect(md).toContain("- **Verdict:** No verdict yet (a draft is in progress)");
  expect(md).toContain("- **Dismissed:** opinion — A columnist's view.");
  expect(md).toContain("- Accurate: 0\n");
  const memo = await (await page.request.get(`/api/articles/${seed.articleId}/export/json`)).json();
  expect(memo.version).toBe(7);
  // The dismissed claim is counted apart, not as waiting for a verdict.
  expect(memo.summary.verdicts).toEqual(expect.arrayContaining([{ key: null, label: "Dismissed", count: 1 }]));
  expect(memo.claims.find((c: { id: string }) => c.id === drafted.id)).toMatchObject({ status: "in_review", verdict: null, draftInProgress: true });
  expect(memo.claims.find((c: { id: string }) => c.id === opinion.id)).toMatchObject({ dismissal: { reason: "opinion", note: "A columnist's view." } });
  const graph = (await (await page.request.get(`/api/articles/${seed.articleId}/export/jsonld`)).json())["@graph"];
  expect(graph.filter((n: { "@type": string }) => n["@type"] === "ClaimReview")).toHaveLength(1);
});

test("an empty range exports an empty but valid file; a reversed range is refused", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  const csv = await page.request.get("/api/corrections/export/csv?from=2001-01-01&to=2001-01-31");
  expect(csv.status()).toBe(200);
  expect(parseCsv(await csv.text())).toHaveLength(1);
  const json = await (await page.request.get("/api/corrections/export/json?from=2001-01-01&to=2001-01-31")).json();
  expect(json).toMatchObject({ corrections: [], count: 0 });
  const reversed = await page.request.get("/api/corrections/export/csv?from=2001-02-01&to=2001-01-31");
  expect(reversed.status()).toBe(400);
  expect((await reversed.json()).error).toBe("The start date must not be after the end date.");
});

test("a stale save is refused with a clear conflict message", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  await page.goto(`/corrections/new?claim=${seed.claimId}`);
  await page.getByLabel("Corrected text").fill("196.");
  await page.getByRole("button", { name: "Save draft" }).click();
  const entry = page.getByRole("article", { name: seed.title });
  await entry.getByText("Edit correction").click();
  const id = (await entry.getAttribute("id"))?.replace("correction-", "") ?? "";
  // Someone else saves while this editor still has version 1 open.
  await updateCorrection(testDb(), { correctionId: id, expectedVersion: 1, actorId: seed.approver.id, patch: { note: "Their note." } });
  const editor = entry.getByRole("form", { name: `Edit correction on ${seed.title}` });
  await editor.getByLabel("Note").fill("My note.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("alert")).toContainText("Someone else saved this correction while you were editing it.");
  await expect(editor.getByLabel("Note")).toHaveValue("My note.");
});

test("a reviewer can neither see corrections nor export", async ({ page, playwright }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.reviewer);
  for (const path of ["/corrections", `/corrections/new?claim=${seed.claimId}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  for (const path of [`/api/articles/${seed.articleId}/export/json`, "/api/corrections/export/csv"]) {
    expect((await page.request.get(path)).status()).toBe(403);
  }
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  expect((await anonymous.get("/api/corrections/export/csv")).status()).toBe(401);
  await anonymous.dispose();
});

test("an admin names the newsroom, and exports use it as the ClaimReview author", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "Newsroom" });
  await form.getByLabel("Newsroom URL").fill("not a url");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText("Enter a web address like https://newsroom.example.")).toBeVisible();
  await form.getByLabel("Newsroom name").fill("The Riverside Ledger");
  await form.getByLabel("Newsroom URL").fill("https://ledger.example");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved. Exports now name the newsroom this way; the desk shows times in UTC.");
  const graph = (await (await page.request.get(`/api/articles/${seed.articleId}/export/jsonld`)).json())["@graph"];
  expect(graph[1].author).toEqual({ "@type": "Organization", name: "The Riverside Ledger", url: "https://ledger.example" });
});

test("a log too big for one Word file answers 413 and suggests CSV or JSON", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  // 1990, outside every other test's range, so these rows stay out of their files.
  const base = { articleId: seed.articleId, type: "correction" as const, originalText: "a", correctedText: "b", note: "n", createdById: seed.editor.id, updatedAt: new Date() };
  const rows = Array.from({ length: DOCX_LOG_LIMIT + 1 }, (_, i) => ({ ...base, createdAt: new Date(Date.UTC(1990, 5, 1) + i * 1000) }));
  for (let i = 0; i < rows.length; i += 1000) await testDb().insert(corrections).values(rows.slice(i, i + 1000));
  await signIn(page, seed.editor);
  const docx = await page.request.get("/api/corrections/export/docx?from=1990-01-01&to=1990-12-31");
  expect(docx.status()).toBe(413);
  expect((await docx.json()).error).toMatch(/too many for one Word file.*CSV or JSON/);
  const csv = await page.request.get("/api/corrections/export/csv?from=1990-01-01&to=1990-12-31");
  expect(parseCsv(await csv.text())).toHaveLength(DOCX_LOG_LIMIT + 2);
});

test("the corrections pages have no serious accessibility violations", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  for (const path of [`/corrections/new?claim=${seed.claimId}`, "/corrections"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  }
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem", { name: "Markdown" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  // The log's file holds CorrectionComment items only, and says so; the article's menu keeps "ClaimReview JSON-LD".
  await expect(page.getByRole("menuitem", { name: "JSON-LD (CorrectionComment)" })).toBeFocused();
  await expect(page.getByRole("menuitem", { name: "ClaimReview JSON-LD" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
});

/** Names the newsroom as it already reads (or the placeholder), so the menu's warning about its name is not shown. */
async function nameNewsroom(): Promise<void> {
  await saveNewsroomSettings(testDb(), await getNewsroomSettings(testDb()));
}

test("an article without a Source URL: its Export menu says the ClaimReview will lack the url search engines require", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await nameNewsroom();
  await signIn(page, seed.editor);
  await page.goto(`/articles/${seed.articleId}`);
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem", { name: "ClaimReview JSON-LD" })).not.toHaveAttribute("aria-describedby", /.+/);
  await page.keyboard.press("Escape");
  await testDb().update(articles).set({ sourceUrl: null }).where(eq(articles.id, seed.articleId));
  await page.reload();
  await page.getByRole("button", { name: "Export" }).click();
  await expect(page.getByRole("menuitem", { name: "ClaimReview JSON-LD" })).toHaveAccessibleDescription(/No Source URL: the ClaimReview will have no url/);
});

test("while no administrator has named the newsroom, an editor's Export menu says the ClaimReview's publisher is the placeholder and who can fix it", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  const before = (await isNewsroomNamed(testDb())) ? await getNewsroomSettings(testDb()) : null;
  await testDb().delete(settings).where(eq(settings.key, "newsroom.name"));
  try {
    await signIn(page, seed.editor);
    await page.goto(`/articles/${seed.articleId}`);
    await page.getByRole("button", { name: "Export" }).click();
    const jsonLd = page.getByRole("menuitem", { name: "ClaimReview JSON-LD" });
    await expect(jsonLd).toHaveAccessibleDescription(
      "Newsroom not named yet: the ClaimReview's publisher will be “Our newsroom” at newsroom.example. An administrator can name it in Admin → Newsroom settings.",
    );
    await expect(page.getByRole("menu").getByText("Newsroom not named yet")).toBeVisible();
    // Beside the missing Source URL, both are said.
    await page.keyboard.press("Escape");
    await testDb().update(articles).set({ sourceUrl: null }).where(eq(articles.id, seed.articleId));
    await page.reload();
    await page.getByRole("button", { name: "Export" }).click();
    await expect(jsonLd).toHaveAccessibleDescription(/^No Source URL: .* Newsroom not named yet: /);
    // Named, the warning goes.
    await page.keyboard.press("Escape");
    await nameNewsroom();
    await page.reload();
    await page.getByRole("button", { name: "Export" }).click();
    await expect(jsonLd).toHaveAccessibleDescription(/^No Source URL: [^]*first\.$/);
  } finally {
    // As it was: other tests' exports read the newsroom too.
    if (before) await saveNewsroomSettings(testDb(), before);
    else await testDb().delete(settings).where(eq(settings.key, "newsroom.name"));
  }
});

test("leaving a correction with unsaved words asks first; once saved, nothing asks", async ({ page }) => {
  const seed = await seedApprovedInaccurateClaim();
  await signIn(page, seed.editor);
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const leave = () => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();

  await page.goto(`/corrections/new?claim=${seed.claimId}`);
  await page.getByLabel("Corrected text").fill("The city has 196 schools.");
  await leave();
  await expect.poll(() => asked).toEqual(["This correction is not saved yet. Leave without saving it?"]);
  await expect(page.getByLabel("Corrected text")).toHaveValue("The city has 196 schools.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/corrections\?article=/);

  const entry = page.getByRole("article", { name: seed.title });
  await entry.getByText("Edit correction").click();
  const editor = entry.getByRole("form", { name: `Edit correction on ${seed.title}` });
  await editor.getByLabel("Note").fill("A note not yet saved.");
  await leave();
  await expect.poll(() => asked).toHaveLength(2);
  expect(asked[1]).toBe("This correction has changes that are not saved. Leave without saving them?");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(entry.getByRole("status")).toHaveText("Draft saved.");
  await leave();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  expect(asked).toHaveLength(2);
});
