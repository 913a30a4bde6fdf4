import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { assignClaims, getActiveAssignment } from "./assignments";
import { getClaim } from "./claims";
import { handBackClaim } from "./hand-back";
import { listNotifications } from "./notifications";
import { listClaimHistory } from "./review";
import { getWorkingVerdict, saveVerdict } from "./verdicts";

let db: Database;
let ids: Record<"admin" | "Rosa" | "Sam" | "Edna", string> & { claim: string };

beforeEach(async () => {
  db = await createTestDatabase();
  ids = { ...(await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer", Edna: "editor" })), claim: "" };
  ids.claim = (await createOneClaimArticle(db, ids.Edna)).claimId;
  await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Rosa, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
});

describe("handing a claim back", () => {
  // The draft saved first moves the claim's version on, as autosave does under the page: it must not stand in the way.
  test("the holder gives it back with a reason: open again, the draft kept, the assigner told, the history says why", async () => {
    await saveVerdict(db, { claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: null, version: null }, submit: false, content: { verdictKey: null, rationale: "Started on table 4", evidence: [] } });
    const result = await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "I wrote the council's press release" });
    expect(result).toMatchObject({ ok: true, assignedById: ids.Edna, replayed: false });
    // Sent twice (its answer lost): done, written once, the assigner told once; another reason is not the same request.
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "I wrote the council's press release" })).toMatchObject({ ok: true, replayed: true });
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "Off sick" })).toEqual({ ok: false, reason: "not_holder" });
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Sam, reason: "I wrote the council's press release" })).toEqual({ ok: false, reason: "not_holder" });
    expect((await listClaimHistory(db, ids.claim)).filter((e) => e.action === "claim.unassigned")).toHaveLength(1);
    expect((await listNotifications(db, { userId: ids.Edna })).filter((n) => n.kind === "handed_back")).toHaveLength(1);
    expect((await getClaim(db, ids.claim))?.status).toBe("open");
    expect(await getActiveAssignment(db, ids.claim)).toBeUndefined();
    expect((await getWorkingVerdict(db, ids.claim))?.rationale).toBe("Started on table 4");
    expect((await listNotifications(db, { userId: ids.Edna }))[0]).toMatchObject({
      kind: "handed_back",
      message: "Rosa handed back a claim you assigned (“I wrote the council's press release”): Rents doubled in ten years.",
      link: `/claims/${ids.claim}`,
    });
    // Rosa is not told of her own act.
    expect((await listNotifications(db, { userId: ids.Rosa })).map((n) => n.kind)).toEqual(["assigned"]);
    expect((await listClaimHistory(db, ids.claim)).at(-1)).toMatchObject({
      action: "claim.unassigned",
      actorName: "Rosa",
      after: { status: "open", reviewer: null, because: "handed back", reason: "I wrote the council's press release" },
    });
  });

  test("once an editor assigned it again, the same hand-back is refused: it is someone else's claim now", async () => {
    await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "Off sick" });
    await assignClaims(db, { claimIds: [ids.claim], reviewerId: ids.Sam, actorId: ids.Edna, dueAt: null, priority: "normal", note: "" });
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "Off sick" })).toEqual({ ok: false, reason: "not_holder" });
    expect((await getActiveAssignment(db, ids.claim))?.reviewerId).toBe(ids.Sam);
  });

  test("only the holder may", async () => {
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Sam, reason: "x" })).toEqual({ ok: false, reason: "not_holder" });
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Edna, reason: "x" })).toEqual({ ok: false, reason: "not_holder" });
    expect(await handBackClaim(db, { claimId: "nope", actorId: ids.Rosa, reason: "x" })).toEqual({ ok: false, reason: "not_found" });
    expect((await getActiveAssignment(db, ids.claim))?.reviewerId).toBe(ids.Rosa);
  });

  test("a verdict already submitted for sign-off cannot be handed back", async () => {
    await saveVerdict(db, {
      claimId: ids.claim, actorId: ids.Rosa, expected: { verdictId: null, version: null }, submit: true,
      content: { verdictKey: "accurate", rationale: "Table 4", evidence: [{ url: "https://stats.example/t4", title: "T4", publisher: "Stats", quote: "", accessedOn: "2026-12-07", archiveUrl: null, stance: "supports" }] },
    });
    expect(await handBackClaim(db, { claimId: ids.claim, actorId: ids.Rosa, reason: "x" })).toEqual({ ok: false, reason: "bad_state" });
  });
});
