import { describe, expect, test } from "vitest";
import { assignSchema, pathErrors } from "@/components/review/schemas";
import { defaultDue, dueForServer, duePhrase, localInputToIso, toLocalInput, dueNotes } from "./due-default";

const now = new Date(2030, 0, 10, 9, 0, 0);

describe("defaultDue", () => {
  test.each([
    ["no deadline: a day from now", null, new Date(2030, 0, 11, 9, 0)],
    ["two hours before a far deadline", new Date(2030, 0, 12, 18, 0).toISOString(), new Date(2030, 0, 12, 16, 0)],
    ["a close deadline: an hour from now, still before it", new Date(2030, 0, 10, 10, 30).toISOString(), new Date(2030, 0, 10, 10, 0)],
    ["a deadline a few minutes off: just before it", new Date(2030, 0, 10, 9, 20).toISOString(), new Date(2030, 0, 10, 9, 19)],
    ["a deadline already passed: a day from now, not in the past", new Date(2020, 0, 1, 12, 0).toISOString(), new Date(2030, 0, 11, 9, 0)],
  ])("%s", (_name, deadline, expected) => {
    expect(defaultDue(deadline, now)).toBe(toLocalInput(expected));
  });

  test("round-trips through the input's local time", () => {
    expect(localInputToIso(toLocalInput(new Date(2030, 4, 6, 7, 8)))).toBe(new Date(2030, 4, 6, 7, 8).toISOString());
    expect(localInputToIso("")).toBeNull();
  });
});

describe("dueNotes", () => {
  test("a time the clocks skip says how it is read; a due time past the deadline says so", () => {
    const zone = process.env.TZ;
    process.env.TZ = "Europe/London";
    try {
      expect(dueNotes("2027-03-28T01:30", null)).toEqual(["There is no 01:30 on that day here (the clocks go forward): it is read as 02:30."]);
      expect(dueNotes("2027-03-28T03:30", null)).toEqual([]);
      expect(dueNotes("2027-03-29T09:00", "2027-03-28T18:00:00Z")).toEqual(["This is after the article's publish deadline."]);
      expect(dueNotes("2027-03-28T17:00", "2027-03-28T18:00:00Z")).toEqual([]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test("an empty or unreadable value has nothing to say", () => {
    expect(dueNotes("", "2027-03-28T18:00:00Z")).toEqual([]);
    expect(dueNotes("not a time", null)).toEqual([]);
  });
});

describe("duePhrase", () => {
  test.each([
    ["today: the time alone", "2030-01-10T16:00", "due 16:00"],
    ["another day: with the day", "2030-01-11T09:30", "due 11 Jan, 09:30"],
    ["no due time", "", "no due time"],
  ])("%s", (_name, value, expected) => {
    expect(duePhrase(value, now)).toBe(expected);
  });
});

describe("dueForServer", () => {
  test("a due time goes as its instant, a blank one as none, and one no browser can read as typed, for the server to refuse", () => {
    expect(dueForServer(toLocalInput(new Date(2030, 4, 6, 7, 8)))).toBe(new Date(2030, 4, 6, 7, 8).toISOString());
    expect(dueForServer("")).toBeNull();
    // A datetime-local field takes years up to 275760; Date does not read five-digit ones.
    expect(dueForServer("20266-03-01T10:00")).toBe("20266-03-01T10:00");
    const refused = assignSchema.safeParse({ claimIds: ["c1"], reviewerId: "r1", dueAt: dueForServer("20266-03-01T10:00"), priority: "normal", note: "" });
    // The form shows the first message for each field.
    expect(refused.success ? null : pathErrors(refused.error)).toEqual({ dueAt: "Enter a due date and time." });
  });
});
