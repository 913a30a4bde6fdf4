import type { Page } from "@playwright/test";
import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** A reviewer on a claim of her own, with one evidence item added. */
async function onForm(page: Page, tag: string) {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Water bills rose 14 percent (${tag}-${Date.now().toString(36)}).`]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  const form = page.getByRole("form", { name: "Verdict form" });
  await form.getByRole("button", { name: "Add evidence" }).click();
  return { form, claimId: claims[0].id };
}

async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+V");
}

test("a cleared date on one source does not stop the rest of the draft from saving; a submit asks for it", async ({ page }) => {
  const { form, claimId } = await onForm(page, "date");
  await form.getByLabel("Date accessed").fill("");
  await form.getByLabel("Rationale").fill("The regulator's annual report gives 9 percent.");
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("status")).toHaveText("Draft saved.");
  expect((await getWorkingVerdict(testDb(), claimId))?.rationale).toBe("The regulator's annual report gives 9 percent.");

  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(form.getByText("Enter the date you read the source (a date that exists: 29 February only in a leap year).")).toBeVisible();
});

test("a paste longer than a field holds says what was left out, in the rationale and in a source's fields", async ({ page }) => {
  const { form } = await onForm(page, "paste");
  await form.getByLabel("Rationale").click();
  await paste(page, "x".repeat(20_500));
  await expect(form.getByLabel("Rationale")).toHaveValue("x".repeat(20_000));
  await expect(form.getByRole("alert").filter({ hasText: "This field holds at most 20,000 characters, so the last 500 of what you pasted were left out." })).toBeVisible();

  await form.getByLabel("Title").click();
  await paste(page, "T".repeat(520));
  await expect(form.getByRole("alert").filter({ hasText: "This field holds at most 500 characters, so the last 20 of what you pasted were left out." })).toBeVisible();
});

test("the Publisher the form filled in follows a corrected address; one the reviewer typed stays", async ({ page }) => {
  const { form } = await onForm(page, "publisher");
  const url = form.getByLabel("Source URL");
  const publisher = form.getByLabel("Publisher");
  await url.fill("https://www.bbc.co.uk/news/wrong-story");
  await url.blur();
  await expect(publisher).toHaveValue("bbc.co.uk");
  await url.fill("https://www.ons.gov.uk/economy/water-2026");
  await url.blur();
  await expect(publisher).toHaveValue("ons.gov.uk");

  await publisher.fill("Office for National Statistics");
  await url.fill("https://www.ofwat.gov.uk/bills");
  await url.blur();
  await expect(publisher).toHaveValue("Office for National Statistics");
});
