import { eq } from "drizzle-orm";
import { expect, test } from "vitest";
import { timeZoneChoices } from "@/lib/time/zone";
import { settings } from "../schema";
import { createTestAdmin, createTestDatabase } from "../testing";
import { listAuditForEntity } from "./audit";
import { getDeskTimeZone, getNewsroomSettings, isNewsroomNamed, listVerdictScale, updateNewsroomSettings, updateVerdictScale } from "./settings";

test("admins relabel, recolour and reorder the scale; ratings and correction rules stay", async () => {
  const db = await createTestDatabase();
  const admin = { user: await createTestAdmin(db) };
  await updateVerdictScale(db, { actorId: admin.user.id, entries: [{ key: "inaccurate", label: "False", color: "#aa0000", position: 0 }] });
  const scale = await listVerdictScale(db);
  expect(scale[0]).toMatchObject({ key: "inaccurate", label: "False", color: "#aa0000", ratingValue: 1, needsCorrection: "yes" });
  const trail = await listAuditForEntity(db, { entityType: "scale", entityId: "verdict_scale" });
  expect(trail.map((e) => e.action)).toEqual(["scale.updated"]);
});

test("a save over a scale someone else saved since is refused and changes nothing", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  const loaded = (await listVerdictScale(db)).map(({ key, label, color, position }) => ({ key, label, color, position }));
  const misleading = loaded.find((e) => e.key === "misleading")!;
  // Tab B renames "Misleading"; tab A, opened before, then recolours another verdict.
  expect(await updateVerdictScale(db, { actorId: admin.id, expected: loaded, entries: [{ ...misleading, label: "Misleading claim" }] })).toEqual({ ok: true });
  const mixed = loaded.find((e) => e.key === "mixed")!;
  expect(await updateVerdictScale(db, { actorId: admin.id, expected: loaded, entries: [...loaded.filter((e) => e.key !== "mixed"), { ...mixed, color: "#7a5a00" }] })).toEqual({ ok: false, reason: "conflict" });
  const now = await listVerdictScale(db);
  expect(now.find((e) => e.key === "misleading")?.label).toBe("Misleading claim");
  expect(now.find((e) => e.key === "mixed")?.color).toBe(mixed.color);
});

test("the desk's time zone: UTC until an admin chooses one, audited, and a zone the runtime no longer knows reads as UTC", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  expect(await getDeskTimeZone(db)).toBe("UTC");
  expect((await getNewsroomSettings(db)).timeZone).toBe("UTC");

  await updateNewsroomSettings(db, { actorId: admin.id, value: { name: "The Riverside Ledger", url: "https://ledger.example", timeZone: "America/New_York" } });
  expect(await getDeskTimeZone(db)).toBe("America/New_York");
  expect(await getNewsroomSettings(db)).toEqual({ name: "The Riverside Ledger", url: "https://ledger.example", timeZone: "America/New_York" });
  const [event] = await listAuditForEntity(db, { entityType: "settings", entityId: "newsroom" });
  expect(event).toMatchObject({ action: "settings.newsroom_changed" });
  expect(JSON.stringify(event)).toContain("America/New_York");

  await db.update(settings).set({ value: "Atlantis/Lost_City" }).where(eq(settings.key, "desk.time_zone"));
  expect(await getDeskTimeZone(db)).toBe("UTC");
  expect((await getNewsroomSettings(db)).timeZone).toBe("UTC");
});

test("a zone saved under its old spelling keeps its clock and reads under its current name, one of the choices", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  await updateNewsroomSettings(db, { actorId: admin.id, value: { name: "The Kyiv Ledger", url: "https://ledger.example", timeZone: "Europe/Kiev" } });
  expect(await getDeskTimeZone(db)).toBe("Europe/Kyiv");
  expect((await getNewsroomSettings(db)).timeZone).toBe("Europe/Kyiv");
  await db.update(settings).set({ value: "Asia/Calcutta" }).where(eq(settings.key, "desk.time_zone"));
  expect(await getDeskTimeZone(db)).toBe("Asia/Kolkata");
  expect(timeZoneChoices()).toContain(await getDeskTimeZone(db));
});

test("the newsroom counts as named only once an admin saved a name: the defaults are not a name", async () => {
  const db = await createTestDatabase();
  const admin = await createTestAdmin(db);
  expect(await isNewsroomNamed(db)).toBe(false);
  expect((await getNewsroomSettings(db)).name).toBe("Our newsroom");
  await updateNewsroomSettings(db, { actorId: admin.id, value: { name: "The Riverside Ledger", url: "https://ledger.example", timeZone: "UTC" } });
  expect(await isNewsroomNamed(db)).toBe(true);
});
