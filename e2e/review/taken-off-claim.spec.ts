import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { assignClaims } from "@/db/queries/assignments";
import { spikeArticle } from "@/db/queries/spike";
import { updateUser } from "@/db/queries/users";
import { articles } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb, type TestUser } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

/** A reviewer at work on a claim of their own, with a draft saved: the page the desk then changes under her. */
async function atWork(page: Page, tag: string) {
  const founder = await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const sentence = `Rents rose 12 percent in the city (${tag}-${Date.now().toString(36)}).`;
  const { id: articleId, claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByLabel("Rationale").fill("The housing survey says 12.4 percent.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  return { founder, editor, reviewer, articleId, claimId: claims[0].id, form };
}

/** Types more after the change; the autosave is refused, and the form must say why. */
async function typeMore(page: Page) {
  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByLabel("Rationale").fill("The housing survey says 12.4 percent, table 3.");
  await form.getByLabel("Rationale").blur();
}

async function expectStoppedWithTextKept(page: Page) {
  const form = page.getByRole("form", { name: "Verdict form" });
  await expect(form.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(form.getByRole("button", { name: "Submit for sign-off" })).toHaveCount(0);
  await expect(form.getByLabel("Rationale")).toHaveValue("The housing survey says 12.4 percent, table 3.");
  await expect(form.getByLabel("Rationale")).not.toBeEditable();
  // The notice says it all: no second line under the form repeats it.
  await expect(form.getByRole("status")).toHaveText("");
  await form.getByRole("button", { name: "Copy my text" }).click();
  await expect(form.getByText("Copied. Paste it wherever you need it.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Rationale:\nThe housing survey says 12.4 percent, table 3.");
}

/** The page's watcher asks (as when the tab comes back) and is told the claim is not open to her; the page has rendered what it does about it. */
async function watcherHearsGone(page: Page) {
  const refused = page.waitForResponse((response) => response.url().includes("/changes?") && response.status() === 404);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await refused;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a claim reassigned while its holder types: the form stops saving, says so, keeps her text and offers My queue", async ({ page }) => {
  const { editor, claimId } = await atWork(page, "reassigned");
  const other: TestUser = await makeUser("reviewer");
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: other.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await typeMore(page);
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This claim was taken off you" }) });
  await expect(notice).toContainText("copy it if you need it");
  await expectStoppedWithTextKept(page);
  // The page's watcher hears it too, and leaves the telling to the form: one message, not two.
  await watcherHearsGone(page);
  await expect(page.getByText(/no longer open to you/)).toHaveCount(0);

  // Leaving asks first: what she typed since exists only here.
  page.once("dialog", (dialog) => void dialog.accept());
  await notice.getByRole("link", { name: "Go to My queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible();
});

test("a claim reassigned while its holder reads: the page's watcher hears first, and the form alone says so", async ({ page }) => {
  const { editor, claimId, form } = await atWork(page, "watched");
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: (await makeUser("reviewer")).id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await watcherHearsGone(page);
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This claim is no longer open to you" }) });
  await expect(notice).toContainText("It may have been reassigned, or its article spiked or removed");
  await expect(page.getByText(/no longer open to you/)).toHaveCount(1);
  await expect(form.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expect(form.getByLabel("Rationale")).toHaveValue("The housing survey says 12.4 percent.");
  await expect(notice.getByRole("button", { name: "Copy my text" })).toBeVisible();
});

test("the reviewer a claim is reassigned to sees whose draft the form starts from", async ({ page, browser }) => {
  const { editor, reviewer, claimId } = await atWork(page, "started-by");
  const next = await makeUser("reviewer");
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: next.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, next);
  await theirs.goto(`/claims/${claimId}`);
  const note = theirs.getByRole("note").filter({ hasText: `Started by ${reviewer.name}` });
  await expect(note).toContainText("from your next save this verdict is recorded as yours");
  await expect(theirs.getByRole("form", { name: "Verdict form" }).getByLabel("Rationale")).toHaveValue("The housing survey says 12.4 percent.");
  await theirs.context().close();
});

test("a claim whose article was spiked while its holder types: the form says the article was spiked", async ({ page }) => {
  const { editor, articleId } = await atWork(page, "spiked");
  const [article] = await testDb().select({ version: articles.version }).from(articles).where(eq(articles.id, articleId));
  expect(await spikeArticle(testDb(), { articleId, expectedVersion: article.version, reason: "", actorId: editor.id })).toMatchObject({ ok: true });

  await typeMore(page);
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This claim's article was spiked" }) });
  await expect(notice.getByRole("link", { name: "Go to My queue" })).toBeVisible();
  await expectStoppedWithTextKept(page);
});

test("a reviewer deactivated while she types is told her account is closed, not to sign in again", async ({ page }) => {
  const { founder, reviewer } = await atWork(page, "deactivated");
  await updateUser(testDb(), { userId: reviewer.id, actorId: founder, active: false });

  await typeMore(page);
  const notice = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Your account has been deactivated" }) });
  await expect(notice).toContainText("copy it if you need it");
  await expect(page.getByText(/Sign in again/)).toHaveCount(0);
  // My queue would only send her to sign in.
  await expect(notice.getByRole("link", { name: "Go to My queue" })).toHaveCount(0);
  await expectStoppedWithTextKept(page);
});

test("a reviewer deactivated before she presses Submit is told her account is closed, not that her session ended", async ({ page }) => {
  const { founder, reviewer, form } = await atWork(page, "deactivated-submit");
  await updateUser(testDb(), { userId: reviewer.id, actorId: founder, active: false });

  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByText("Your account has been deactivated, so you can no longer save on the desk. This did not go through.")).toBeVisible();
  await expect(page.getByText(/Your session has ended/)).toHaveCount(0);
});
