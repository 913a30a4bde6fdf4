import { expect, test } from "vitest";
import { ACTIVITY_EXPORT_RECENT_DAYS, activityExportHref, activityExportQuery, activityFilter, exportsRecentDays } from "./activity-query";

const today = "2026-03-31";

test("with no days chosen the export is the last 30 days, today included", () => {
  expect(ACTIVITY_EXPORT_RECENT_DAYS).toBe(30);
  const query = { drafts: false, person: "u1", kind: "verdicts" as const };
  expect(exportsRecentDays(query)).toBe(true);
  expect(activityExportQuery(query, { today, everything: false })).toEqual({ ...query, from: "2026-03-02" });
  // As instants: from the 2nd's midnight on the desk's clock, open up to now.
  const filter = activityFilter(activityExportQuery(query, { today, everything: false }), ["verdicts"], "Europe/Paris");
  expect(filter.from).toEqual(new Date("2026-03-01T23:00:00Z"));
  expect(filter.until).toBeNull();
});

test("days chosen, either end alone included, are exported as chosen", () => {
  for (const days of [{ from: "2025-01-01", to: "2025-12-31" }, { from: "2025-06-01" }, { to: "2025-06-30" }]) {
    const query = { drafts: true, ...days };
    expect(exportsRecentDays(query)).toBe(false);
    expect(activityExportQuery(query, { today, everything: false })).toEqual(query);
  }
});

test("everything, asked for on purpose, is the whole trail", () => {
  expect(activityExportQuery({ drafts: false }, { today, everything: true })).toEqual({ drafts: false });
  // A range given with it still counts: `all` only lifts the default.
  expect(activityExportQuery({ drafts: false, from: "2025-01-01" }, { today, everything: true })).toEqual({ drafts: false, from: "2025-01-01" });
});

test("the page's export link carries its filters, not its place in the pages", () => {
  expect(activityExportHref({ drafts: true, kind: "verdicts", person: "u1", before: { at: 1, seq: 2 } })).toBe("/api/activity/export?kind=verdicts&person=u1&drafts=1");
  expect(activityExportHref({ drafts: false, from: "2026-01-01", to: "2026-01-31" })).toBe("/api/activity/export?from=2026-01-01&to=2026-01-31");
  expect(activityExportHref({ drafts: false })).toBe("/api/activity/export");
});
