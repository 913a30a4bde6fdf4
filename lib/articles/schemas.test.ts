import { z } from "zod";
import { expect, test } from "vitest";
import { articleBodySchema, articleFieldsSchema, decideClaimSchema, DISMISS_NEEDS_REASON } from "./schemas";

const schema = decideClaimSchema.extend({ articleId: z.string() }).refine(...DISMISS_NEEDS_REASON);
const base = { articleId: "a1", claimId: "c1", expectedVersion: 1 };

test("a dismissal needs a reason; accepting and restoring do not", () => {
  const refused = schema.safeParse({ ...base, decision: "dismiss" });
  expect(refused.success ? null : refused.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "Choose a reason for dismissing this claim."]]);
  expect(schema.safeParse({ ...base, decision: "dismiss", reason: "opinion" }).success).toBe(true);
  expect(schema.safeParse({ ...base, decision: "accept" }).success).toBe(true);
  expect(schema.safeParse({ ...base, decision: "restore" }).success).toBe(true);
});

test("the article's source URL is kept in its standard form without a fragment; a user name and password are refused", () => {
  const fields = (sourceUrl: string) => articleFieldsSchema.safeParse({ title: "Rents", byline: "", sourceUrl, deadline: "" });
  expect(fields("https://news.example/rents?id=4#comments")).toMatchObject({ success: true, data: { sourceUrl: "https://news.example/rents?id=4" } });
  expect(fields('https://news.example/a?"><svg/onload=alert(1)>')).toMatchObject({ success: true, data: { sourceUrl: "https://news.example/a?%22%3E%3Csvg/onload=alert(1)%3E" } });
  expect(fields("")).toMatchObject({ success: true, data: { sourceUrl: null } });
  // A link shared from a newsletter or social post: the campaign is not the source, and every export would publish it.
  expect(fields("https://news.example/budget?utm_source=tw&fbclid=x1&id=7")).toMatchObject({ success: true, data: { sourceUrl: "https://news.example/budget?id=7" } });
  expect(fields("https://news.example/budget?utm_source=tw")).toMatchObject({ success: true, data: { sourceUrl: "https://news.example/budget" } });
  const refused = fields("https://user:pass@news.example/a");
  expect(refused.success ? null : refused.error.issues.map((i) => i.message)).toEqual(["Leave the user name and password out of the address: it would be published."]);
});

test("the article's text loses NULs and half emoji, and keeps the words after them", () => {
  const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Rents\u0000 rose \ud800 9%." }] }] });
  const parsed = articleBodySchema.safeParse(body);
  expect(parsed.success && parsed.data.text).toBe("Rents rose \ufffd 9%.");
});

test("the publish deadline is an instant that exists; anything Date.parse would guess at is refused in words", () => {
  const deadline = (value: string) => articleFieldsSchema.safeParse({ title: "Rents", byline: "", sourceUrl: "", deadline: value });
  expect(deadline("2026-03-01T18:00:00.000Z")).toMatchObject({ success: true, data: { deadline: new Date("2026-03-01T18:00:00.000Z") } });
  expect(deadline("2026-03-01T10:00:00-08:00")).toMatchObject({ success: true, data: { deadline: new Date("2026-03-01T18:00:00.000Z") } });
  expect(deadline("")).toMatchObject({ success: true, data: { deadline: null } });
  // 31 February (read as 3 March), a five-digit year as the field sends it, and words Date.parse reads as 2001.
  for (const value of ["2026-02-31T10:00:00.000Z", "20266-03-01T10:00", "March 5", "1"]) {
    const refused = deadline(value);
    expect(refused.success ? null : refused.error.issues.map((issue) => [issue.path.join("."), issue.message]), value).toEqual([["deadline", "Enter a date and time that exists, with a four-digit year."]]);
  }
});
