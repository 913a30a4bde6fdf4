import { expect, test } from "vitest";
import { archiveHref, MAX_ARCHIVE_SEARCH_LENGTH, parseArchiveQuery } from "./archive-query";

const KEYS = ["accurate", "inaccurate"];

test.each([
  [{}, { q: "" }],
  [{ q: "  bridge\n\tcost  " }, { q: "bridge cost" }],
  [{ q: ["first", "second"], verdict: "inaccurate" }, { q: "first", verdict: "inaccurate" }],
  [{ verdict: "made_up" }, { q: "" }],
  [{ verdict: ["accurate", "inaccurate"] }, { q: "", verdict: "accurate" }],
  [{ from: "2025-03-01", to: "2025-03-31" }, { q: "", from: "2025-03-01", to: "2025-03-31" }],
  // The wrong way round is swapped; a day that does not exist is dropped.
  [{ from: "2025-03-31", to: "2025-03-01" }, { q: "", from: "2025-03-01", to: "2025-03-31" }],
  [{ from: "2025-02-30", to: "March" }, { q: "" }],
])("%j reads as %j", (params, expected) => {
  expect(parseArchiveQuery(params, KEYS)).toEqual(expected);
});

test("a pasted essay is cut to the search's length", () => {
  expect(parseArchiveQuery({ q: "word ".repeat(500) }, KEYS).q.length).toBeLessThanOrEqual(MAX_ARCHIVE_SEARCH_LENGTH);
});

test.each([
  [{ q: "" }, "/archive"],
  [{ q: "ferry fares 3400" }, "/archive?q=ferry+fares+3400"],
  [{ q: "fares", verdict: "inaccurate", from: "2025-03-01", to: "2025-03-31" }, "/archive?q=fares&verdict=inaccurate&from=2025-03-01&to=2025-03-31"],
])("%j links to %s, which reads back the same", (query, href) => {
  expect(archiveHref(query)).toBe(href);
  expect(parseArchiveQuery(Object.fromEntries(new URL(href, "http://desk.test").searchParams), KEYS)).toEqual(query);
});
