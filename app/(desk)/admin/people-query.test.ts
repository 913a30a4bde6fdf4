import { expect, test } from "vitest";
import { pageSpan } from "@/lib/paging/pages";
import { PEOPLE_PAGE_SIZE, parsePeopleQuery, peopleHref, peopleSummary } from "./people-query";

test.each([
  [{}, { q: "", status: "active", page: 1 }],
  [{ q: "  Rosa\tReviewer ", status: "deactivated", page: "2" }, { q: "Rosa Reviewer", status: "deactivated", page: 2 }],
  [{ status: "all" }, { q: "", status: "all", page: 1 }],
  [{ status: "gone", page: "-1" }, { q: "", status: "active", page: 1 }],
  [{ q: ["rosa@desk.test", "x"] }, { q: "rosa@desk.test", status: "active", page: 1 }],
])("%j reads as %j", (params, expected) => {
  expect(parsePeopleQuery(params)).toEqual(expected);
});

test.each([
  [{ q: "", status: "active" as const }, 1, "/admin"],
  [{ q: "", status: "active" as const }, 2, "/admin?page=2"],
  [{ q: "rosa", status: "all" as const }, 3, "/admin?q=rosa&status=all&page=3"],
])("%j at page %i links to %s, which reads back the same", (query, page, href) => {
  expect(peopleHref(query, page)).toBe(href);
  expect(parsePeopleQuery(Object.fromEntries(new URL(href, "http://desk.test").searchParams))).toEqual({ ...query, page });
});

test.each([
  [{ q: "", status: "active" as const }, 312, 2, "Showing 51–100 of 312 active people, newest first."],
  [{ q: "rosa", status: "all" as const }, 1, 1, "1 person matching “rosa”, newest first."],
  [{ q: "", status: "deactivated" as const }, 38, 1, "38 deactivated people, newest first."],
  [{ q: "zed", status: "active" as const }, 0, 1, "No active people match “zed”."],
])("%j with %i at page %i says %s", (query, total, page, text) => {
  expect(peopleSummary(query, pageSpan(total, page, PEOPLE_PAGE_SIZE), total)).toBe(text);
});
