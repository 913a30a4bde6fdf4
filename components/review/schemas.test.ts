import { describe, expect, test } from "vitest";
import { addressProblem, ARCHIVE_URL_MESSAGE, assignSchema, autoAssignSchema, pathErrors, SOURCE_URL_MESSAGE, verdictDraftSchema, verdictSubmitSchema } from "./schemas";

const terms = { claimIds: ["c1"], reviewerId: "r1", priority: "normal" as const, note: "" };
const errors = (raw: unknown) => {
  const parsed = assignSchema.safeParse(raw);
  return parsed.success ? {} : pathErrors(parsed.error);
};

describe("assignSchema", () => {
  test("a due time to come, or none, is fine", () => {
    expect(errors({ ...terms, dueAt: new Date(Date.now() + 3_600_000).toISOString() })).toEqual({});
    expect(errors({ ...terms, dueAt: null })).toEqual({});
  });

  test("a due time already past is refused at the field, for one claim and for auto-assign", () => {
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect(errors({ ...terms, dueAt: past })).toEqual({ dueAt: "Choose a due time still to come." });
    const auto = autoAssignSchema.safeParse({ articleId: "a1", dueAt: past, priority: "normal", note: "" });
    expect(auto.success ? {} : pathErrors(auto.error)).toEqual({ dueAt: "Choose a due time still to come." });
  });

  test("a note over the limit says so at the field", () => {
    expect(errors({ ...terms, dueAt: null, note: "x".repeat(1001) })).toEqual({ note: "Keep the note under 1,000 characters." });
  });
});

describe("verdictSubmitSchema: the date a source was read", () => {
  const verdict = (accessedOn: string) => ({
    claimId: "c1",
    expected: { verdictId: null, version: null },
    verdictKey: "accurate",
    rationale: "Table 4 says so.",
    evidence: [{ url: "https://ons.gov.uk/t4", title: "", publisher: "", quote: "", accessedOn, archiveUrl: null, stance: "supports" }],
  });
  const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  test("today, yesterday and tomorrow (a desk ahead of UTC) are fine", () => {
    for (const offset of [-1, 0, 1]) expect(verdictSubmitSchema.safeParse(verdict(day(offset))).success).toBe(true);
  });

  test("a day further on cannot have been read yet; a draft still keeps it", () => {
    const parsed = verdictSubmitSchema.safeParse(verdict("2099-01-01"));
    expect(parsed.success ? {} : pathErrors(parsed.error)).toEqual({ "evidence.0.accessedOn": "The date you read the source cannot be in the future." });
    expect(verdictDraftSchema.safeParse(verdict("2099-01-01")).success).toBe(true);
  });

  test("no date (cleared, or one that does not exist, which a date field gives as blank): a draft keeps the rest; a submit asks for it", () => {
    expect(verdictDraftSchema.safeParse(verdict("")).success).toBe(true);
    const parsed = verdictSubmitSchema.safeParse(verdict(""));
    expect(parsed.success ? {} : pathErrors(parsed.error)).toEqual({ "evidence.0.accessedOn": "Enter the date you read the source (a date that exists: 29 February only in a leap year)." });
    expect(verdictDraftSchema.safeParse(verdict("1 March")).success).toBe(false);
  });

  test("a day that does not exist, sent without the date field (31 February), is refused on submit", () => {
    for (const accessedOn of ["2026-02-31", "2025-02-29", "2026-13-01", "2026-00-10"]) {
      const parsed = verdictSubmitSchema.safeParse(verdict(accessedOn));
      expect(parsed.success ? {} : pathErrors(parsed.error), accessedOn).toEqual({ "evidence.0.accessedOn": "Enter the date you read the source (a date that exists: 29 February only in a leap year)." });
    }
    expect(verdictSubmitSchema.safeParse(verdict("2024-02-29")).success).toBe(true);
  });
});

describe("verdictSubmitSchema: evidence addresses", () => {
  const withSource = (url: string, archiveUrl: string | null = null) => ({
    claimId: "c1",
    expected: { verdictId: null, version: null },
    verdictKey: "accurate",
    rationale: "Table 4 says so.",
    evidence: [{ url, title: "", publisher: "", quote: "", accessedOn: "2026-01-02", archiveUrl, stance: "supports" }],
  });

  test("kept in their standard form: quotes escaped, a look-alike host as punycode", () => {
    const parsed = verdictSubmitSchema.parse(withSource("https://аpple.com/report", 'https://web.archive.org/web/2024/x"onmouseover="alert(1)'));
    expect(parsed.evidence[0]).toMatchObject({ url: "https://xn--pple-43d.com/report", archiveUrl: "https://web.archive.org/web/2024/x%22onmouseover=%22alert(1)" });
  });

  test("a bad archive address is refused at its field in words, a blank one is no archive", () => {
    const parsed = verdictSubmitSchema.safeParse(withSource("https://stats.example/t4", "javascript:alert(1)"));
    expect(parsed.success ? {} : pathErrors(parsed.error)).toEqual({ "evidence.0.archiveUrl": ARCHIVE_URL_MESSAGE });
    expect(verdictSubmitSchema.parse(withSource("https://stats.example/t4", "  ")).evidence[0].archiveUrl).toBeNull();
  });

  test("an address carrying a user name and password is refused at its field", () => {
    const parsed = verdictSubmitSchema.safeParse(withSource("https://user:pass@stats.example/t4"));
    expect(parsed.success ? {} : pathErrors(parsed.error)).toEqual({ "evidence.0.url": "Leave the user name and password out of the address: it would be published." });
  });
});

test("over-long drafts are refused in words a reviewer reads, not the validator's", () => {
  const draft = { claimId: "c1", expected: { verdictId: null, version: null }, verdictKey: null, rationale: "x".repeat(20_001), evidence: [] };
  const parsed = verdictDraftSchema.safeParse(draft);
  expect(parsed.success ? {} : pathErrors(parsed.error)).toEqual({ rationale: "Keep the rationale under 20,000 characters." });
  const many = { ...draft, rationale: "", evidence: Array.from({ length: 51 }, () => ({ url: "", title: "", publisher: "", quote: "", accessedOn: "2026-12-01", archiveUrl: null, stance: "supports" })) };
  const tooMany = verdictDraftSchema.safeParse(many);
  expect(tooMany.success ? {} : pathErrors(tooMany.error)).toEqual({ evidence: "Keep it to 50 sources." });
});

test("the form's hint for an address says what a submit would say", () => {
  expect(addressProblem("https://stats.example/t4", SOURCE_URL_MESSAGE)).toBeUndefined();
  expect(addressProblem("stats.example/t4", SOURCE_URL_MESSAGE)).toBe(SOURCE_URL_MESSAGE);
  expect(addressProblem("https://user:pass@stats.example/t4", SOURCE_URL_MESSAGE)).toBe("Leave the user name and password out of the address: it would be published.");
});
