import { expect, test } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { listAuditForEntity } from "./audit";
import { listVerdictScale, updateVerdictScale } from "./settings";

test("admins relabel, recolour and reorder the scale; ratings and correction rules stay", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  await updateVerdictScale(db, { actorId: admin.user.id, entries: [{ key: "inaccurate", label: "False", color: "#aa0000", position: 0 }] });
  const scale = await listVerdictScale(db);
  expect(scale[0]).toMatchObject({ key: "inaccurate", label: "False", color: "#aa0000", ratingValue: 1, needsCorrection: "yes" });
  const trail = await listAuditForEntity(db, { entityType: "scale", entityId: "verdict_scale" });
  expect(trail.map((e) => e.action)).toEqual(["scale.updated"]);
});
