import { beforeEach, expect, test } from "vitest";
import type { Database } from "../index";
import { createOneClaimArticle, createTestDatabase, createTestPeople } from "../testing";
import { listAuditForEntity } from "./audit";
import { getClaim } from "./claims";
import { setClaimant } from "./claimant";

let db: Database;
let ids: Record<"admin" | "Edna" | "Eli", string> & { claim: string };

beforeEach(async () => {
  db = await createTestDatabase();
  ids = { ...(await createTestPeople(db, { Edna: "editor", Eli: "editor" })), claim: "" };
  ids.claim = (await createOneClaimArticle(db, ids.Edna)).claimId;
});

test("an editor names the claimant: saved over the version read, audited; cleared to nobody; an old screen is a conflict", async () => {
  const opened = (await getClaim(db, ids.claim))!;
  const named = await setClaimant(db, { claimId: ids.claim, actorId: ids.Edna, expectedVersion: opened.version, claimant: "Sarah Collins MP" });
  expect(named).toMatchObject({ ok: true, claimant: "Sarah Collins MP", version: opened.version + 1 });
  expect((await getClaim(db, ids.claim))?.claimant).toBe("Sarah Collins MP");

  // Eli's page was opened before Edna's edit.
  expect(await setClaimant(db, { claimId: ids.claim, actorId: ids.Eli, expectedVersion: opened.version, claimant: "The council" })).toEqual({ ok: false, reason: "conflict" });
  // The same edit sent again is done, and written once.
  expect(await setClaimant(db, { claimId: ids.claim, actorId: ids.Edna, expectedVersion: opened.version, claimant: "Sarah Collins MP" })).toMatchObject({ ok: true, version: opened.version + 1 });

  expect(await setClaimant(db, { claimId: ids.claim, actorId: ids.Edna, expectedVersion: opened.version + 1, claimant: null })).toMatchObject({ ok: true, claimant: null });
  const trail = (await listAuditForEntity(db, { entityType: "claim", entityId: ids.claim })).filter((e) => e.action === "claim.claimant_changed");
  expect(trail.map((e) => [e.actorName, e.before, e.after])).toEqual([
    ["Edna", { claimant: opened.claimant }, { claimant: "Sarah Collins MP" }],
    ["Edna", { claimant: "Sarah Collins MP" }, { claimant: null }],
  ]);
  expect(await setClaimant(db, { claimId: "nope", actorId: ids.Edna, expectedVersion: 1, claimant: "x" })).toEqual({ ok: false, reason: "not_found" });
});
