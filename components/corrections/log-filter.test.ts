import { describe, expect, test } from "vitest";
import { parsePageNumber } from "@/lib/paging/pages";
import { articleOptionLabels, correctionLogHref, defaultRange, logPageHref, logSearchParams, parseLogQuery, rangeInstants } from "./log-filter";

const now = new Date("2025-03-31T15:00:00Z");

describe("parseLogQuery", () => {
  test.each([
    [{}, { from: "2025-03-02", to: "2025-03-31" }],
    [{ from: "2025-01-01", to: "2025-01-31" }, { from: "2025-01-01", to: "2025-01-31" }],
    // One end given beyond the default range: the other end follows it.
    [{ to: "2024-12-31" }, { from: "2024-12-31", to: "2024-12-31" }],
    [{ from: "2026-01-01" }, { from: "2026-01-01", to: "2026-01-01" }],
    [{ type: "editors_note", status: "", article: "" }, { from: "2025-03-02", to: "2025-03-31", type: "editors_note" }],
    [{ from: ["2025-02-01", "ignored"] }, { from: "2025-02-01", to: "2025-03-31" }],
  ])("%j", (params, expected) => {
    const result = parseLogQuery(params, now, "UTC");
    expect(result).toEqual({ ok: true, query: expected });
  });

  test.each([
    [{ from: "2025-02-30x" }, "Use a date like 2025-03-01."],
    [{ from: "2025-13-01" }, "Use a real date, in the years 1000 to 9998."],
    [{ to: "9999-12-31" }, "Use a real date, in the years 1000 to 9998."],
    [{ to: "2025-02-30" }, "Use a real date, in the years 1000 to 9998."],
    [{ from: "2025-03-02", to: "2025-03-01" }, "The start date must not be after the end date."],
    [{ type: "retraction" }, "Unknown correction type."],
    [{ status: "pending" }, "Unknown correction status."],
  ])("%j is refused", (params, error) => {
    expect(parseLogQuery(new URLSearchParams(params), now, "UTC")).toEqual({ ok: false, error });
  });
});

test("a day range covers whole UTC days, and round-trips through the URL", () => {
  expect(defaultRange(now, "UTC")).toEqual({ from: "2025-03-02", to: "2025-03-31" });
  const range = rangeInstants({ from: "2025-03-01", to: "2025-03-01" }, "UTC");
  expect([range.from.toISOString(), range.to.toISOString()]).toEqual(["2025-03-01T00:00:00.000Z", "2025-03-01T23:59:59.999Z"]);
  const query = { from: "2025-03-01", to: "2025-03-05", status: "published" as const };
  expect(logSearchParams(query)).toBe("from=2025-03-01&to=2025-03-05&status=published");
  expect(parseLogQuery(new URLSearchParams(logSearchParams(query)), now, "UTC")).toEqual({ ok: true, query });
});

test("days are the desk's: today in New York, and its whole day in UTC instants", () => {
  // 02:00 UTC on 1 April is still 31 March in New York.
  const lateEvening = new Date("2025-04-01T02:00:00Z");
  expect(defaultRange(lateEvening, "UTC").to).toBe("2025-04-01");
  expect(defaultRange(lateEvening, "America/New_York")).toEqual({ from: "2025-03-02", to: "2025-03-31" });
  expect(parseLogQuery({}, lateEvening, "America/New_York")).toEqual({ ok: true, query: { from: "2025-03-02", to: "2025-03-31" } });
  const range = rangeInstants({ from: "2025-03-31", to: "2025-03-31" }, "America/New_York");
  expect([range.from.toISOString(), range.to.toISOString()]).toEqual(["2025-03-31T04:00:00.000Z", "2025-04-01T03:59:59.999Z"]);
});

describe("correctionLogHref", () => {
  const drafted = { id: "c1", articleId: "a1", createdAt: new Date("2025-03-05T02:00:00Z"), publishedAt: null };

  test("files a draft under the day it was drafted on the desk's clock, so the log's range holds it", () => {
    // 02:00 UTC on the 5th is still the 4th in New York: a UTC day would start the range too late.
    expect(correctionLogHref(drafted, "America/New_York")).toBe("/corrections?article=a1&from=2025-03-04#correction-c1");
    expect(correctionLogHref(drafted, "UTC")).toBe("/corrections?article=a1&from=2025-03-05#correction-c1");
  });

  test("files a published correction under its publication day", () => {
    expect(correctionLogHref({ ...drafted, publishedAt: new Date("2025-03-09T12:00:00Z") }, "UTC")).toBe("/corrections?article=a1&from=2025-03-09#correction-c1");
  });
});

test("a page of the log keeps its filters in the URL; the first page needs no number", () => {
  const query = { from: "2025-03-01", to: "2025-03-31", type: "correction" as const };
  expect(logPageHref(query, 1)).toBe("/corrections?from=2025-03-01&to=2025-03-31&type=correction");
  expect(logPageHref(query, 3)).toBe("/corrections?from=2025-03-01&to=2025-03-31&type=correction&page=3");
  const back = new URL(logPageHref(query, 3), "http://desk.test").searchParams;
  expect(parseLogQuery(back, now, "UTC")).toEqual({ ok: true, query });
  expect(parsePageNumber(back.get("page") ?? undefined)).toBe(3);
});

test("articles titled alike are told apart by date, then by their corrections, then by number", () => {
  const on = (day: string) => new Date(`${day}T12:00:00Z`);
  const labels = articleOptionLabels(
    [
      { id: "a", title: "Live updates: the budget", date: on("2025-03-03"), corrections: 1 },
      { id: "b", title: "Live updates: the budget", date: on("2025-03-04"), corrections: 2 },
      { id: "c", title: "Live updates: the budget", date: on("2025-03-04"), corrections: 1 },
      { id: "d", title: "Council votes", date: on("2025-03-04"), corrections: 1 },
      { id: "e", title: "Council votes", date: on("2025-03-04"), corrections: 1 },
    ],
    "UTC",
  );
  expect(new Set(labels.values()).size).toBe(5);
  expect(labels.get("a")).toBe("Live updates: the budget — 3 Mar 2025");
  expect(labels.get("b")).toBe("Live updates: the budget — 4 Mar 2025 (2 corrections)");
  expect(labels.get("c")).toBe("Live updates: the budget — 4 Mar 2025 (1 correction)");
  expect(labels.get("e")).toBe("Council votes — 4 Mar 2025 (1 correction) #2");
});
