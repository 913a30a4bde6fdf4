import { createArticle } from "@/db/queries/articles";
import { insertClaims, type NewClaim } from "@/db/queries/claims";
import { verdicts } from "@/db/schema";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";

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
