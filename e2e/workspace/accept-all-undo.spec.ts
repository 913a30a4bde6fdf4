import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { decideClaim } from "@/db/queries/curation";
import { claims } from "@/db/schema";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

const SENTENCES = ["The pool has 3 lanes.", "The rink opened in 1998.", "The library lent 12,400 books last year."];

/** An article whose sentences are claim finder suggestions, opened by a new editor. */
async function articleWithSuggestions(page: Page) {
  const editor = await makeUser("editor");
  const bodyText = SENTENCES.join("\n\n");
  const { id } = await createArticle(testDb(), { title: `Accept all ${Date.now().toString(36)}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const rows = await insertClaims(
    testDb(),
    SENTENCES.map((exact) => {
      const start = bodyText.indexOf(exact);
      return { articleId: id, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.8, checkworthy: true, reasons: ["number"], origin: "suggested" as const, status: "proposed" as const, createdById: editor.id };
    }),
  );
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const list = page.getByRole("region", { name: "Claims", exact: true });
  return { editor, rows, list, badges: (label: string) => list.getByRole("listitem").getByText(label, { exact: true }) };
}

test("Undo after Accept all suggested puts every one of them back among the suggestions", async ({ page }) => {
  const { badges } = await articleWithSuggestions(page);
  await expect(badges("Suggested")).toHaveCount(3);

  await page.getByRole("button", { name: "Accept all suggested (3)" }).click();
  await expect(page.getByRole("status")).toHaveText("Accepted 3 suggested claims.");
  await expect(badges("Open")).toHaveCount(3);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toHaveText("Put 3 claims back among the suggestions.");
  await expect(badges("Suggested")).toHaveCount(3);
  await expect(badges("Open")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Accept all suggested (3)" })).toBeVisible();
});

test("a claim decided after Accept all stays as it is, and the Undo names it", async ({ page }) => {
  const { editor, rows, badges } = await articleWithSuggestions(page);
  await page.getByRole("button", { name: "Accept all suggested (3)" }).click();
  await expect(page.getByRole("status")).toHaveText("Accepted 3 suggested claims.");

  // Meanwhile (another window, another editor) the rink claim is dismissed.
  const [rink] = await testDb().select().from(claims).where(eq(claims.id, rows[1].id));
  expect(await decideClaim(testDb(), { claimId: rink.id, expectedVersion: rink.version, decision: "dismiss", reason: "opinion", actorId: editor.id })).toMatchObject({ ok: true });

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toHaveText(`Put 2 claims back among the suggestions. 1 could not be undone, as it changed since: “${SENTENCES[1]}”.`);
  await expect(badges("Suggested")).toHaveCount(2);
  await expect.poll(async () => (await testDb().select().from(claims).where(eq(claims.id, rink.id)))[0].status).toBe("dismissed");
});
