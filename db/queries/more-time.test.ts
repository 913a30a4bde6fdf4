import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { getArticle } from "./articles";
import { assignClaims, getActiveAssignment } from "./assignments";
import { getClaim } from "./claims";
import { sendDueReminders } from "./due-reminders";
import { answerMoreTime, askForMoreTime } from "./more-time";
import { listNotifications } from "./notifications";
import { getClaimForReview, listClaimHistory } from "./review";
import { spikeArticle } from "./spike";
import { saveVerdict } from "./verdicts";

const HOUR = 60 * 60 * 1000;
let db: Database;
let ids: Record<"admin" | "Rosa" | "Sam" | "Edna" | "Eli", string> & { claim: string; article: string };
const now = new Date();
const due = new Date(now.getTime() + 2 * HOUR);
const later = new Date(now.getTime() + 20 * HOUR);

beforeEach(async () => {
  db = await createTestDatabase();
  ids = { ...(await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer", Edna: "editor", Eli: "editor" })), claim: "", article: "" };
  const made = await createOneClaimArticle(db, ids.Edna);
  ids.claim = made.claimId;
  ids.article = made.articleId;
  await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Rosa, actorId: ids.Edna, dueAt: due, priority: "normal", note: "" });
});

const ask = (actorId: string, until = later, reason = "The ONS answers tomorrow morning") => askForMoreTime(db, { claimId: ids.claim, actorId, until, reason, now });
const pending = async () => (await getClaimForReview(db, ids.claim))?.assignment?.moreTime ?? null;

describe("asking for more time", () => {
  test("the holder asks: the request sits on the assignment, the assigner is told, the history says until when and why", async () => {
    expect(await ask(ids.Rosa)).toMatchObject({ ok: true, assignedById: ids.Edna, holderName: "Rosa" });
    expect(await pending()).toEqual({ until: later, reason: "The ONS answers tomorrow morning", askedAt: now });
    // The due time itself does not move until an editor says so.
    expect((await getActiveAssignment(db, ids.claim))?.dueAt).toEqual(due);
    expect((await listNotifications(db, { userId: ids.Edna }))[0]).toMatchObject({
      kind: "more_time",
      message: "Rosa asks for more time on a claim you assigned (“The ONS answers tomorrow morning”): Rents doubled in ten years.",
      link: `/claims/${ids.claim}`,
    });
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({
      action: "claim.more_time_asked",
      actorName: "Rosa",
      before: { dueAt: due.toISOString() },
      after: { until: later.toISOString(), reason: "The ONS answers tomorrow morning" },
    });
  });

  test("only the holder may ask, for a time later than the claim is due, while still at work on it", async () => {
    expect(await ask(ids.Sam)).toEqual({ ok: false, reason: "not_holder" });
    expect(await ask(ids.Edna)).toEqual({ ok: false, reason: "not_holder" });
    expect(await askForMoreTime(db, { claimId: "nope", actorId: ids.Rosa, until: later, reason: "x", now })).toEqual({ ok: false, reason: "not_found" });
    expect(await ask(ids.Rosa, new Date(due.getTime() - HOUR))).toEqual({ ok: false, reason: "invalid", message: "Choose a time later than the claim is due now." });
    expect(await ask(ids.Rosa, new Date(now.getTime() - HOUR))).toEqual({ ok: false, reason: "invalid", message: "Choose a time still to come." });
    expect(await pending()).toBeNull();

    await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: null, version: null }, submit: true, content: { verdictKey: "accurate", rationale: "Table 4", evidence: [] } });
    expect(await ask(ids.Rosa)).toEqual({ ok: false, reason: "bad_state" });
  });

  test("submitting the verdict closes an open request, so a return does not bring it back", async () => {
    await ask(ids.Rosa);
    await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: null, version: null }, submit: true, content: { verdictKey: "accurate", rationale: "Table 4", evidence: [] } });
    expect(await pending()).toBeNull();
    expect((await getActiveAssignment(db, ids.claim))?.dueAt).toEqual(due);
  });

  test("nobody asks for time on a spiked article (spiking takes the claim off its holder)", async () => {
    const article = await getArticle(db, ids.article);
    await spikeArticle(db, { articleId: ids.article, expectedVersion: article!.version, reason: "Will not run", actorId: ids.Edna });
    expect(await ask(ids.Rosa)).toEqual({ ok: false, reason: "not_holder" });
  });

  test("asking again replaces the open request", async () => {
    await ask(ids.Rosa);
    const again = new Date(later.getTime() + 4 * HOUR);
    await askForMoreTime(db, { claimId: ids.claim, actorId: ids.Rosa, until: again, reason: "And the council too", now: new Date(now.getTime() + 1000) });
    expect(await pending()).toMatchObject({ until: again, reason: "And the council too" });
  });

  test("reassigning the claim ends the request with the assignment", async () => {
    await ask(ids.Rosa);
    await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Sam, actorId: ids.Edna, dueAt: due, priority: "normal", note: "" });
    expect(await pending()).toBeNull();
  });
});

