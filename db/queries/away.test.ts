import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { createArticle } from "./articles";
import { autoAssignArticle, listReviewerWorkloads } from "./assignments";
import { listAuditForEntity } from "./audit";
import { insertClaims } from "./claims";
import { createUser, getAwayUntil, listAwayPeople, setAwayUntil } from "./users";
import { getNewsroomSettings, updateNewsroomSettings } from "./settings";
import { dayIn } from "@/lib/time/days";

test("auto-assign passes by someone away, and includes them again once they are back", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const people = [];
  for (const name of ["Alma", "Bea"]) {
    const made = await createUser(db, { name, email: `${name.toLowerCase()}@example.org`, role: "reviewer", passwordHash: "x", actorId: admin.id });
    if (!made.ok) throw new Error("no reviewer");
    people.push(made.user);
  }
  const [alma] = people;
  const until = new Date("2099-01-01T23:59:59.999Z");
  await setAwayUntil(db, { userId: alma.id, until, day: "2099-01-01", actorId: alma.id });
  expect(await getAwayUntil(db, alma.id)).toEqual(until);
  expect(await listAwayPeople(db, new Date())).toEqual(new Map([[alma.id, until]]));
  expect(await listAwayPeople(db, new Date("2099-01-02T00:00:00Z"))).toEqual(new Map());
  expect((await listReviewerWorkloads(db)).find((r) => r.id === alma.id)?.awayUntil).toEqual(until);

  const text = "One. Two. Three. Four.";
  const { id: articleId } = await createArticle(db, { title: "t", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: admin.id });
  const base = { articleId, prefix: "", suffix: "", kind: "other" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: admin.id };
  await insertClaims(db, ["One.", "Two."].map((exact) => ({ ...base, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact })));
  const first = await autoAssignArticle(db, { articleId, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(first.assigned.map((a) => a.reviewer.name)).toEqual(["Bea", "Bea"]);

  await setAwayUntil(db, { userId: alma.id, until: null, day: null, actorId: alma.id });
  await insertClaims(db, ["Three.", "Four."].map((exact) => ({ ...base, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact })));
  const second = await autoAssignArticle(db, { articleId, actorId: admin.id, dueAt: null, priority: "normal", note: "" });
  expect(second.assigned.map((a) => a.reviewer.name)).toEqual(["Alma", "Alma"]);

  const events = (await listAuditForEntity(db, { entityType: "user", entityId: alma.id })).map((e) => e.action);
  expect(events).toEqual(["user.created", "user.away_set", "user.away_cleared"]);
});

test("an absence keeps its last day when an administrator moves the desk's clock to another zone", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const made = await createUser(db, { name: "Raj", email: "raj@example.org", role: "reviewer", passwordHash: "x", actorId: admin.id });
  if (!made.ok) throw new Error("no reviewer");
  await setAwayUntil(db, { userId: made.user.id, until: new Date("2099-01-09T23:59:59.999Z"), day: "2099-01-09", actorId: admin.id });
  await updateNewsroomSettings(db, { value: { ...(await getNewsroomSettings(db)), timeZone: "Pacific/Auckland" }, actorId: admin.id });
  const until = await getAwayUntil(db, made.user.id);
  expect(until).toEqual(new Date("2099-01-09T10:59:59.999Z"));
  expect(dayIn("Pacific/Auckland", until!)).toBe("2099-01-09");
});
