import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { seriousViolations } from "./axe";
import { expect, makeUser, signIn, test, testDb } from "./fixtures";

test("sign-in, articles, admin, account, settings, claim finder, activity, dashboard and archive pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, await makeUser("admin"));
  await page.goto("/articles");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin");
  expect(await seriousViolations(page)).toEqual([]);
  // A role picked but not saved yet: its Save role button shows.
  const role = page.getByRole("combobox", { name: /^Role for/ }).last();
  await role.selectOption((await role.inputValue()) === "editor" ? "reviewer" : "editor");
  await expect(page.getByRole("button", { name: /^Save role for/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: /^Reset password for/ }).first().click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: /^Mark away/ }).first().click();
  await expect(page.getByRole("form", { name: /^Away: / })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/account");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/settings");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/claim-finder");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/activity");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/dashboard");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/archive");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/archive?q=bridge");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the article workspace and a claim page have no serious accessibility violations", async ({ page }) => {
  const editor = await makeUser("editor");
  const text = "The bridge will cost $48.5 million, the council said.\n\nI think it will be beautiful.";
  const { id } = await createArticle(testDb(), { title: "A11y article", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(text)), bodyText: text, authorId: editor.id });
  const [claim] = await insertClaims(testDb(), [{ articleId: id, start: 0, end: 35, exact: text.slice(0, 35), prefix: "", suffix: "", kind: "statistic", claimant: "the council", score: 0.9, checkworthy: true, reasons: ["money: $48.5 million"], origin: "suggested", status: "open", createdById: editor.id }]);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  await expect(page.locator("mark.claim-hl")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Spike", exact: true }).click();
  await expect(page.getByRole("form", { name: "Spike this article" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("form", { name: "Spike this article" }).getByRole("button", { name: "Cancel" }).click();
  await page.goto(`/claims/${claim.id}`);
  expect(await seriousViolations(page)).toEqual([]);
});

test("on a phone every section of the bar is in sight and no page scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, await makeUser("admin"));
  for (const path of ["/articles", "/queue", "/dashboard", "/admin", "/corrections"]) {
    await page.goto(path);
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375, `${await link.textContent()} on ${path}`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

test("the first Tab on a desk page offers a way past the navigation, straight to the page", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the page" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  // The next Tab lands in the page, not back in the navigation.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).locator(":focus")).toHaveCount(0);
});
