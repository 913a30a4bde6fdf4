import { afterEach, describe, expect, test, vi } from "vitest";
import { createTestAdmin, createTestDatabase } from "../testing";
import { listAuditForEntity, recordAuditEvent } from "./audit";

afterEach(() => vi.restoreAllMocks());

describe("the audit trail's order", () => {
  test("events written in the same millisecond read back in the order they were written", async () => {
    const db = await createTestDatabase();
    const admin = await createTestAdmin(db);
    // Freeze the clock: every event gets the same createdAt, so only the tie-break orders them.
    vi.spyOn(Date, "now").mockReturnValue(1_764_000_000_000);
    const actions = Array.from({ length: 30 }, (_, i) => `step.${i}`);
    for (const action of actions) {
      await recordAuditEvent(db, { actorId: admin.id, entityType: "claim", entityId: "c1", action });
    }
    const trail = await listAuditForEntity(db, { entityType: "claim", entityId: "c1" });
    expect(trail.map((e) => e.action)).toEqual(actions);
  });
});
