import { expect, test } from "vitest";
import { historyLines, type HistoryEntry } from "./history-labels";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 2, 9, minute));
const e = (id: string, action: string, actorName: string, after: Record<string, unknown> = {}, before: Record<string, unknown> = {}): HistoryEntry => ({
  id, action, actorName, createdAt: at(Number(id)), before, after,
});

test("each step reads as a sentence; consecutive draft saves by one person fold into one line", () => {
  const lines = historyLines([
    e("1", "claim.assigned", "Edna", { reviewer: "Rosa", note: "Census" }),
    e("2", "verdict.draft_saved", "Rosa", { number: 1 }),
    e("3", "verdict.draft_saved", "Rosa", { number: 1 }),
    e("4", "verdict.submitted", "Rosa", { number: 1 }),
    e("5", "verdict.returned", "Sam", { number: 1, comment: "Cite 2024" }),
    // The return's comment, posted to the thread as well: already quoted on the line above.
    e("51", "claim.commented", "Sam", { comment: "Cite 2024" }),
    e("52", "claim.commented", "Sam", { comment: "And the 2023 one" }),
    e("6", "claim.reassigned", "Edna", { reviewer: "Bea" }, { reviewer: "Rosa" }),
    e("61", "claim.reassigned", "Edna", { reviewer: "Bea", note: "By noon" }, { reviewer: "Bea" }),
    e("62", "claim.reassigned", "Edna", { reviewer: "Bea", note: "By noon", changed: ["due time"] }, { reviewer: "Bea" }),
    e("7", "verdict.approved", "Sam", { number: 2 }),
    e("8", "claim.dismissed", "Edna", { reason: "opinion", note: "A forecast" }),
    e("9", "claim.marked", "Edna"),
    e("10", "claim.something_new", "Edna"),
  ]);
  expect(lines.map((l) => [l.text, l.detail, l.count])).toEqual([
    ["Edna assigned it to Rosa", "Census", 1],
    ["Rosa saved a draft of version 1", null, 2],
    ["Rosa submitted version 1 for sign-off", null, 1],
    ["Sam returned version 1 to the reviewer", "Cite 2024", 1],
    ["Sam commented", "And the 2023 one", 1],
    ["Edna reassigned it from Rosa to Bea", null, 1],
    // Written before the desk kept which terms changed: every term is named.
    ["Edna changed the due time, priority and note for Bea", "By noon", 1],
    ["Edna changed the due time for Bea", "By noon", 1],
    ["Sam approved version 2", null, 1],
    ["Edna dismissed it as opinion", "A forecast", 1],
    ["Edna marked it as a claim", null, 1],
    ["Edna something new", null, 1],
  ]);
  expect(lines[1].createdAt).toEqual(at(3));
});

test("a claim released because its holder was deactivated says so", () => {
  const lines = historyLines([
    e("1", "claim.unassigned", "Ada", { status: "open", reviewer: null, because: "holder deactivated" }, { reviewer: "Rosa" }),
    e("2", "claim.unassigned", "Edna", { status: "open", reviewer: null }, { reviewer: "Bea" }),
  ]);
  expect(lines.map((l) => [l.text, l.tone])).toEqual([
    ["Back in the open pool: Ada deactivated Rosa, who held it", "warn"],
    ["Edna took it off Bea’s queue", "plain"],
  ]);
});

test("a comment corrected or taken back reads as such; an edit shows its new wording", () => {
  const lines = historyLines([
    e("1", "claim.commented", "Rosa", { comment: "Table 4 says 89%" }),
    e("2", "claim.comment_edited", "Rosa", { comment: "Table 4 says 98%" }, { comment: "Table 4 says 89%" }),
    e("3", "claim.comment_removed", "Ada", { author: "Rosa" }, { comment: "Table 4 says 98%" }),
  ]);
  expect(lines.map((l) => [l.text, l.detail])).toEqual([
    ["Rosa commented", "Table 4 says 89%"],
    ["Rosa edited a comment", "Table 4 says 98%"],
    ["Ada removed a comment by Rosa", null],
  ]);
});

test("a claim its holder handed back says so, with their reason", () => {
  const lines = historyLines([e("1", "claim.unassigned", "Rosa", { status: "open", reviewer: null, because: "handed back", reason: "I wrote the press release" }, { reviewer: "Rosa" })]);
  expect(lines.map((l) => [l.text, l.tone, l.detail])).toEqual([["Rosa handed it back; it is in the open pool again", "warn", "I wrote the press release"]]);
});

test("a request for more time and its answer read as what happened to the due time, with the words written", () => {
  const lines = historyLines([
    e("1", "claim.more_time_asked", "Rosa", { until: "2026-12-07T09:00:00.000Z", reason: "The ONS answers tomorrow" }, { dueAt: null }),
    e("2", "claim.more_time_declined", "Edna", { dueAt: null, note: "The page closes at six" }, { dueAt: null, asked: "2026-12-07T09:00:00.000Z" }),
    e("3", "claim.more_time_asked", "Rosa", { until: "2026-12-06T20:00:00.000Z", reason: "Two hours, then" }, { dueAt: null }),
    e("4", "claim.more_time_granted", "Edna", { dueAt: "2026-12-06T20:00:00.000Z", note: "" }, { dueAt: null, asked: "2026-12-06T20:00:00.000Z" }),
  ], (value) => value.toISOString().slice(11, 16));
  expect(lines.map((l) => [l.text, l.tone, l.detail])).toEqual([
    ["Rosa asked for more time, until 09:00", "warn", "The ONS answers tomorrow"],
    ["Edna declined more time: the due time stands", "plain", "The page closes at six"],
    ["Rosa asked for more time, until 20:00", "warn", "Two hours, then"],
    ["Edna granted more time: now due 20:00", "ok", null],
  ]);
});
