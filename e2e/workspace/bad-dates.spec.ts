import { getClaim } from "@/db/queries/claims";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "../review/desk";
import { pasteHtml } from "./editor-helpers";

// A datetime-local field takes years up to 275760; a tired editor typing a year gets five digits.
const FIVE_DIGIT_YEAR = "20266-03-01T10:00";

test("a publish deadline with a five-digit year is refused next to the field, and the title and text stay", async ({ page }) => {
  await signIn(page, await makeUser("editor"));
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Harbour dues");
  await pasteHtml(page, "<p>The harbour board raised mooring dues by 8 percent in 2025.</p>");
  await page.getByLabel("Publish deadline").fill(FIVE_DIGIT_YEAR);
  await page.getByRole("button", { name: "Save article" }).click();

  const deadline = page.getByLabel("Publish deadline");
  await expect(deadline).toHaveAttribute("aria-invalid", "true");
  await expect(deadline).toHaveAccessibleDescription(/Enter a date and time that exists, with a four-digit year\./);
  await expect(page.getByText("could not reach the server")).toHaveCount(0);
  await expect(page).toHaveURL(/\/articles\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue("Harbour dues");
  await expect(page.getByRole("textbox", { name: "Article text" })).toContainText("raised mooring dues by 8 percent");

  await deadline.fill("2030-03-01T10:00");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
});

test("a due time with a five-digit year is refused next to Due; the claim is not assigned without one", async ({ page }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentence = `Ferry fares rose 6 percent (${Date.now().toString(36)}).`;
  const { id, claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await signIn(page, editor);
  await page.goto(`/articles/${id}`);
  const panel = page.getByRole("region", { name: "Assign claims" });
  await panel.getByRole("checkbox", { name: sentence }).check();
  await panel.getByRole("combobox", { name: "Reviewer" }).selectOption(reviewer.id);
  await panel.getByLabel("Due").fill(FIVE_DIGIT_YEAR);
  await panel.getByRole("button", { name: "Assign", exact: true }).click();

  await expect(panel.getByLabel("Due")).toHaveAccessibleDescription(/Enter a due date and time\./);
  await expect(panel.getByLabel("Due")).toBeFocused();
  expect((await getClaim(testDb(), claims[0].id))?.status).toBe("open");
});
