import { readFileSync } from "node:fs";
import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { updateUser } from "@/db/queries/users";
import { auditEvents } from "@/db/schema";
import { expect, makeUser, signIn, test, testDb } from "../fixtures";
import { makeArticleWithClaims } from "../review/desk";

test("editors read who did what on the Activity page; people and access are for administrators", async ({ page }) => {
  const editor = await makeUser("editor", `Edna ${Date.now().toString(36)}`);
  const admin = await makeUser("admin");
  const title = `Activity check ${Date.now().toString(36)}`;
  const article = await createArticle(testDb(), { title, byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "The council spent $3 million.", authorId: editor.id });
  const reviewer = await makeUser("reviewer");
  await updateUser(testDb(), { userId: reviewer.id, role: "editor", actorId: admin.id });

  await signIn(page, editor);
  await page.getByRole("link", { name: "Dashboard" }).click();
  const latest = page.getByRole("region", { name: "Latest activity" });
  await expect(latest.getByRole("listitem").filter({ hasText: title })).toContainText(`${editor.name} created it`);
  await latest.getByRole("link", { name: "All activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();

  await page.getByLabel("Person").selectOption({ label: editor.name });
  await page.getByRole("button", { name: "Show" }).click();
  const table = page.getByRole("table", { name: "Activity" });
  await expect(table.getByRole("row").filter({ hasText: title })).toContainText("created it");
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the one event
  // The export holds what the filters select, as CSV.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV, last 30 days" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^activity-all-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFevent_id,time_utc,time_desk,person,action,what,detail,entity_type,claim_id,claim,article_id,article_title,about_person,before,after");
  expect(csv).toContain(`${editor.name}`);
  expect(csv).toContain(title);
  expect(csv.trim().split("\r\n")).toHaveLength(2);
  await table.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));

  // An editor is not offered people and access, and a hand-made link to them shows the desk's other work instead.
  await page.goto("/activity?kind=people");
  await expect(page.getByLabel("What").locator("option")).not.toContainText(["People and access"]);
  await expect(page.getByRole("table", { name: "Activity" }).getByText("changed their role from reviewer to editor")).toHaveCount(0);
});

test("Export CSV holds the last 30 days unless days are chosen; the whole trail only when asked for", async ({ page }) => {
  const admin = await makeUser("admin");
  const actor = await makeUser("editor");
  const day = 24 * 60 * 60_000;
  const event = (name: string, daysAgo: number) => ({ actorId: actor.id, entityType: "user", entityId: actor.id, action: "token.created", after: { name }, createdAt: new Date(Date.now() - daysAgo * day) });
  // Seeded straight into the trail, a year's history in three events.
  await testDb().insert(auditEvents).values([event("old-token", 300), event("month-old-token", 40), event("recent-token", 2)]);
  // Each event names its token twice (what, and the "after" column): once each, in the file's order.
  const tokensIn = (csv: string) => [...new Set([...csv.matchAll(/\b(?:old|month-old|recent)-token\b/g)].map((m) => m[0]))];
  const utcDay = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString().slice(0, 10);

  await signIn(page, admin);
  await page.goto(`/activity?person=${actor.id}`);
  await expect(page.getByRole("table", { name: "Activity" }).getByRole("row")).toHaveCount(4);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV, last 30 days" }).click()]);
  expect(tokensIn(readFileSync(await download.path(), "utf8"))).toEqual(["recent-token"]);

  // Days chosen on the page: the link exports those, and says no more than "Export CSV".
  await page.getByLabel("From").fill(utcDay(50));
  await page.getByLabel("until").fill(utcDay(35));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("table", { name: "Activity" }).getByRole("row")).toHaveCount(2);
  const chosen = page.getByRole("link", { name: "Export CSV", exact: true });
  await expect(chosen).toHaveAttribute("href", `/api/activity/export?person=${actor.id}&from=${utcDay(50)}&to=${utcDay(35)}`);
  const [ranged] = await Promise.all([page.waitForEvent("download"), chosen.click()]);
  expect(tokensIn(readFileSync(await ranged.path(), "utf8"))).toEqual(["month-old-token"]);

  // The route itself: the whole trail with all=1, or from one end on.
  const csvOf = async (query: string) => tokensIn(await (await page.request.get(`/api/activity/export?person=${actor.id}${query}`)).text());
  expect(await csvOf("")).toEqual(["recent-token"]);
  expect(await csvOf("&all=1")).toEqual(["recent-token", "month-old-token", "old-token"]);
  expect(await csvOf(`&from=${utcDay(60)}`)).toEqual(["recent-token", "month-old-token"]);
  expect(await csvOf(`&to=${utcDay(100)}`)).toEqual(["old-token"]);
});

