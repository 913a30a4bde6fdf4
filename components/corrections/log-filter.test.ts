import { describe, expect, test } from "vitest";
import { defaultRange, logSearchParams, parseLogQuery, rangeInstants } from "./log-filter";

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
    const result = parseLogQuery(params, now);
    expect(result).toEqual({ ok: true, query: expected });
  });

  test.each([
    [{ from: "2025-02-30x" }, "Use a date like 2025-03-01."],
    [{ from: "2025-13-01" }, "That is not a real date."],
    [{ from: "2025-03-02", to: "2025-03-01" }, "The start date must not be after the end date."],
    [{ type: "retraction" }, "Unknown correction type."],
    [{ status: "pending" }, "Unknown correction status."],
  ])("%j is refused", (params, error) => {
    expect(parseLogQuery(new URLSearchParams(params), now)).toEqual({ ok: false, error });
  });
});

test("a day range covers whole UTC days, and round-trips through the URL", () => {
  expect(defaultRange(now)).toEqual({ from: "2025-03-02", to: "2025-03-31" });
  const range = rangeInstants({ from: "2025-03-01", to: "2025-03-01" });
  expect([range.from.toISOString(), range.to.toISOString()]).toEqual(["2025-03-01T00:00:00.000Z", "2025-03-01T23:59:59.999Z"]);
  const query = { from: "2025-03-01", to: "2025-03-05", status: "published" as const };
  expect(logSearchParams(query)).toBe("from=2025-03-01&to=2025-03-05&status=published");
  expect(parseLogQuery(new URLSearchParams(logSearchParams(query)), now)).toEqual({ ok: true, query });
});
