import { expect, test } from "vitest";
import { parseCsv } from "@/lib/export/test-support/parse-csv";
import { ACTIVITY_CSV_COLUMNS, activityToCsv, type ActivityCsvEvent } from "./activity-csv";

async function text(events: ActivityCsvEvent[], zone = "America/New_York"): Promise<string> {
  async function* each() {
    yield* events;
  }
  let out = "";
  for await (const chunk of activityToCsv(each(), zone)) out += chunk;
  return out;
}

const base: ActivityCsvEvent = {
  id: "e1", action: "verdict.returned", before: { status: "submitted" }, after: { number: 2, comment: "=HYPERLINK(\"http://evil\")\nsecond line" },
  createdAt: new Date("2026-12-07T04:14:00Z"), actorName: "Ed Editor", entityType: "verdict",
  claimId: "c1", claimText: 'The mayor said "169 schools" 😀', articleId: "a1", articleTitle: "Budget, 2026", subjectName: null,
};

test("one row per event, with times on both clocks, the phrase, and the event's own JSON; formulas never run", async () => {
  const csv = await text([base, { ...base, id: "e2", action: "user.role_changed", entityType: "user", before: { role: "reviewer" }, after: { role: "editor" }, claimId: null, claimText: null, articleId: null, articleTitle: null, subjectName: "Rita" }]);
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, ...records] = parseCsv(csv);
  expect(header).toEqual([...ACTIVITY_CSV_COLUMNS]);
  const rows = records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]])));
  expect(rows[0]).toMatchObject({
    event_id: "e1",
    time_utc: "2026-12-07T04:14:00.000Z",
    time_desk: "2026-12-06 23:14 EST",
    person: "Ed Editor",
    what: "returned version 2 to the reviewer",
    claim: 'The mayor said "169 schools" 😀',
    article_title: "Budget, 2026",
  });
  // The comment is a formula: a spreadsheet shows it as text.
  expect(rows[0].detail.startsWith("'=HYPERLINK")).toBe(true);
  expect(JSON.parse(rows[0].after)).toEqual(base.after);
  expect(rows[1]).toMatchObject({ what: "changed their role from reviewer to editor", about_person: "Rita", claim: "" });
});

test("no events: the header alone", async () => {
  const csv = await text([]);
  expect(parseCsv(csv)).toEqual([[...ACTIVITY_CSV_COLUMNS]]);
});
