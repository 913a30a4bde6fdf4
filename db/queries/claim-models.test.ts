import { expect, test } from "vitest";
import { proposeClaims } from "@/lib/articles/proposals";
import { adaptToDesk, encodeModel, shippedFingerprint, shippedModel } from "@/lib/claims";
import { sportsDeskDecisions } from "@/lib/claims/adapt.fixtures";
import { createTestAdmin, createTestDatabase } from "../testing";
import { settings } from "../schema";
import { listAuditForEntity } from "./audit";
import { activeClaimModel, adoptClaimModel, getActiveClaimModelId, KEPT_MODELS, listClaimModels, saveClaimModel } from "./claim-models";

const SPENDING = "Harbourton council spent $12 million on road repairs last year, up 4 percent.";

async function adaptedFixture() {
  const result = adaptToDesk(shippedModel(), sportsDeskDecisions(120));
  if (!result.ok) throw new Error("expected enough decisions");
  return result;
}

test("a desk model is stored unused, then chosen; the finder scores with it, and goes back to the shipped model", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const adapted = await adaptedFixture();
  const file = encodeModel(adapted.model, { adaptedFrom: shippedFingerprint() });
  const modelId = await saveClaimModel(db, { file, report: adapted.report, baseFingerprint: shippedFingerprint(), actorId: admin.id });

  const [listed] = await listClaimModels(db);
  expect(listed).toMatchObject({ id: modelId, createdByName: "Ada", decisions: 120, current: true, report: adapted.report });
  // Stored but not in use: the finder still suggests the spending line.
  expect(await getActiveClaimModelId(db)).toBeNull();
  expect(await activeClaimModel(db)).toBe(shippedModel());
  expect(proposeClaims(SPENDING, [], await activeClaimModel(db))).toHaveLength(1);

  expect(await adoptClaimModel(db, { modelId, actorId: admin.id })).toEqual({ ok: true });
  const inUse = await activeClaimModel(db);
  expect(inUse).not.toBe(shippedModel());
  expect(inUse.threshold).toBeCloseTo(adapted.model.threshold, 5);
  expect(await activeClaimModel(db)).toBe(inUse); // decoded once
  // This desk dismisses spending lines: its model no longer suggests one.
  expect(proposeClaims(SPENDING, [], inUse)).toHaveLength(0);

  expect(await adoptClaimModel(db, { modelId: null, actorId: admin.id })).toEqual({ ok: true });
  expect(await activeClaimModel(db)).toBe(shippedModel());

  const actions = (await listAuditForEntity(db, { entityType: "settings", entityId: "claims.model_id" })).map((e) => [e.action, e.before, e.after]);
  expect(actions).toEqual([
    ["claim_model.used", { modelId: null }, { modelId }],
    ["claim_model.used", { modelId }, { modelId: null }],
  ]);
});

test("a model adapted for another release is refused, and if chosen before the release, the finder falls back", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const adapted = await adaptedFixture();
  const file = encodeModel(adapted.model, {});
  const old = await saveClaimModel(db, { file, report: adapted.report, baseFingerprint: "0123456789abcdef", actorId: admin.id });
  expect(await adoptClaimModel(db, { modelId: old, actorId: admin.id })).toEqual({ ok: false, reason: "outdated" });
  expect(await adoptClaimModel(db, { modelId: crypto.randomUUID(), actorId: admin.id })).toEqual({ ok: false, reason: "missing" });
  expect((await listClaimModels(db))[0].current).toBe(false);
  // Chosen under the release it was made for; this build's shipped model differs.
  await db.insert(settings).values({ key: "claims.model_id", value: old });
  expect(await activeClaimModel(db)).toBe(shippedModel());
});

test("only the newest models are kept, and never the one in use", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const adapted = await adaptedFixture();
  const file = encodeModel(adapted.model, {});
  const save = () => saveClaimModel(db, { file, report: adapted.report, baseFingerprint: shippedFingerprint(), actorId: admin.id });
  const first = await save();
  expect(await adoptClaimModel(db, { modelId: first, actorId: admin.id })).toEqual({ ok: true });
  const later: string[] = [];
  for (let i = 0; i < KEPT_MODELS + 2; i++) later.push(await save());
  const ids = (await listClaimModels(db)).map((m) => m.id);
  expect(ids).toHaveLength(KEPT_MODELS + 1);
  expect(ids).toContain(first);
  expect(ids.slice(0, KEPT_MODELS)).toEqual(later.slice(-KEPT_MODELS).reverse());
});
