import { eq } from "drizzle-orm";
import { assignClaims } from "@/db/queries/assignments";
import { saveVerdict } from "@/db/queries/verdicts";
import { articles, verdicts } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("Waiting for sign-off shows each verdict, puts the one needing a correction first, and shows 50 before Show all", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  // 51 accurate verdicts, long submitted; one inaccurate, just submitted: oldest first alone would bury it.
  const sentences = Array.from({ length: 52 }, (_, i) => `Ferry route ${i + 1} carried ${1000 + i} people (${tag}).`);
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, sentences);
  const db = testDb();
  await assignClaims(db, { claimIds: claims.map((claim) => claim.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  const inaccurate = claims.at(-1)!;
  const source = (n: number) => ({ url: `https://ferries.example/report-${n}`, title: "", publisher: "", quote: "", accessedOn: "2026-01-02", archiveUrl: null, stance: "contradicts" as const });
  for (const [index, claim] of claims.entries()) {
    const last = claim.id === inaccurate.id;
    const content = last ? { verdictKey: "inaccurate", rationale: "The ferry log says otherwise.", evidence: [source(1), source(2)] } : { verdictKey: "accurate", rationale: "Matches the log.", evidence: [source(1)] };
    const saved = await saveVerdict(db, { claimId: claim.id, actorId: reviewer.id, expected: { verdictId: null, version: null }, content, submit: true });
    if (!saved.ok) throw new Error(`could not submit: ${saved.reason}`);
    if (!last) await db.update(verdicts).set({ submittedAt: new Date(Date.UTC(2001, 0, 1, 0, 0, index)) }).where(eq(verdicts.id, saved.verdict.id));
  }

  try {
    await signIn(page, editor);
    await page.goto("/queue");
    const list = page.getByRole("region", { name: "Waiting for sign-off" });
    const rows = list.getByRole("row").filter({ has: page.getByRole("link") });
    await expect(rows).toHaveCount(50);
    const wrong = rows.filter({ hasText: sentences.at(-1)! });
    await expect(wrong.getByRole("cell").nth(1)).toHaveText("Inaccurate2 sources");
    await expect(rows.filter({ hasText: sentences[0] }).getByRole("cell").nth(1)).toHaveText("Accurate1 source");
    // Ahead of every accurate one, however long they have waited.
    const texts = await rows.getByRole("link").allTextContents();
    expect(texts.indexOf(sentences.at(-1)!)).toBeLessThan(texts.indexOf(sentences[0]));

    const showAll = list.getByRole("link", { name: /^Show all \d+$/ });
    const total = Number((await showAll.textContent())?.replace("Show all ", ""));
    expect(total).toBeGreaterThanOrEqual(52);
    await showAll.click();
    await expect(page).toHaveURL(/\/queue\?signoff=all#signoff-heading$/);
    await expect(rows).toHaveCount(total);
    await expect(list.getByRole("link", { name: /^Show all/ })).toHaveCount(0);
  } finally {
    // Spiked, they leave the list, which other specs read from the top.
    await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, articleId));
  }
});
