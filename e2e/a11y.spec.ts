import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, makeUser, signIn, test } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("sign-in, articles and admin pages have no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  expect(await seriousViolations(page)).toEqual([]);
  await signIn(page, await makeUser("admin"));
  await page.goto("/articles");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin");
  expect(await seriousViolations(page)).toEqual([]);
});
