import { expect, test } from "vitest";
import { articleListHref, containsPattern, parseArticleListQuery } from "./list-query";

test("reads the search, status and page from the URL, falling back to the defaults on nonsense", () => {
  expect(parseArticleListQuery({})).toEqual({ q: "", status: undefined, page: 1 });
  expect(parseArticleListQuery({ q: "  river\n\tbridge ", status: "open", page: "3" })).toEqual({ q: "river bridge", status: "open", page: 3 });
  expect(parseArticleListQuery({ status: "deleted", page: "-2" })).toEqual({ q: "", status: undefined, page: 1 });
  expect(parseArticleListQuery({ page: "2.5" }).page).toBe(1);
  expect(parseArticleListQuery({ page: "1e9" }).page).toBe(10_000);
  expect(parseArticleListQuery({ q: ["first", "second"], status: ["published", "draft"] })).toMatchObject({ q: "first", status: "published" });
  expect(parseArticleListQuery({ q: "x".repeat(5000) }).q).toHaveLength(200);
});

test("links keep only what differs from the defaults", () => {
  expect(articleListHref({ q: "", page: 1 }, 1)).toBe("/articles");
  expect(articleListHref({ q: "50% & more", status: "ready", page: 1 }, 2)).toBe("/articles?q=50%25+%26+more&status=ready&page=2");
});

test("a LIKE pattern matches wildcards and the escape character literally", () => {
  expect(containsPattern("50%")).toBe("%50\\%%");
  expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
});
