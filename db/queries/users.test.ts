import { beforeEach, describe, expect, test } from "vitest";
import { createTestDatabase, createTestPeople } from "../testing";
import type { Database } from "../index";
import { createApiToken, findUserByApiToken } from "./api-tokens";
import { createArticle } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims, updateClaimIfVersion } from "./claims";
import { listAuditForEntity } from "./audit";
import { countHeldClaims, countUsers, endAllSessions, endSession, createFirstAdministrator, createUser, findUserByEmail, getPasswordHash, getSessionUser, getUserById, getMailOff, listMailablePeople, setMailOff, listPeopleByIds, setPassword, updateUser } from "./users";
import { getDeskTimeZone, startDeskClock } from "./settings";

let db: Database;
beforeEach(async () => {
  db = await createTestDatabase();
});

/** An administrator and a reviewer whose password is "old", for the password tests. */
async function adminAndReviewer(): Promise<{ admin: { user: { id: string } }; id: string }> {
  const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
  if (!admin.ok) throw new Error("setup");
  const created = await createUser(db, { name: "Raj", email: "raj@example.org", role: "reviewer", passwordHash: "old", actorId: admin.user.id });
  if (!created.ok) throw new Error("setup");
  return { admin, id: created.user.id };
}

describe("users", () => {
  test("the first administrator can be created once only", async () => {
    const first = await createFirstAdministrator(db, { name: "Ada", email: "Ada@Example.org ", passwordHash: "h" });
    expect(first.ok && first.user.role).toBe("admin");
    expect(first.ok && first.user.email).toBe("ada@example.org");
    const second = await createFirstAdministrator(db, { name: "Eve", email: "eve@example.org", passwordHash: "h" });
    expect(second).toEqual({ ok: false, reason: "not_first" });
    expect(await countUsers(db)).toBe(1);
  });

  test("the founder's own time zone becomes the desk's clock; an unknown zone leaves the default", async () => {
    expect(await getDeskTimeZone(db)).toBe("UTC");
    await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h", deskTimeZone: "Asia/Calcutta" });
    expect(await getDeskTimeZone(db)).toBe("Asia/Kolkata");
    const other = await createTestDatabase();
    await createFirstAdministrator(other, { name: "Ada", email: "ada@example.org", passwordHash: "h", deskTimeZone: "Mars/Olympus" });
    expect(await getDeskTimeZone(other)).toBe("UTC");
  });

  test("a desk that already has a clock keeps it", async () => {
    expect(await startDeskClock(db, "Europe/London")).toBe(true);
    expect(await startDeskClock(db, "America/New_York")).toBe(false);
    expect(await getDeskTimeZone(db)).toBe("Europe/London");
  });

  test("a duplicate e-mail is refused whatever its case", async () => {
    const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
    if (!admin.ok) throw new Error("setup");
    const dup = await createUser(db, { name: "A", email: "ADA@example.org", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
    expect(dup).toEqual({ ok: false, reason: "duplicate_email" });
  });

  test("deactivating keeps the user and writes the audit trail", async () => {
    const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
    if (!admin.ok) throw new Error("setup");
    const created = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
    if (!created.ok) throw new Error("setup");
    await updateUser(db, { userId: created.user.id, actorId: admin.user.id, active: false });
    await updateUser(db, { userId: created.user.id, actorId: admin.user.id, role: "editor" });
    const row = await findUserByEmail(db, "rita@example.org");
    expect(row).toMatchObject({ active: false, role: "editor" });
    const trail = await listAuditForEntity(db, { entityType: "user", entityId: created.user.id });
    expect(trail.map((e) => e.action)).toEqual(["user.created", "user.deactivated", "user.role_changed"]);
    expect(trail[2]).toMatchObject({ before: { role: "reviewer" }, after: { role: "editor" }, actorName: "Ada" });
  });

  test("only active people are mailed", async () => {
    const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
    if (!admin.ok) throw new Error("setup");
    const created = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
    if (!created.ok) throw new Error("setup");
    expect(await listMailablePeople(db, [created.user.id, "nobody"], "mentions")).toEqual([{ id: created.user.id, name: "Rita", email: "rita@example.org" }]);
    // Turned off, that kind of e-mail is not sent; the others still are.
    await setMailOff(db, created.user.id, ["mentions", "reminders", "mentions"]);
    expect(await getMailOff(db, created.user.id)).toEqual(["mentions", "reminders"]);
    expect(await listMailablePeople(db, [created.user.id], "mentions")).toEqual([]);
    expect(await listMailablePeople(db, [created.user.id], "assignments")).toHaveLength(1);
    await updateUser(db, { userId: created.user.id, actorId: admin.user.id, active: false });
    expect(await listMailablePeople(db, [created.user.id], "assignments")).toEqual([]);
    expect(await listMailablePeople(db, [], "assignments")).toEqual([]);
    // A comment's mentions still name them after they leave.
    expect(await listPeopleByIds(db, [created.user.id, "nobody"])).toEqual([{ id: created.user.id, name: "Rita", email: "rita@example.org" }]);
    expect(await listPeopleByIds(db, [])).toEqual([]);
  });

  test("the session look-up (a prepared query) sees each change at once, as getUserById does", async () => {
    const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
    if (!admin.ok) throw new Error("setup");
    const created = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
    if (!created.ok) throw new Error("setup");
    expect(await getSessionUser(db, created.user.id)).toEqual({ ...(await getUserById(db, created.user.id)), sessionEpoch: 0, sessionEnded: false, passwordFromAdmin: false });
    await updateUser(db, { userId: created.user.id, actorId: admin.user.id, active: false });
    expect(await getSessionUser(db, created.user.id)).toMatchObject({ active: false, role: "reviewer" });
    expect(await getSessionUser(db, "nobody")).toBeUndefined();
    const other = await createTestDatabase();
    expect(await getSessionUser(other, created.user.id)).toBeUndefined(); // one prepared query per database
  });

  test("a password an administrator chose is marked until its owner chooses their own", async () => {
    const admin = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "h" });
    if (!admin.ok) throw new Error("setup");
    const added = await createUser(db, { name: "Rita", email: "rita@example.org", role: "reviewer", passwordHash: "chosen-by-ada", passwordFromAdmin: true, actorId: admin.user.id });
    if (!added.ok) throw new Error("setup");
    const id = added.user.id;
    expect((await getSessionUser(db, id))?.passwordFromAdmin).toBe(true);
    expect(await setPassword(db, { userId: id, passwordHash: "her-own", actorId: id, expectedHash: "chosen-by-ada" })).toBe(true);
    expect((await getSessionUser(db, id))?.passwordFromAdmin).toBe(false);
    expect(await setPassword(db, { userId: id, passwordHash: "reset-by-ada", actorId: admin.user.id })).toBe(true);
    expect((await getSessionUser(db, id))?.passwordFromAdmin).toBe(true);
    // Single sign-on only: no password, nothing to change.
    const sso = await createUser(db, { name: "Sam", email: "sam@example.org", role: "editor", passwordHash: null, passwordFromAdmin: true, actorId: admin.user.id });
    expect(sso.ok && (await getSessionUser(db, sso.user.id))?.passwordFromAdmin).toBe(false);
  });

  test("a new password moves the session epoch on and is audited as a change or a reset, without the hashes", async () => {
    const { admin, id } = await adminAndReviewer();
    expect(await setPassword(db, { userId: id, passwordHash: "new", actorId: id, expectedHash: "old" })).toBe(true);
    expect(await getPasswordHash(db, id)).toBe("new");
    expect((await getSessionUser(db, id))?.sessionEpoch).toBe(1);
    // A change that checked against a password changed since is refused and changes nothing.
    expect(await setPassword(db, { userId: id, passwordHash: "newer", actorId: id, expectedHash: "old" })).toBe(false);
    expect(await getPasswordHash(db, id)).toBe("new");
    expect(await setPassword(db, { userId: id, passwordHash: "reset", actorId: admin.user.id })).toBe(true);
    expect((await getSessionUser(db, id))?.sessionEpoch).toBe(2);
    expect(await setPassword(db, { userId: "nobody", passwordHash: "x", actorId: admin.user.id })).toBe(false);
    const trail = await listAuditForEntity(db, { entityType: "user", entityId: id });
    expect(trail.map((e) => e.action)).toEqual(["user.created", "user.password_changed", "user.password_reset"]);
    expect(JSON.stringify(trail)).not.toMatch(/"(new|reset|old)"/);
  });

  test("a signed-out session is marked ended for its user; rows whose tokens expired are cleared", async () => {
    const { id } = await adminAndReviewer();
    const now = new Date("2026-12-07T10:00:00Z");
    await endSession(db, { sessionId: "old", expiresAt: new Date("2026-12-07T09:00:00Z"), now: new Date("2026-12-07T08:00:00Z") });
    expect((await getSessionUser(db, id, "old"))?.sessionEnded).toBe(true);
    await endSession(db, { sessionId: "s1", expiresAt: new Date("2026-12-07T22:00:00Z"), now });
    await endSession(db, { sessionId: "s1", expiresAt: new Date("2026-12-07T22:00:00Z"), now }); // twice: no error
    expect((await getSessionUser(db, id, "s1"))?.sessionEnded).toBe(true);
    expect((await getSessionUser(db, id, "s2"))?.sessionEnded).toBe(false);
    expect((await getSessionUser(db, id))?.sessionEnded).toBe(false);
    // Its token has expired by now: the row went when s1 ended.
    expect((await getSessionUser(db, id, "old"))?.sessionEnded).toBe(false);
  });

  test("signing out everywhere moves the session epoch on, keeps the password, and is audited", async () => {
    const { id } = await adminAndReviewer();
    expect(await endAllSessions(db, { userId: id, actorId: id })).toEqual({ tokensRevoked: 0 });
    expect((await getSessionUser(db, id))?.sessionEpoch).toBe(1);
    expect(await getPasswordHash(db, id)).toBe("old");
    expect(await endAllSessions(db, { userId: "nobody", actorId: id })).toBeNull();
    expect((await listAuditForEntity(db, { entityType: "user", entityId: id })).map((e) => e.action)).toEqual(["user.created", "user.sessions_ended"]);
  });

  test("signing out everywhere revokes the user's API tokens too (a stolen session could have made one), and only theirs", async () => {
    const { admin, id } = await adminAndReviewer();
    await updateUser(db, { userId: id, actorId: admin.user.id, role: "editor" });
    const minted = await createApiToken(db, { userId: id, name: "made with a stolen session" });
    const adminToken = await createApiToken(db, { userId: admin.user.id, name: "admin's own" });
    expect(await endAllSessions(db, { userId: id, actorId: id })).toEqual({ tokensRevoked: 1 });
    expect(await findUserByApiToken(db, minted)).toBeNull();
    expect((await findUserByApiToken(db, adminToken))?.id).toBe(admin.user.id);
    const trail = await listAuditForEntity(db, { entityType: "user", entityId: id });
    expect(trail.find((e) => e.action === "user.sessions_ended")?.after).toEqual({ apiTokensRevoked: 1 });
  });

  test("a reset by an administrator revokes the user's API tokens; a change of one's own password keeps them", async () => {
    const { admin, id } = await adminAndReviewer();
    // Only editors and administrators hold tokens.
    await updateUser(db, { userId: id, actorId: admin.user.id, role: "editor" });
    const kept = await createApiToken(db, { userId: id, name: "newsroom CMS" });
    const adminToken = await createApiToken(db, { userId: admin.user.id, name: "admin's own" });
    await setPassword(db, { userId: id, passwordHash: "new", actorId: id, expectedHash: "old" });
    expect((await findUserByApiToken(db, kept))?.id).toBe(id);

    const minted = await createApiToken(db, { userId: id, name: "made by whoever took the account" });
    await setPassword(db, { userId: id, passwordHash: "reset", actorId: admin.user.id });
    expect(await findUserByApiToken(db, kept)).toBeNull();
    expect(await findUserByApiToken(db, minted)).toBeNull();
    // Only that user's tokens.
    expect((await findUserByApiToken(db, adminToken))?.id).toBe(admin.user.id);
    const trail = await listAuditForEntity(db, { entityType: "user", entityId: id });
    expect(trail.find((e) => e.action === "user.password_reset")?.after).toEqual({ apiTokensRevoked: 2 });
    expect(trail.find((e) => e.action === "user.password_changed")?.after).toBeNull();
  });
});