describe("answering a request for more time", () => {
  test("granting moves the due time, closes the request, re-arms the reminder and tells the holder", async () => {
    // Rosa was reminded of the old due time; the new one deserves a reminder of its own.
    expect((await sendDueReminders(db, { now, leadMs: 3 * HOUR })).map((r) => r.name)).toEqual(["Rosa"]);
    await ask(ids.Rosa);
    const result = await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Eli, askedAt: now, grant: true, note: "" });
    expect(result).toMatchObject({ ok: true, holderId: ids.Rosa, editorName: "Eli", dueAt: later });
    const assignment = await getActiveAssignment(db, ids.claim);
    expect(assignment).toMatchObject({ dueAt: later, remindedAt: null, moreTimeUntil: null, moreTimeReason: null, moreTimeAskedAt: null });
    expect(await sendDueReminders(db, { now: new Date(later.getTime() - HOUR), leadMs: 3 * HOUR })).toHaveLength(1);
    expect((await listNotifications(db, { userId: ids.Rosa })).filter((n) => n.kind === "more_time").map((n) => n.message)).toEqual(["Eli gave you the time you asked for: Rents doubled in ten years."]);
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({
      action: "claim.more_time_granted",
      actorName: "Eli",
      before: { dueAt: due.toISOString(), asked: later.toISOString() },
      after: { dueAt: later.toISOString(), note: "" },
    });
    // The claim's own version is untouched: a form open on the claim page is not stale.
    expect((await getClaim(db, ids.claim))?.status).toBe("assigned");
  });

  test("declining keeps the due time, closes the request and tells the holder why", async () => {
    await ask(ids.Rosa);
    expect(await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Edna, askedAt: now, grant: false, note: "The page closes at six" })).toMatchObject({ ok: true, dueAt: due });
    expect(await getActiveAssignment(db, ids.claim)).toMatchObject({ dueAt: due, moreTimeAskedAt: null });
    expect((await listNotifications(db, { userId: ids.Rosa }))[0]).toMatchObject({
      message: "Edna could not give you more time (“The page closes at six”); the due time stands: Rents doubled in ten years.",
    });
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({ action: "claim.more_time_declined", after: { dueAt: due.toISOString(), note: "The page closes at six" } });
  });

  test("an answer to a request that changed or is gone changes nothing", async () => {
    expect(await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Edna, askedAt: now, grant: true, note: "" })).toEqual({ ok: false, reason: "no_request" });
    await ask(ids.Rosa);
    expect(await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Edna, askedAt: new Date(now.getTime() - 1), grant: true, note: "" })).toEqual({ ok: false, reason: "conflict" });
    expect(await answerMoreTime(db, { claimId: "nope", actorId: ids.Edna, askedAt: now, grant: true, note: "" })).toEqual({ ok: false, reason: "not_found" });
    expect((await getActiveAssignment(db, ids.claim))?.dueAt).toEqual(due);
    // Answered once: a second answer (another editor, the same moment) finds nothing to answer.
    await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Edna, askedAt: now, grant: false, note: "" });
    expect(await answerMoreTime(db, { claimId: ids.claim, actorId: ids.Eli, askedAt: now, grant: true, note: "" })).toEqual({ ok: false, reason: "no_request" });
    expect((await getActiveAssignment(db, ids.claim))?.dueAt).toEqual(due);
  });
});
