import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { nextInQueue, nextToSignOff } from "@/lib/workflow/queue-next";
import type { Database } from "../index";
import { articles, verdicts } from "../schema";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { assignClaims } from "./assignments";
import { findNextInQueue, findNextToSignOff } from "./next-claim";
import { listQueue } from "./queue";
import { decideVerdict, listAwaitingSignOff } from "./review";
import { listVerdictScale } from "./settings";
import { listVerdictVersions, saveVerdict } from "./verdicts";

let db: Database;
let ids: Record<"admin" | "Edna" | "Rosa" | "Sam", string>;
const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));

beforeEach(async () => {
  db = await createTestDatabase();
  ids = await createTestPeople(db, { Edna: "editor", Rosa: "reviewer", Sam: "reviewer" });
});

/** A one-claim article's claim assigned to `reviewerId`; `claimText` is the claim. */
async function held(claimText: string, reviewerId: string, terms: { dueAt?: Date | null; priority?: "low" | "normal" | "high" | "urgent" } = {}) {
  const { claimId } = await createOneClaimArticle(db, ids.Edna, claimText);
  const result = await assignClaims(db, { claimIds: [claimId], reviewerId, actorId: ids.Edna, dueAt: terms.dueAt ?? null, priority: terms.priority ?? "normal", note: "" });
  if (!result.ok) throw new Error("setup");
  return claimId;
}

/** Submits the holder's verdict on `claimId` at `submittedAt`. */
async function submit(claimId: string, reviewerId: string, verdictKey: string, submittedAt: Date) {
  const sent = await saveVerdict(db, { claimId, actorId: reviewerId, expected: { verdictId: null, version: null }, content: { verdictKey, rationale: "Checked", evidence: [] }, submit: true });
  if (!sent.ok) throw new Error("setup");
  await db.update(verdicts).set({ submittedAt }).where(eq(verdicts.id, sent.verdict.id));
  return sent.verdict;
}

describe("findNextInQueue picks what nextInQueue picks from the whole queue", () => {
  test("by due time (none last), priority, then the claim's place; only claims still to do; wrapping round", async () => {
    const late = await held("Trams run late.", ids.Rosa, { dueAt: at(50) });
    const soon = await held("Buses run on time.", ids.Rosa, { dueAt: at(10) });
    const urgentUndated = await held("Ferries are free.", ids.Rosa, { priority: "urgent" });
    const lowUndated = await held("Taxis cost more.", ids.Rosa, { priority: "low" });
    const sent = await held("Bikes are cheap.", ids.Rosa, { dueAt: at(20) });
    await submit(sent, ids.Rosa, "accurate", at(30));
    // The same due time and priority, both at the start of their article: kept apart by the assignment.
    const twinA = await held("Roads are wider.", ids.Rosa, { dueAt: at(40) });
    const twinB = await held("Roads are newer.", ids.Rosa, { dueAt: at(40) });
    const elsewhere = await held("Sam's claim.", ids.Sam);

    const queue = await listQueue(db, { reviewerId: ids.Rosa });
    expect(queue).toHaveLength(7);
    for (const current of [...queue.map((item) => item.claimId), elsewhere]) {
      const expected = nextInQueue(queue, current);
      expect(await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: current }), current).toEqual(expected ? { claimId: expected.claimId, claimText: expected.claimText } : null);
    }
    // Spelled out: the submitted claim is passed over, and the last one wraps round to the first.
    expect((await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: soon }))?.claimId).toBe(queue.map((item) => item.claimId).filter((id) => id === twinA || id === twinB)[0]);
    expect((await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: lowUndated }))?.claimId).toBe(soon);
    expect((await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: late }))?.claimId).toBe(urgentUndated);
    expect((await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: elsewhere }))?.claimId).toBe(soon);
  });

  test("nothing when the current claim is the only one left to do", async () => {
    const only = await held("Trams run late.", ids.Rosa);
    const sent = await held("Bikes are cheap.", ids.Rosa);
    await submit(sent, ids.Rosa, "accurate", at(1));
    expect(await findNextInQueue(db, { reviewerId: ids.Rosa, currentClaimId: only })).toBeNull();
    expect(await findNextInQueue(db, { reviewerId: ids.Sam, currentClaimId: only })).toBeNull();
  });
});

