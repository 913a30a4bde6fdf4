import { describe, expect, test } from "vitest";
import { activityDetail, activityPhrase, kindsFor } from "./activity";
import { activityHref, parseActivityQuery } from "./activity-query";

const event = (action: string, after: Record<string, unknown> | null = null, before: Record<string, unknown> | null = null) => ({ action, after, before });

describe("activity phrases", () => {
  test.each([
    [event("claim.dismissed", { status: "dismissed", reason: "not_checkable" }), "dismissed it as not checkable"],
    [event("claim.reassigned", { reviewer: "Raj" }, { reviewer: "Rita" }), "reassigned it from Rita to Raj"],
    [event("claim.unassigned", { because: "holder deactivated" }, { reviewer: "Rita" }), "deactivated Rita, who held it"],
    [event("verdict.returned", { number: 2, comment: "Needs the 2024 figure" }), "returned version 2 to the reviewer"],
    [event("claims.found", { suggestions: 1 }), "ran Find claims: 1 suggestion"],
    [event("claims.found", { suggestions: 12 }), "ran Find claims: 12 suggestions"],
    [event("claims.accepted_all_undone", { undone: 3, kept: ["c4"] }), "undid Accept all suggested (3 back to suggestions)"],
    [event("user.role_changed", { role: "editor" }, { role: "reviewer" }), "changed their role from reviewer to editor"],
    // The away day in the desk's style, as Admin and the Dashboard show it.
    [event("user.away_set", { day: "2026-12-10" }), "marked them away until 10 Dec 2026"],
    [event("user.sessions_ended"), "signed out everywhere"],
    [event("correction.published"), "published a correction"],
    [event("verdict.withdrawn", { number: 2, state: "draft" }), "took version 2 back from sign-off"],
    [event("correction.discarded", { status: "discarded" }, { status: "draft", note: "An earlier version misstated the fare." }), "discarded a correction"],
    [event("claim_model.used", { modelId: null }), "went back to the shipped claim finder"],
    [event("article.spiked", { status: "spiked", reason: "Vote postponed" }), "spiked it"],
    [event("claim.unassigned", { because: "article spiked" }, { reviewer: "Rita" }), "released it from Rita: the article was spiked"],
    [event("claim.comment_edited", { comment: "Table 4 says 98%" }, { comment: "Table 4 says 89%" }), "edited a comment"],
    [event("claim.comment_removed", { author: "Rosa" }, { comment: "Wrong claim" }), "removed a comment by Rosa"],
    [event("claim.unassigned", { because: "handed back", reason: "Conflict of interest" }, { reviewer: "Rita" }), "handed it back"],
    [event("claim.more_time_asked", { until: "2026-12-07T09:00:00.000Z", reason: "ONS answers tomorrow" }), "asked for more time"],
    [event("claim.more_time_granted", { dueAt: "2026-12-07T09:00:00.000Z", note: "" }), "granted more time"],
    [event("claim.more_time_declined", { dueAt: null, note: "Page closes at six" }), "declined a request for more time"],
    [event("claim.reassigned", { reviewer: "Rita" }, { reviewer: "Rita" }), "changed the terms for Rita"],
    [event("claim.reassigned", { reviewer: "Rita", changed: ["due time", "note"] }, { reviewer: "Rita" }), "changed the due time and note for Rita"],
    [event("claim.reworded", { text: "The bridge will cost $49 million" }, { text: "The bridge will cost $48.5 million" }), "changed its words in the article"],
    [event("claim.words_restored", { status: "approved", text: "Fares rose 12%" }, { status: "stale", text: "Fares rose 15%" }), "put back the words its approved verdict ruled on: approved again"],
    [event("claim.claimant_changed", { claimant: "Sarah Collins MP" }, { claimant: "MP" }), "named its claimant: Sarah Collins MP"],
    [event("claim.claimant_changed", { claimant: null }, { claimant: "The figures" }), "cleared its claimant: nobody named"],
    [event("claim.something_new"), "something new"],
  ])("%o reads %s", (e, phrase) => {
    expect(activityPhrase(e)).toBe(phrase);
  });

  test("details are the words people wrote: comments, notes, reasons for a return", () => {
    expect(activityDetail(event("verdict.returned", { comment: "Needs the 2024 figure" }))).toBe("Needs the 2024 figure");
    expect(activityDetail(event("claim.assigned", { note: "Budget papers" }))).toBe("Budget papers");
    expect(activityDetail(event("verdict.approved", { number: 1 }))).toBeNull();
    expect(activityDetail(event("claim.unassigned", { because: "handed back", reason: "Conflict of interest" }))).toBe("Conflict of interest");
    expect(activityDetail(event("claim.comment_edited", { comment: "Table 4 says 98%" }, { comment: "89%" }))).toBe("Table 4 says 98%");
    expect(activityDetail(event("article.spiked", { reason: "Vote postponed" }))).toBe("Vote postponed");
    // A discarded correction's row is gone: the note it had is what the feed can show.
    expect(activityDetail(event("correction.discarded", { status: "discarded" }, { note: "An earlier version misstated the fare." }))).toBe("An earlier version misstated the fare.");
    expect(activityDetail(event("claim.more_time_asked", { reason: "ONS answers tomorrow" }))).toBe("ONS answers tomorrow");
    expect(activityDetail(event("claim.more_time_declined", { note: "Page closes at six" }))).toBe("Page closes at six");
    expect(activityDetail(event("claim.more_time_granted", { note: "" }))).toBeNull();
    expect(activityDetail(event("claim.reworded", { text: "The bridge will cost $49 million" }))).toBe("The bridge will cost $49 million");
  });

  test("people and access are for administrators", () => {
    expect(kindsFor("admin")).toContain("people");
    expect(kindsFor("editor")).not.toContain("people");
  });
});

describe("the activity query in the URL", () => {
  const people = ["u1", "u2"];
  test("reads what it knows and drops the rest", () => {
    expect(parseActivityQuery({ kind: "verdicts", person: "u2", from: "2026-12-31", to: "2026-12-01", drafts: "1", before: "1796549006940.42" }, kindsFor("admin"), people)).toEqual({
      kind: "verdicts",
      person: "u2",
      from: "2026-12-01",
      to: "2026-12-31",
      drafts: true,
      before: { at: 1796549006940, seq: 42 },
    });
    expect(parseActivityQuery({ kind: "people", person: "someone-else", from: "2026-02-30", before: "1' OR 1=1" }, kindsFor("editor"), people)).toEqual({ drafts: false });
  });

  test("round-trips through the URL", () => {
    const query = parseActivityQuery({ kind: "claims", person: "u1", from: "2026-12-01", drafts: "1", before: "5.6" }, kindsFor("admin"), people);
    const href = activityHref(query);
    expect(href).toBe("/activity?kind=claims&person=u1&from=2026-12-01&drafts=1&before=5.6");
    const params = Object.fromEntries(new URL(href, "http://desk").searchParams);
    expect(parseActivityQuery(params, kindsFor("admin"), people)).toEqual(query);
    expect(activityHref({ drafts: false })).toBe("/activity");
  });
});