describe("claims held", () => {
  test("counts, per person, the claims deactivating them would put back in the pool, and no more", async () => {
    const people = await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer" });
    const text = "One. Two. Three. Four. Five.";
    const article = await createArticle(db, { title: "Budget", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId: people.admin });
    const rows = await insertClaims(
      db,
      ["One.", "Two.", "Three.", "Four.", "Five."].map((exact) => ({
        articleId: article.id, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact, prefix: "", suffix: "",
        kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: people.admin,
      })),
    );
    const terms = { actorId: people.admin, dueAt: null, priority: "normal" as const, note: "" };
    await assignClaims(db, { ...terms, claimIds: rows.slice(0, 4).map((row) => row.id), reviewerId: people.Rosa });
    await assignClaims(db, { ...terms, claimIds: [rows[4].id], reviewerId: people.Sam });
    // Rosa: one assigned, one in review, one returned to her, one handed over for sign-off (the editors' now).
    for (const [row, status] of [[rows[1], "in_review"], [rows[2], "returned"], [rows[3], "submitted"]] as const) {
      await updateClaimIfVersion(db, { claimId: row.id, expectedVersion: row.version + 1, patch: { status } });
    }
    expect(await countHeldClaims(db)).toEqual(new Map([[people.Rosa, 3], [people.Sam, 1]]));

    const deactivated = await updateUser(db, { userId: people.Rosa, actorId: people.admin, active: false });
    expect(deactivated?.released).toBe(3);
    expect(await countHeldClaims(db)).toEqual(new Map([[people.Sam, 1]]));
  });
});
