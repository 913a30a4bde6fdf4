import { expect, makeUser, signIn, test } from "../fixtures";
import { pasteHtml, selectInEditor } from "./editor-helpers";

test("right-to-left text and emoji: a marked claim's highlight lands on exactly its characters, across an edit", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("RTL and emoji");
  await pasteHtml(page, "<p>👋🏽 Intro line with 🇺🇸 flags.</p><p>הממשלה אישרה תקציב של 5 מיליארד שקל 💰 ביום שלישי.</p><p>Closing line.</p>");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);

  // Each paragraph runs in its own direction: the Hebrew one from the right edge, the English ones from the left.
  const paragraphs = page.getByRole("textbox", { name: "Article text" }).locator("p");
  const sides = await paragraphs.evaluateAll((ps) =>
    ps.map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      const box = p.getBoundingClientRect();
      return text.right > box.right - 2 && text.left > box.left + 20 ? "right" : "left";
    }),
  );
  expect(sides).toEqual(["left", "right", "left"]);

  const phrase = "תקציב של 5 מיליארד שקל 💰";
  await selectInEditor(page, phrase);
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expect(page.locator("mark.claim-hl")).toHaveText(phrase);

  // An edit before it (more emoji) moves the claim; the highlight follows exactly.
  await selectInEditor(page, "Intro");
  await page.keyboard.type("🎉🎉 Intro");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("status")).toContainText("Saved revision 2");
  await page.reload();
  await expect(page.locator("mark.claim-hl")).toHaveText(phrase);

  // The two revisions compare word by word.
  await page.getByRole("link", { name: "Compare revisions" }).click();
  await expect(page.getByRole("heading", { name: "Compare revisions" })).toBeVisible();
  await expect(page.locator(".diff ins")).toContainText("🎉🎉");
});