describe("findNextToSignOff picks what nextToSignOff picks from the whole list", () => {
  test("in the list, after it left the list (approved), and never submitted; past the editor's own verdicts", async () => {
    const wrong = await held("Buses are free on Sundays.", ids.Rosa);
    const misleading = await held("Crime fell by half.", ids.Sam);
    const fine = await held("Rents rose 2% in May.", ids.Rosa);
    const mixed = await held("Most flats are empty.", ids.Sam);
    const decided = await held("Parks closed early.", ids.Rosa);
    const drafting = await held("Trams run late.", ids.Rosa);
    await submit(wrong, ids.Rosa, "inaccurate", at(20));
    await submit(misleading, ids.Sam, "misleading", at(30));
    await submit(fine, ids.Rosa, "accurate", at(1));
    await submit(mixed, ids.Sam, "mixed", at(5));
    const approved = await submit(decided, ids.Rosa, "inaccurate", at(25));
    expect(await decideVerdict(db, { claimId: decided, actorId: ids.Edna, expected: { verdictId: approved.id, version: approved.version }, decision: "approve", comment: "" })).toMatchObject({ ok: true });

    const waiting = await listAwaitingSignOff(db);
    expect(waiting.map((item) => item.claimId)).toEqual([wrong, misleading, fine, mixed]);
    const scale = await listVerdictScale(db);
    // Sam wrote two of them: as the editor, they are passed over for Sam.
    for (const editorId of [ids.Edna, ids.Sam]) {
      for (const current of [wrong, misleading, fine, mixed, decided, drafting]) {
        const [working] = await listVerdictVersions(db, current);
        const place = working?.submittedAt ? { submittedAt: working.submittedAt, needsCorrection: scale.find((entry) => entry.key === working.verdictKey)?.needsCorrection === "yes" } : null;
        const expected = nextToSignOff(waiting, current, editorId, place);
        expect(await findNextToSignOff(db, { editorId, currentClaimId: current }), `${current} for ${editorId}`).toEqual(expected ? { claimId: expected.claimId, claimText: expected.claimText } : null);
      }
    }
    // Spelled out: an approved Inaccurate one goes on to the next needing a correction, not back to the top.
    expect((await findNextToSignOff(db, { editorId: ids.Edna, currentClaimId: decided }))?.claimId).toBe(misleading);
    expect((await findNextToSignOff(db, { editorId: ids.Sam, currentClaimId: decided }))?.claimId).toBe(fine);
    expect((await findNextToSignOff(db, { editorId: ids.Edna, currentClaimId: mixed }))?.claimId).toBe(wrong);
    expect((await findNextToSignOff(db, { editorId: ids.Edna, currentClaimId: drafting }))?.claimId).toBe(wrong);
  });

  test("a spiked article's verdict is not offered; nothing when only the editor's own are left", async () => {
    const mine = await held("Buses are free on Sundays.", ids.Sam);
    const spiked = await held("Crime fell by half.", ids.Rosa);
    await submit(mine, ids.Sam, "inaccurate", at(1));
    await submit(spiked, ids.Rosa, "accurate", at(2));
    const { articleId } = (await listAwaitingSignOff(db)).find((item) => item.claimId === spiked)!;
    expect(await findNextToSignOff(db, { editorId: ids.Edna, currentClaimId: mine })).toEqual({ claimId: spiked, claimText: "Crime fell by half." });
    await db.update(articles).set({ status: "spiked" }).where(eq(articles.id, articleId));
    expect(await findNextToSignOff(db, { editorId: ids.Sam, currentClaimId: mine })).toBeNull();
    expect(await findNextToSignOff(db, { editorId: ids.Edna, currentClaimId: mine })).toBeNull();
  });
});
