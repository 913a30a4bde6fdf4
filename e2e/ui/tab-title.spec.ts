import { expect, makeUser, signIn, test } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "../review/desk";

// The title must come with the page, not streamed after it: a streamed title
// went missing for a moment while an action refreshed the page under load.
test("a claim page's tab title is in the page's head as it is sent, and stays through a refresh", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const tag = Date.now().toString(36);
  const article = await makeArticleWithClaims(editor.id, [`Bus fares in Corran rose 12 percent this year (${tag}).`]);
  await signIn(page, editor);

  const html = await (await page.request.get(`/claims/${article.claims[0].id}`)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  expect(head).toMatch(new RegExp(`<title>Claim: Bus fares in Corran[^<]*· Fact-check desk</title>`));

  await page.goto(`/claims/${article.claims[0].id}`);
  // Counts every moment the page is without a title while the comment's refresh lands.
  await page.evaluate(() => {
    const counter = window as unknown as { untitled: number };
    counter.untitled = 0;
    new MutationObserver(() => {
      if (!document.title) counter.untitled += 1;
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole("textbox", { name: /^Comment/ }).fill(`Source is the council's fare table (${tag}).`);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText(`fare table (${tag})`);
  expect(await page.evaluate(() => (window as unknown as { untitled: number }).untitled)).toBe(0);
  await expect(page).toHaveTitle(/^Claim: Bus fares in Corran/);
});
