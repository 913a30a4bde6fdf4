import { assignClaims } from "@/db/queries/assignments";
import { askForMoreTime } from "@/db/queries/more-time";
import { formatDateTime } from "@/lib/time/format";
import { seriousViolations } from "../axe";
import { expect, makeUser, signIn, signOut, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

// The browser and the desk both keep UTC here, so a datetime-local value is an ISO time's first 16 characters.
test.use({ timezoneId: "UTC" });

const HOUR = 60 * 60 * 1000;
const minute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);
const localValue = (date: Date) => date.toISOString().slice(0, 16);

test("a reviewer asks for more time; another editor finds it on the Dashboard and grants it; the due time moves and the reviewer is told", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const assigner = await makeUser("editor");
  const desk = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentence = `Ferry fares rose 9 percent this year (${tag}).`;
  const due = minute(Date.now() + 3 * HOUR);
  const until = new Date(due.getTime() + 24 * HOUR);
  const { claims } = await makeArticleWithClaims(assigner.id, [sentence], new Date(Date.now() + 12 * HOUR));
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: assigner.id, dueAt: due, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  await page.getByText("Need more time? Ask for it").click();
  const form = page.getByRole("form", { name: "Ask for more time" });
  // A day after the current due time is offered.
  await expect(form.getByLabel("Until")).toHaveValue(localValue(until));
  await form.getByRole("button", { name: "Ask for more time" }).click();
  await expect(form.getByRole("alert")).toHaveText("Say why, so the editor can weigh it.");
  await form.getByLabel("Until").fill(localValue(new Date(due.getTime() - HOUR)));
  await form.getByLabel(/^Why/).fill("The port authority sends the fare tables tomorrow morning.");
  await form.getByRole("button", { name: "Ask for more time" }).click();
  await expect(form.getByRole("alert")).toHaveText("Choose a time later than the claim is due now.");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByLabel("Until").fill(localValue(until));
  await form.getByRole("button", { name: "Ask for more time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You asked for" })).toHaveText(
    `You asked for until ${formatDateTime(until, "UTC")} (“The port authority sends the fare tables tomorrow morning.”). The due time changes when an editor grants it.Change the request`,
  );
  await expect(form).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }).click();
  await expect(page.getByRole("row", { name: new RegExp(tag) })).toContainText(`More time asked: until ${formatDateTime(until, "UTC")}`);

  // Any editor may answer, not only the one who assigned it.
  await signOut(page);
  await signIn(page, desk);
  await page.goto("/dashboard");
  const row = page.getByRole("region", { name: "Needs attention" }).getByRole("row", { name: new RegExp(tag) });
  await expect(row).toContainText("Asks for more time");
  await expect(row).toContainText(formatDateTime(until, "UTC"));
  await row.getByRole("link", { name: `Answer the request for more time on “${sentence}”` }).click();
  const ask = page.getByRole("region", { name: `${reviewer.name} asks for more time` });
  await expect(ask).toContainText(`Until ${formatDateTime(until, "UTC")} (24 hours more): “The port authority sends the fare tables tomorrow morning.”`);
  await expect(ask.getByRole("note")).toHaveText("That is after the article's publish deadline.");
  expect(await seriousViolations(page)).toEqual([]);
  await ask.getByLabel(`Note for ${reviewer.name}`).fill("Fine, but file by noon.");
  await ask.getByRole("button", { name: "Grant more time" }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByText(formatDateTime(until, "UTC"), { exact: true })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(`${reviewer.name} asked for more time, until ${formatDateTime(until, "UTC")}`);
  await expect(history).toContainText(`${desk.name} granted more time: now due ${formatDateTime(until, "UTC")}`);
  await expect(history).toContainText("Fine, but file by noon.");

  await signOut(page);
  await signIn(page, reviewer);
  await page.goto("/notifications");
  await page.getByRole("link", { name: `${desk.name} gave you the time you asked for (“Fine, but file by noon.”): ${sentence}` }).click();
  await expect(page.getByText("Need more time? Ask for it")).toBeVisible();
  await expect(page.getByText(formatDateTime(until, "UTC"), { exact: true })).toBeVisible();
});

test("an answer to a request the reviewer changed meanwhile changes nothing, says why, and keeps the editor's note", async ({ page }) => {
  await ensureFounder();
  const tag = Date.now().toString(36);
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  const sentence = `Bus routes fell from 40 to 31 (${tag}).`;
  const due = minute(Date.now() + 3 * HOUR);
  const first = new Date(due.getTime() + 4 * HOUR);
  const second = new Date(due.getTime() + 30 * HOUR);
  const { claims } = await makeArticleWithClaims(editor.id, [sentence]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: due, priority: "normal", note: "" });
  expect(await askForMoreTime(testDb(), { claimId: claims[0].id, actorId: reviewer.id, until: first, reason: "The operator answers tonight" })).toMatchObject({ ok: true });

  await signIn(page, editor);
  await page.goto(`/claims/${claims[0].id}`);
  const ask = page.getByRole("region", { name: `${reviewer.name} asks for more time` });
  await expect(ask).toContainText(`Until ${formatDateTime(first, "UTC")}`);
  // Meanwhile the reviewer asks for longer.
  expect(await askForMoreTime(testDb(), { claimId: claims[0].id, actorId: reviewer.id, until: second, reason: "The operator wants a day" })).toMatchObject({ ok: true });
  await ask.getByLabel(`Note for ${reviewer.name}`).fill("Four hours, no more.");
  await ask.getByRole("button", { name: "Grant more time" }).click();
  await expect(ask.getByRole("alert")).toHaveText("The reviewer changed their request since you opened it. Here it is as it stands now.");
  await expect(ask).toContainText(`Until ${formatDateTime(second, "UTC")}`);
  await expect(ask.getByLabel(`Note for ${reviewer.name}`)).toHaveValue("Four hours, no more.");
  // The due time did not move.
  await expect(page.getByText(formatDateTime(due, "UTC"), { exact: true })).toBeVisible();

  await ask.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Declined" })).toHaveText("Declined: the due time stands. The reviewer has been told.");
  await expect(ask).toHaveCount(0);
});
