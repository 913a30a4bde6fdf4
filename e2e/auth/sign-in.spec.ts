import { eq } from "drizzle-orm";
import { assignments, claims } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { makeArticleWithClaims } from "../review/desk";

test("sign in and sign out", async ({ page }) => {
  const editor = await makeUser("editor");
  await signIn(page, editor);
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing in goes back to the page asked for, and never to another site, however the link spells it", async ({ page }) => {
  const editor = await makeUser("editor");
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/sign-in\?from=%2Fqueue/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();

  // Signed in already, a crafted link lands on the desk's own front page.
  for (const from of ["/.//evil.example/phish", "/x/..//evil.example", "//evil.example"]) {
    const response = await page.request.get(`/sign-in?from=${encodeURIComponent(from)}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(307);
    expect(response.headers().location, from).toBe("/");
  }
});

test("a reviewer starts at My queue, an editor at Articles; the desk's name leads back there", async ({ page }) => {
  const reviewer = await makeUser("reviewer");
  await signIn(page, reviewer);
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await page.getByRole("link", { name: "Archive" }).click();
  await page.getByRole("link", { name: "Fact-check desk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await signIn(page, await makeUser("editor"));
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
});

test("a wrong password says so without saying which part was wrong", async ({ page }) => {
  const reviewer = await makeUser("reviewer");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(reviewer.email);

  await page.getByLabel("Email").fill("nobody-here@desk.test");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("a deactivated person cannot sign in, and the claim they held goes back to the pool", async ({ page }) => {
  const admin = await makeUser("admin");
  const leaver = await makeUser("reviewer");
  const article = await makeArticleWithClaims(admin.id, ["Ferry fares rose 12 percent in 2024."]);
  const [claim] = article.claims;
  await testDb().insert(assignments).values({ claimId: claim.id, reviewerId: leaver.id, assignedById: admin.id });
  await testDb().update(claims).set({ status: "assigned" }).where(eq(claims.id, claim.id));
  await signIn(page, admin);
  await page.goto("/admin?status=all");
  const row = page.getByRole("row", { name: new RegExp(leaver.email) });
  await row.getByRole("button", { name: /Deactivate/ }).click();
  const ask = page.getByRole("dialog", { name: `Deactivate ${leaver.name}?` });
  await expect(ask).toContainText(`${leaver.name} holds 1 claim; it goes back to the open pool for reassigning.`);
  await ask.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "is deactivated" })).toHaveText(`${leaver.name} is deactivated. The claim they held is open again, for an editor to assign.`);
  const [after] = await testDb().select({ status: claims.status }).from(claims).where(eq(claims.id, claim.id));
  expect(after.status).toBe("open");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(leaver.email);
  await page.getByLabel("Password").fill(leaver.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
});

test("a forged or garbled session cookie is no session", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.token.here", url: baseURL }]);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});
