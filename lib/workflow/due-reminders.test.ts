import { describe, expect, test } from "vitest";
import { dueWords, isDueSoon, reminderMessage, reminderNotice } from "./due-reminders";

const now = new Date("2026-12-07T14:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("due reminders", () => {
  test.each([
    [40, "Due in 40 minutes"],
    [120, "Due in 2 hours"],
    [-30, "Overdue (due 30 minutes ago)"],
    [-180, "Overdue (due 3 hours ago)"],
  ])("%i minutes from now reads %s", (minutes, words) => {
    expect(dueWords(at(minutes), now)).toBe(words);
  });

  test("the bell names the claim, clipped", () => {
    expect(reminderMessage({ claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(45) }, now)).toBe("Due in 45 minutes: “Rents rose 9%.”");
    const long = reminderMessage({ claimId: "c1", claimText: "x".repeat(300), dueAt: at(45) }, now);
    expect(long.endsWith("…”")).toBe(true);
    expect(long.length).toBeLessThan(170);
  });

  test("one claim: its own link; several: soonest first, with times on the desk's clock, and My queue", () => {
    const one = reminderNotice([{ claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(45) }], now, "UTC");
    expect(one).toMatchObject({ subject: "Due in 45 minutes: a claim you hold", path: "/claims/c1", linkLabel: "Open the claim" });
    const several = reminderNotice(
      [
        { claimId: "c2", claimText: "Bus fares doubled.", dueAt: at(100) },
        { claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(-10) },
      ],
      now,
      "Europe/London",
    );
    expect(several.subject).toBe("2 claims you hold are nearly due");
    expect(several.path).toBe("/queue");
    expect(several.paragraphs.slice(1)).toEqual([
      "Overdue (due 10 minutes ago) (7 Dec 2026, 13:50 GMT): “Rents rose 9%.”",
      "Due in 2 hours (7 Dec 2026, 15:40 GMT): “Bus fares doubled.”",
    ]);
  });

  test("due soon: within the lead time and not yet late", () => {
    expect(isDueSoon(at(30), now, 120)).toBe(true);
    expect(isDueSoon(at(120), now, 120)).toBe(true);
    expect(isDueSoon(at(121), now, 120)).toBe(false);
    expect(isDueSoon(at(-1), now, 120)).toBe(false);
    expect(isDueSoon(null, now, 120)).toBe(false);
  });

  test("for an editor covering someone away: who holds each claim and until when, and what to do", () => {
    const awayHolder = { name: "Rita", awayUntil: new Date("2026-12-09T23:59:59Z") };
    expect(reminderMessage({ claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(45), awayHolder }, now)).toBe("Due in 45 minutes and Rita, who holds it, is away: “Rents rose 9%.”");
    const covering = reminderNotice([{ claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(45), awayHolder }], now, "UTC");
    expect(covering.subject).toBe("Due in 45 minutes: a claim you assigned, its holder away");
    expect(covering.paragraphs).toEqual([
      "Claims you assigned are nearly due while the people holding them are away; you may want to reassign them:",
      "Due in 45 minutes (7 Dec 2026, 14:45 UTC, held by Rita, away until 9 Dec 2026): “Rents rose 9%.”",
    ]);
    const mixed = reminderNotice([{ claimId: "c1", claimText: "Rents rose 9%.", dueAt: at(45), awayHolder }, { claimId: "c2", claimText: "Fares doubled.", dueAt: at(30) }], now, "UTC");
    expect(mixed).toMatchObject({ subject: "2 claims are nearly due", path: "/notifications" });
    expect(mixed.paragraphs[0]).toMatch(/^Claims nearly due: yours to check, and ones you assigned to people who are away/);
  });
});
