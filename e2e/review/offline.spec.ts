import { assignClaims } from "@/db/queries/assignments";
import { getWorkingVerdict } from "@/db/queries/verdicts";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { ensureFounder, makeArticleWithClaims } from "./desk";

test("typing while the connection is down is saved when it comes back, without another keystroke", async ({ page, context }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Rents rose 11 percent in a year (${Date.now().toString(36)}).`]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });

  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  await context.setOffline(true);
  await page.getByLabel("Rationale").fill("The statistics office's index shows 8.7 percent, not 11.");
  // Autosave fails: the reviewer is told, the text stays.
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk" })).toBeVisible();
  // Beside Save draft too, where the reviewer's eyes (and a phone's screen) are.
  await expect(page.getByRole("status").filter({ hasText: /^Not saved\. Could not reach the desk/ })).toBeVisible();
  await expect(page.getByLabel("Rationale")).toHaveValue("The statistics office's index shows 8.7 percent, not 11.");
  // Following a link now would lose it: the desk asks first.
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }).click();
  await expect.poll(() => asked).toEqual(["Your verdict has changes that are not saved yet. Leave without saving them?"]);
  await expect(page.getByLabel("Rationale")).toHaveValue("The statistics office's index shows 8.7 percent, not 11.");

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk" })).toHaveCount(0);
  expect((await getWorkingVerdict(testDb(), claims[0].id))?.rationale).toBe("The statistics office's index shows 8.7 percent, not 11.");
});

test("Submit for sign-off pressed while the connection is down says it was not submitted, and still says so once the draft is saved", async ({ page, context }) => {
  await ensureFounder();
  const [editor, reviewer] = [await makeUser("editor"), await makeUser("reviewer")];
  const { claims } = await makeArticleWithClaims(editor.id, [`Fares rose 9 percent (${Date.now().toString(36)}).`]);
  await assignClaims(testDb(), { claimIds: [claims[0].id], reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  await signIn(page, reviewer);
  await page.goto(`/claims/${claims[0].id}`);
  const form = page.getByRole("form", { name: "Verdict form" });
  await page.getByRole("group", { name: "Verdict" }).getByLabel("Inaccurate").check();
  await form.getByLabel("Rationale").fill("The operator's tariff table shows 6 percent.");
  await form.getByRole("button", { name: "Add evidence" }).click();
  await form.getByLabel("Source URL").fill("https://operator.example/tariffs-2026");

  await context.setOffline(true);
  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk, so it was not submitted." })).toBeVisible();
  // Typing on, still offline: the autosave that fails next keeps saying it was not submitted.
  await form.getByLabel("Rationale").fill("The operator's tariff table shows 6 percent, not 9.");
  await expect(form.getByRole("status")).toHaveText(/^Not saved\. Could not reach the desk, so it was not submitted\./);
  await expect(page.getByRole("alert").filter({ hasText: "Could not reach the desk. Your text is still here" })).toHaveCount(0);

  await context.setOffline(false);
  // The retry saves a draft; it does not submit behind the reviewer's back, and it does not pass for a submit.
  await expect(page.getByRole("alert").filter({ hasText: "Your draft is saved, but it was not submitted: press Submit for sign-off again." })).toBeVisible();
  expect((await getWorkingVerdict(testDb(), claims[0].id))?.state).toBe("draft");
  await form.getByRole("button", { name: "Submit for sign-off" }).click();
  await expect(page.getByText("Waiting for sign-off", { exact: true })).toBeVisible();
  expect((await getWorkingVerdict(testDb(), claims[0].id))?.state).toBe("submitted");
});

test("a comment sent while the connection is down stays in its box, with a message, and goes once it is back", async ({ page, context }) => {
  await ensureFounder();
  const editor = await makeUser("editor");
  const { claims } = await makeArticleWithClaims(editor.id, [`Bus use fell 6 percent (${Date.now().toString(36)}).`]);
  await signIn(page, editor);
  await page.goto(`/claims/${claims[0].id}`);
  const box = page.getByRole("textbox", { name: /^Comment \(/ });
  await box.fill("Ask the operator for the ticket counts.");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The desk did not answer" })).toBeVisible();
  await expect(box).toHaveValue("Ask the operator for the ticket counts.");

  await context.setOffline(false);
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Ask the operator for the ticket counts.");
  await expect(box).toHaveValue("");
});

test("a form sent while the connection is down keeps its fields (Add a person)", async ({ page, context }) => {
  await signIn(page, await makeUser("admin"));
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Add a person" });
  const email = `offline-${Date.now().toString(36)}@desk.test`;
  await form.getByLabel("Name").fill("Olu Offline");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("Initial password").fill("offline-password-1");

  await context.setOffline(true);
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(form.getByRole("alert")).toContainText("The desk did not answer");
  await expect(form.getByLabel("Name")).toHaveValue("Olu Offline");
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await expect(form.getByLabel("Role")).toHaveValue("editor");

  await context.setOffline(false);
  await form.getByLabel("Initial password").fill("offline-password-1");
  await form.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Olu Offline can now sign in as editor.");
});

test("signing in while the connection is down says so and keeps the e-mail", async ({ page, context }) => {
  const reviewer = await makeUser("reviewer");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill(reviewer.password);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The desk did not answer" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(reviewer.email);
  await context.setOffline(false);
  await page.getByLabel("Password").fill(reviewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
});
