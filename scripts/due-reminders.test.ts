import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/db/testing";
import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { listNotifications } from "@/db/queries/notifications";
import { createFirstAdministrator, createUser, setMailOff } from "@/db/queries/users";
import { parseEnv } from "@/lib/env";
import { startSmtpSink, type SmtpSink } from "@/lib/mail/test-support/smtp-sink";
import { reminderLeadMinutes } from "@/lib/workflow/due-reminders";
import { sweepDueReminders, sweepsReminders } from "./due-reminders";

let sink: SmtpSink;
beforeAll(async () => { sink = await startSmtpSink(); });
afterAll(() => sink.stop());

test("a sweep rings the bell and sends each holder one e-mail listing their claims coming due", async () => {
  const db = await createTestDatabase();
  const admin = await createFirstAdministrator(db, { name: "Ada Admin", email: "ada@desk.test", passwordHash: "h" });
  if (!admin.ok) throw new Error("setup");
  const rosa = await createUser(db, { name: "Rosa", email: "rosa@desk.test", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
  if (!rosa.ok) throw new Error("setup");
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: admin.user.id });
  const now = new Date("2026-12-07T14:00:00Z");
  for (const [text, minutes] of [["Rents rose 9 percent.", 50], ["Bus fares doubled.", 20]] as const) {
    const [claim] = await insertClaims(db, [{
      articleId: article.id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9,
      checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: admin.user.id,
    }]);
    await assignClaims(db, { claimIds: [claim.id], reviewerId: rosa.user.id, actorId: admin.user.id, dueAt: new Date(now.getTime() + minutes * 60_000), priority: "normal", note: "" });
  }
  const env = parseEnv({ DATABASE_URL: "file::memory:", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(sink.port), SMTP_FROM: "desk@newsroom.example", APP_URL: "https://desk.example" });

  expect(await sweepDueReminders(db, env, now)).toBe(2);
  expect((await listNotifications(db, { userId: rosa.user.id })).filter((n) => n.kind === "due")).toHaveLength(2);
  expect(sink.messages).toHaveLength(1);
  // Quoted-printable: join the soft line breaks before reading.
  const mail = sink.messages[0].replace(/=\r?\n/g, "");
  expect(mail).toContain("Subject: 2 claims you hold are nearly due");
  expect(mail).toContain("rosa@desk.test");
  expect(mail).toContain("Due in 20 minutes (7 Dec 2026, 14:20 UTC)");
  expect(mail.indexOf("Bus fares doubled.")).toBeLessThan(mail.indexOf("Rents rose 9 percent."));
  expect(mail).toContain("https://desk.example/queue");

  expect(await sweepDueReminders(db, env, new Date(now.getTime() + 60_000))).toBe(0);
  expect(sink.messages).toHaveLength(1);

  // With reminder e-mails turned off: the bell still rings, no e-mail goes.
  await setMailOff(db, rosa.user.id, ["reminders"]);
  const [late] = await insertClaims(db, [{
    articleId: article.id, start: 0, end: 5, exact: "Trams", prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9,
    checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: admin.user.id,
  }]);
  await assignClaims(db, { claimIds: [late.id], reviewerId: rosa.user.id, actorId: admin.user.id, dueAt: new Date(now.getTime() + 30 * 60_000), priority: "normal", note: "" });
  expect(await sweepDueReminders(db, env, new Date(now.getTime() + 2 * 60_000))).toBe(1);
  expect((await listNotifications(db, { userId: rosa.user.id })).filter((n) => n.kind === "due")).toHaveLength(3);
  expect(sink.messages).toHaveLength(1);
});

test("reminders come two hours ahead unless DUE_REMINDER_MINUTES says otherwise; 0 turns them off", () => {
  const file = "file:/tmp/desk.db";
  expect(reminderLeadMinutes(parseEnv({ DATABASE_URL: file }))).toBe(120);
  expect(reminderLeadMinutes(parseEnv({ DATABASE_URL: file, DUE_REMINDER_MINUTES: "30" }))).toBe(30);
  expect(sweepsReminders(parseEnv({ DATABASE_URL: file }))).toBe(true);
  expect(sweepsReminders(parseEnv({ DATABASE_URL: file, DUE_REMINDER_MINUTES: "0" }))).toBe(false);
  // An in-memory database belongs to the server process: no sweep from outside it.
  expect(sweepsReminders(parseEnv({ DATABASE_URL: ":memory:" }))).toBe(false);
  expect(sweepsReminders(parseEnv({ DATABASE_URL: "file::memory:" }))).toBe(false);
  expect(() => parseEnv({ DATABASE_URL: file, DUE_REMINDER_MINUTES: "soon" })).toThrow(/DUE_REMINDER_MINUTES/);
});
