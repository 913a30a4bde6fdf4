import { expect, test } from "vitest";
import { parsePageNumber } from "@/lib/paging/pages";
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

test("a later page keeps the search in its URL; the page number is read apart from it", () => {
  const query = { q: "fares", verdict: "inaccurate", from: "2025-03-01" };
  const href = archiveHref(query, 3);
  expect(href).toBe("/archive?q=fares&verdict=inaccurate&from=2025-03-01&page=3");
  const params = Object.fromEntries(new URL(href, "http://desk.test").searchParams);
  expect(parseArchiveQuery(params, KEYS)).toEqual(query);
  expect(parsePageNumber(params.page)).toBe(3);
  expect(archiveHref(query, 1)).toBe("/archive?q=fares&verdict=inaccurate&from=2025-03-01");
});
