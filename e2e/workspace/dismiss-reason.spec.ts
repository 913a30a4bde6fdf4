import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { claims } from "@/db/schema";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

/** An article whose sentences are claim finder suggestions, opened by a new editor: the claims list. */
async function articleWithSuggestions(page: Page, sentences: string[]) {
  const editor = await makeUser("editor");
  const bodyText = sentences.join("\n\n");
  const { id } = await createArticle(testDb(), { title: `Dismissals ${Date.now().toString(36)}`, byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(bodyText)), bodyText, authorId: editor.id });
  const rows = await insertClaims(
    testDb(),
    sentences.map((exact) => {
      const start = bodyText.indexOf(exact);
      return { articleId: id, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.8, checkworthy: true, reasons: ["number"], origin: "suggested" as const, status: "proposed" as const, createdById: editor.id };
    }),
  );
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  return { list: page.getByRole("region", { name: "Claims", exact: true }), rows };
}

test("a dismissal needs a chosen reason; Other takes an optional note", async ({ page }) => {
  const sentence = "The library lent 12,400 books last year.";
  const { list, rows } = await articleWithSuggestions(page, [sentence]);
  const card = list.getByRole("listitem").filter({ hasText: sentence });

  await card.getByRole("button", { name: "Dismiss" }).click();
  const reason = card.getByLabel("Reason", { exact: true });
  // Nothing is chosen for the editor.
  await expect(reason).toHaveValue("");
  await expect(reason.locator("option:checked")).toHaveText("Choose a reason…");
  await card.getByRole("button", { name: "Confirm dismissal" }).click();
  await expect(card.getByText("Choose a reason for dismissing this claim.")).toBeVisible();
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(card.getByLabel("Note (optional)")).toHaveCount(0);

  await reason.selectOption("other");
  await expect(card.getByText("Choose a reason for dismissing this claim.")).toHaveCount(0);
  await card.getByLabel("Note (optional)").fill("Wire copy, checked by the agency");
  await card.getByRole("button", { name: "Confirm dismissal" }).click();
  await expect(page.getByRole("status")).toHaveText(`Dismissed “${sentence}” as other.`);
  await expect.poll(async () => (await testDb().select().from(claims).where(eq(claims.id, rows[0].id)))[0]).toMatchObject({ status: "dismissed", dismissReason: "other", dismissNote: "Wire copy, checked by the agency" });

  // A slip is one click from undone: the suggestion comes back as a suggestion.
  await expect(card).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toHaveText(`Brought back “${sentence}”`);
  await expect(card.getByText("Suggested", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Accept" })).toBeVisible();
});

test("an earlier error gives way to the next action's confirmation", async ({ page }) => {
  const sentences = ["The pool has 3 lanes.", "The rink opened in 1998."];
  const { list } = await articleWithSuggestions(page, sentences);
  await expect(list.getByRole("listitem")).toHaveCount(2);

  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Select a passage" })).toHaveText("Select a passage in the article first.");
  await list.getByRole("listitem").filter({ hasText: sentences[0] }).getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("status")).toHaveText(`Accepted “${sentences[0]}”`);
  await expect(page.getByText("Select a passage in the article first.")).toHaveCount(0);

  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Select a passage" })).toBeVisible();
  await page.getByRole("button", { name: /^Accept all suggested/ }).click();
  await expect(page.getByRole("status")).toHaveText("Accepted 1 suggested claim.");
  await expect(page.getByText("Select a passage in the article first.")).toHaveCount(0);
});
