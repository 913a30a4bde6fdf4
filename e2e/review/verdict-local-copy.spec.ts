import type { BrowserContext, Page } from "@playwright/test";
import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb, type TestUser } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

const SAVED = "The housing survey says 12.4 percent.";
const UNSAVED = "The housing survey says 12.4 percent, table 3, not 11.";

async function assign(claimId: string, reviewer: TestUser, editor: TestUser) {
  await assignClaims(testDb(), { claimIds: [claimId], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
}

/** Goes to the claim (or reloads it) and waits until the form runs in the browser, having read this computer's copy. */
async function openClaim(page: Page, claimId: string, go: () => Promise<unknown> = () => page.goto(`/claims/${claimId}`)) {
  await go();
  const form = page.getByRole("form", { name: "Verdict form" });
  await expect(form).toHaveAttribute("data-live", "true");
  return form;
}

/**
 * A reviewer with a draft saved types more while the connection is down, then
 * the tab is killed (no prompt, as with a crash or a flat battery): the only
 * place her words are is this computer. Back online, on a new page.
 */
async function typedThenTabKilled(page: Page, context: BrowserContext, tag: string) {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Rents rose 11 percent in a year (${tag}-${Date.now().toString(36)}).`]);
  const claimId = claims[0].id;
  await assign(claimId, reviewer, editor);
  await signIn(page, reviewer);
  const form = await openClaim(page, claimId);
  await form.getByLabel("Rationale").fill(SAVED);
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");

  await context.setOffline(true);
  await form.getByLabel("Rationale").fill(UNSAVED);
  // The autosave has run (and could not reach the desk): well past the moment the copy is written.
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk" })).toBeVisible();
  // A killed tab sends nothing more. A closed one still runs its last handlers (the
  // field's blur, "online" as Playwright lets go of it and of its offline emulation),
  // whose save then reaches the desk: the page's own requests are cut off first.
  await page.evaluate(() => {
    window.fetch = () => Promise.reject(new TypeError("Failed to fetch"));
  });
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);
  expect((await getWorkingVerdict(testDb(), claimId))?.rationale).toBe(SAVED);

  const next = await context.newPage();
  return { page: next, claimId, editor, reviewer };
}

test("typing a closed tab never saved is offered back; Restore puts it in the form, and it saves", async ({ page: first, context }) => {
  const { page, claimId } = await typedThenTabKilled(first, context, "restore");
  const form = await openClaim(page, claimId);
  const offer = form.getByRole("region", { name: "Unsaved text on this computer" });
  await expect(offer).toContainText(/^Unsaved text from .+ was found on this computer\./);
  // Offered, never put over what the desk has.
  await expect(form.getByLabel("Rationale")).toHaveValue(SAVED);

  await offer.getByRole("button", { name: "Restore it" }).click();
  await expect(offer).toHaveCount(0);
  await expect(form.getByLabel("Rationale")).toHaveValue(UNSAVED);
  await expect(form.getByLabel("Rationale")).toBeFocused();
  // Restored text autosaves like any typing.
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  expect((await getWorkingVerdict(testDb(), claimId))?.rationale).toBe(UNSAVED);

  // Saved, so this computer keeps nothing to offer.
  await openClaim(page, claimId, () => page.reload());
  await expect(form.getByLabel("Rationale")).toHaveValue(UNSAVED);
  await expect(form.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expect(form.getByRole("region", { name: "Unsaved text on this computer" })).toHaveCount(0);
});

test("a kept copy is offered only to the person who typed it; Discard drops it and the desk's text stays", async ({ page: first, context }) => {
  const { page, claimId, editor, reviewer } = await typedThenTabKilled(first, context, "discard");

  // The claim passes to a colleague on the same computer: her text is not offered to him.
  const colleague = await makeUser("reviewer");
  await assign(claimId, colleague, editor);
  await context.clearCookies();
  await signIn(page, colleague);
  let form = await openClaim(page, claimId);
  await expect(form.getByLabel("Rationale")).toHaveValue(SAVED);
  await expect(form.getByRole("region", { name: "Unsaved text on this computer" })).toHaveCount(0);

  await assign(claimId, reviewer, editor);
  await context.clearCookies();
  await signIn(page, reviewer);
  form = await openClaim(page, claimId);
  const offer = form.getByRole("region", { name: "Unsaved text on this computer" });
  await expect(offer).toContainText("was found on this computer");
  await offer.getByRole("button", { name: "Discard it" }).click();
  await expect(offer).toHaveCount(0);
  await expect(form.getByLabel("Rationale")).toHaveValue(SAVED);

  await openClaim(page, claimId, () => page.reload());
  await expect(form.getByLabel("Rationale")).toHaveValue(SAVED);
  await expect(form.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expect(form.getByRole("region", { name: "Unsaved text on this computer" })).toHaveCount(0);
  expect((await getWorkingVerdict(testDb(), claimId))?.rationale).toBe(SAVED);
});

test("a refused submit's errors stay on their evidence item when one before it is removed, and through the autosave after", async ({ page }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Fares rose 9 percent (errors-${Date.now().toString(36)}).`]);
  await assign(claims[0].id, reviewer, editor);
  await signIn(page, reviewer);
  const form = await openClaim(page, claims[0].id);
  const item = (n: number) => form.getByRole("group", { name: `Evidence ${n}`, exact: true });
  const future = "The date you read the source cannot be in the future.";
  const badAddress = "Enter the source's web address, starting with https://.";

  await page.getByRole("group", { name: "Verdict" }).getByLabel("Inaccurate").check();
  await form.getByLabel("Rationale").fill("The operator's tariff table shows 6 percent.");
  for (let n = 0; n < 3; n += 1) await form.getByRole("button", { name: "Add evidence" }).click();
  await item(1).getByLabel("Source URL").fill("https://operator.example/tariffs");
  await item(2).getByLabel("Source URL").fill("the operator's website");
  await item(2).getByLabel("Date accessed").fill("2099-01-01");
  await item(3).getByLabel("Source URL").fill("https://council.example/fares");
  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(item(2).getByText(future)).toBeVisible();
  await expect(item(2).getByText(badAddress)).toBeVisible();

  await item(1).getByRole("button", { name: "Remove evidence 1" }).click();
  await expect(item(3)).toHaveCount(0);
  // Read in the very render that removed it (no waiting): the item that moved up into
  // second place has no error, the one that had them still has them.
  expect(await item(2).getByText(future).count()).toBe(0);
  expect(await item(2).getByLabel("Source URL").getAttribute("aria-invalid")).toBeNull();
  await expect(item(1).getByLabel("Source URL")).toHaveValue("the operator's website");
  await expect(item(1).getByText(future)).toBeVisible();
  await expect(item(1).getByText(badAddress)).toBeVisible();

  // The removal autosaves; a draft has no date rule, and the date was left alone: its error stays.
  await expect(form.getByRole("status")).toContainText("Draft saved.");
  await expect(item(1).getByText(future)).toBeVisible();
  await expect(item(1).getByLabel("Date accessed")).toHaveAttribute("aria-invalid", "true");
  // Changed, it is the reviewer's to check again: the error goes.
  await item(1).getByLabel("Date accessed").fill("2026-01-05");
  await expect(item(1).getByText(future)).toHaveCount(0);
  await expect(item(1).getByText(badAddress)).toBeVisible();
});
