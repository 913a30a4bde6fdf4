import { expect, test } from "vitest";
import { MAX_ARCHIVE_SEARCH_LENGTH, parseArchiveQuery } from "./archive-query";

const KEYS = ["accurate", "inaccurate"];

test.each([
  [{}, { q: "" }],
  [{ q: "  bridge\n\tcost  " }, { q: "bridge cost" }],
  [{ q: ["first", "second"], verdict: "inaccurate" }, { q: "first", verdict: "inaccurate" }],
  [{ verdict: "made_up" }, { q: "" }],
  [{ verdict: ["accurate", "inaccurate"] }, { q: "", verdict: "accurate" }],
])("%j reads as %j", (params, expected) => {
  expect(parseArchiveQuery(params, KEYS)).toEqual(expected);
});

test("a pasted essay is cut to the search's length", () => {
  expect(parseArchiveQuery({ q: "word ".repeat(500) }, KEYS).q.length).toBeLessThanOrEqual(MAX_ARCHIVE_SEARCH_LENGTH);
});
