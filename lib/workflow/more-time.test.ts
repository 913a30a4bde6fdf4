import { describe, expect, test } from "vitest";
import { MAX_MORE_TIME_DAYS, moreTimeProblem, moreTimeSpan, pastDeadline } from "./more-time";

const now = new Date("2026-12-06T18:00:00Z");
const at = (iso: string) => new Date(iso);

describe("moreTimeProblem", () => {
  test("a later time within the limit may be asked for", () => {
    expect(moreTimeProblem({ until: at("2026-12-07T09:00:00Z"), now, currentDue: at("2026-12-06T20:00:00Z") })).toBeNull();
    expect(moreTimeProblem({ until: at("2026-12-07T09:00:00Z"), now, currentDue: null })).toBeNull();
  });

  test("a time already past, or not later than the current due time, is refused with a reason", () => {
    expect(moreTimeProblem({ until: at("2026-12-06T17:59:00Z"), now, currentDue: null })).toBe("Choose a time still to come.");
    expect(moreTimeProblem({ until: now, now, currentDue: null })).toBe("Choose a time still to come.");
    expect(moreTimeProblem({ until: at("2026-12-06T20:00:00Z"), now, currentDue: at("2026-12-06T20:00:00Z") })).toBe("Choose a time later than the claim is due now.");
    expect(moreTimeProblem({ until: at("2026-12-06T19:00:00Z"), now, currentDue: at("2026-12-06T20:00:00Z") })).toBe("Choose a time later than the claim is due now.");
  });

  test("an overdue claim may ask for any time still to come", () => {
    expect(moreTimeProblem({ until: at("2026-12-06T19:00:00Z"), now, currentDue: at("2026-12-06T12:00:00Z") })).toBeNull();
  });

  test(`more than ${MAX_MORE_TIME_DAYS} days out is refused; exactly that far is not`, () => {
    const limit = new Date(now.getTime() + MAX_MORE_TIME_DAYS * 24 * 60 * 60 * 1000);
    expect(moreTimeProblem({ until: limit, now, currentDue: null })).toBeNull();
    expect(moreTimeProblem({ until: new Date(limit.getTime() + 60_000), now, currentDue: null })).toMatch(/at most 14 days/);
  });

  test("an unreadable time asks for one", () => {
    expect(moreTimeProblem({ until: new Date("not a date"), now, currentDue: null })).toBe("Enter the date and time you need.");
  });
});

describe("moreTimeSpan", () => {
  const due = at("2026-12-06T20:00:00Z");
  test.each([
    ["2026-12-06T20:01:00Z", "1 minute more"],
    ["2026-12-06T20:45:00Z", "45 minutes more"],
    ["2026-12-06T21:29:00Z", "89 minutes more"],
    ["2026-12-06T21:30:00Z", "2 hours more"],
    ["2026-12-07T08:00:00Z", "12 hours more"],
    ["2026-12-08T19:00:00Z", "47 hours more"],
    ["2026-12-08T20:00:00Z", "2 days more"],
    ["2026-12-11T08:00:00Z", "5 days more"],
  ])("until %s", (until, expected) => {
    expect(moreTimeSpan(due, at(until))).toBe(expected);
  });

  test("a claim with no due time says so", () => {
    expect(moreTimeSpan(null, at("2026-12-07T08:00:00Z"))).toBe("no due time until now");
  });
});

test("pastDeadline: only a time after the article's deadline", () => {
  const deadline = at("2026-12-07T06:00:00Z");
  expect(pastDeadline(at("2026-12-07T06:00:01Z"), deadline)).toBe(true);
  expect(pastDeadline(deadline, deadline)).toBe(false);
  expect(pastDeadline(at("2026-12-07T05:00:00Z"), deadline)).toBe(false);
  expect(pastDeadline(at("2030-01-01T00:00:00Z"), null)).toBe(false);
});
