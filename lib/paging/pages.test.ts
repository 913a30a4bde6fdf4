import { expect, test } from "vitest";
import { pageSpan, parsePageNumber, showingText } from "./pages";

test.each([
  [undefined, 1],
  ["", 1],
  ["3", 3],
  [["4", "9"], 4],
  ["0", 1],
  ["-2", 1],
  ["2.5", 1],
  ["1e3", 1],
  ["abc", 1],
  ["999999", 10_000],
])("page %j reads as %i", (value, page) => {
  expect(parsePageNumber(value)).toBe(page);
});

test.each([
  // total, page, size → first, last, pages, pastEnd
  [254, 1, 50, 1, 50, 6, false],
  [254, 2, 50, 51, 100, 6, false],
  [254, 6, 50, 251, 254, 6, false],
  [254, 7, 50, 0, 0, 6, true],
  [50, 1, 50, 1, 50, 1, false],
  [0, 1, 50, 0, 0, 1, false],
  [0, 3, 50, 0, 0, 1, false],
])("%i rows, page %i of %i a page: %i–%i of %i pages", (total, page, size, first, last, pages, pastEnd) => {
  expect(pageSpan(total, page, size)).toEqual({ page, pages, offset: (page - 1) * size, first, last, pastEnd });
});

test("the summary says the span only when there is more than one page", () => {
  expect(showingText(pageSpan(254, 2, 50), 254)).toBe("Showing 51–100 of 254");
  expect(showingText(pageSpan(12, 1, 50), 12)).toBe("12");
});