test("an administrator sees role changes under people and access", async ({ page }) => {
  const admin = await makeUser("admin");
  const reviewer = await makeUser("reviewer");
  await updateUser(testDb(), { userId: reviewer.id, role: "editor", actorId: admin.id });
  await signIn(page, admin);
  // The Dashboard names the person a change was about, not only who made it.
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("region", { name: "Latest activity" }).getByRole("listitem").filter({ hasText: `${admin.name} changed their role` })).toContainText(
    `${admin.name} changed their role from reviewer to editor · ${reviewer.name}`,
  );
  await page.goto("/admin");
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByLabel("What")).toHaveValue("people");
  await expect(page.getByRole("table", { name: "Activity" }).getByRole("row").filter({ hasText: reviewer.name }).first()).toContainText(
    "changed their role from reviewer to editor",
  );
});

test("the person filter lists the people working now first, and the deactivated apart", async ({ page }) => {
  const tag = Date.now().toString(36);
  const admin = await makeUser("admin");
  const gone = await makeUser("reviewer", `Aaron Gone ${tag}`);
  const here = await makeUser("reviewer", `Zelda Here ${tag}`);
  await updateUser(testDb(), { userId: gone.id, active: false, actorId: admin.id });
  await signIn(page, admin);
  await page.goto("/activity");
  const person = page.getByLabel("Person");
  const working = person.locator(":scope > option");
  const deactivated = person.locator('optgroup[label="Deactivated"] > option');
  await expect(working.filter({ hasText: here.name })).toHaveCount(1);
  await expect(working.filter({ hasText: gone.name })).toHaveCount(0);
  await expect(deactivated.filter({ hasText: gone.name })).toHaveText(gone.name);
  await expect(deactivated.filter({ hasText: admin.name })).toHaveCount(0);
  // Still a filter like any other: the deactivated person's own doings (their role change here is the admin's, so none).
  await person.selectOption({ label: gone.name });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`person=${gone.id}`));
  await expect(page.getByLabel("Person")).toHaveValue(gone.id);
});

test("reviewers have no Activity page", async ({ page }) => {
  await signIn(page, await makeUser("reviewer"));
  const response = await page.goto("/activity");
  expect(response?.status()).toBe(403);
});

test("the Dashboard shows a batch of assignments as one line, with what came before it", async ({ page }) => {
  const editor = await makeUser("editor", `Ezra ${Date.now().toString(36)}`);
  const reviewer = await makeUser("reviewer");
  const { title, claims } = await makeArticleWithClaims(editor.id, ["Rents rose 9% in 2025.", "Fares rose 3% in May.", "The city has 41 parks."]);
  const assigned = await assignClaims(testDb(), { claimIds: claims.map((c) => c.id), reviewerId: reviewer.id, actorId: editor.id, dueAt: null, priority: "normal", note: "" });
  expect(assigned).toMatchObject({ ok: true });

  await signIn(page, editor);
  await page.getByRole("link", { name: "Dashboard" }).click();
  const lines = page.getByRole("region", { name: "Latest activity" }).getByRole("listitem").filter({ hasText: editor.name });
  await expect(lines.first()).toHaveText(new RegExp(`^${editor.name} assigned 3 claims · ${title}`));
  await expect(lines.nth(1)).toHaveText(new RegExp(`^${editor.name} created it · ${title}`));
});
