import { describe, expect, test } from "vitest";
import { CLAIM_STATUSES, type ClaimStatus } from "./statuses";
import { CLAIM_EVENTS, allowedEvents, canApply, canDismiss, dismissEvent, isClaimEvent, nextStatus, type ClaimEvent } from "./transitions";

// Written out by hand, independent of TRANSITIONS, so a slip in the table fails here.
const ALLOWED: [ClaimStatus, ClaimEvent, ClaimStatus][] = [
  ["proposed", "accept", "open"],
  ["proposed", "dismiss", "dismissed"],
  ["open", "dismiss", "dismissed"],
  ["stale", "dismiss", "dismissed"],
  ["dismissed", "restore", "open"],
  ["stale", "reopen", "open"],
  ["open", "assign", "assigned"],
  ["assigned", "assign", "assigned"],
  ["in_review", "assign", "assigned"],
  ["returned", "assign", "assigned"],
  ["stale", "assign", "assigned"],
  ["assigned", "unassign", "open"],
  ["in_review", "unassign", "open"],
  ["returned", "unassign", "open"],
  ["assigned", "start_review", "in_review"],
  ["returned", "start_review", "in_review"],
  ["assigned", "save_draft", "in_review"],
  ["returned", "save_draft", "in_review"],
  ["in_review", "save_draft", "in_review"],
  ["stale", "save_draft", "in_review"],
  ["assigned", "submit", "submitted"],
  ["in_review", "submit", "submitted"],
  ["returned", "submit", "submitted"],
  ["stale", "submit", "submitted"],
  ["stale", "words_restored", "approved"],
  ["submitted", "approve", "approved"],
  ["submitted", "return", "returned"],
  ["approved", "revise", "in_review"],
  ["in_review", "mark_stale", "stale"],
  ["submitted", "mark_stale", "stale"],
  ["approved", "mark_stale", "stale"],
  ["returned", "mark_stale", "stale"],
  ["assigned", "drop_lost", "dismissed"],
  ["in_review", "drop_lost", "dismissed"],
  ["submitted", "drop_lost", "dismissed"],
  ["returned", "drop_lost", "dismissed"],
  ["dismissed", "undo_dismiss", "proposed"],
  ["open", "undo_accept", "proposed"],
  ["submitted", "withdraw", "in_review"],
];

const expected = new Map(ALLOWED.map(([from, event, to]) => [`${from}:${event}`, to]));
const everyCell = CLAIM_STATUSES.flatMap((from) =>
  CLAIM_EVENTS.map((event) => [from, event, expected.get(`${from}:${event}`) ?? null] as const),
);

describe("claim status machine", () => {
  test("the grid covers every status × event", () => {
    expect(everyCell).toHaveLength(CLAIM_STATUSES.length * CLAIM_EVENTS.length);
  });

  test.each(everyCell)("%s --%s--> %s", (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
    expect(canApply(from, event)).toBe(to !== null);
  });

  test.each([
    ["proposed", ["accept", "dismiss"]],
    ["approved", ["revise", "mark_stale"]],
    ["dismissed", ["restore", "undo_dismiss"]],
  ] as const)("allowedEvents(%s)", (from, events) => {
    expect(allowedEvents(from)).toEqual(events);
  });

  test("no event leaves approved except revise and mark_stale, so approval is final", () => {
    const exits = CLAIM_EVENTS.filter((event) => nextStatus("approved", event) !== null);
    expect(exits).toEqual(["revise", "mark_stale"]);
  });

  test.each([
    ["approve", true],
    ["publish", false],
    ["", false],
  ])("isClaimEvent(%j) = %s", (value, ok) => {
    expect(isClaimEvent(value)).toBe(ok);
  });
});

describe("dismissing a claim", () => {
  test.each([
    ["open", "anchored", "dismiss"],
    ["stale", "orphaned", "dismiss"],
    ["in_review", "orphaned", "drop_lost"],
    ["submitted", "orphaned", "drop_lost"],
    ["assigned", "orphaned", "drop_lost"],
    ["returned", "orphaned", "drop_lost"],
    ["in_review", "anchored", null],
    ["submitted", "moved", null],
    ["approved", "orphaned", null],
    ["dismissed", "orphaned", null],
  ] as const)("%s and %s: %s", (status, anchorState, event) => {
    expect(dismissEvent({ status, anchorState })).toBe(event);
    expect(canDismiss({ status, anchorState })).toBe(event !== null);
  });
});
