import { and, asc, count, desc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";
import { containsPattern } from "@/lib/articles/list-query";
import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/workflow/permissions";
import { isMailKind, wantsMail, type MailKind } from "@/lib/mail/preferences";
import type { Database, DbOrTx } from "../index";
import { apiTokens, assignments, claims, endedSessions, users } from "../schema";
import { OPEN_WORK, releaseHeldClaims } from "./assignments";
import { recordAuditEvent } from "./audit";
import { startDeskClock } from "./settings";
import { clearAccountThrottles } from "./throttle";
import { WRITE } from "./write-transaction";
import { assignmentIsActive } from "./conditions";

export type UserRow = typeof users.$inferSelect;
/** What pages may see of a user: never the password hash. */
export type PublicUser = Pick<UserRow, "id" | "name" | "email" | "role" | "active" | "createdAt">;

const publicColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return row;
}

export async function getUserById(db: DbOrTx, id: string): Promise<PublicUser | undefined> {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** The active people among `ids` who want e-mail of `kind`, with what an e-mail needs (a deactivated person gets no mail). */
export async function listMailablePeople(db: DbOrTx, ids: readonly string[], kind: MailKind): Promise<{ id: string; name: string; email: string }[]> {
  if (ids.length === 0) return [];
  const people = await db
    .select({ id: users.id, name: users.name, email: users.email, mailOff: users.mailOff })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.active, true)));
  return people.filter((person) => wantsMail(person.mailOff, kind)).map(({ mailOff: _off, ...person }) => person);
}

/** The kinds of e-mail someone turned off. */
export async function getMailOff(db: DbOrTx, userId: string): Promise<MailKind[]> {
  const [row] = await db.select({ mailOff: users.mailOff }).from(users).where(eq(users.id, userId));
  return (row?.mailOff ?? []).filter(isMailKind);
}

/** Sets the kinds of e-mail someone turned off (a preference, not a change to the desk's work: not audited). */
export async function setMailOff(db: DbOrTx, userId: string, off: readonly MailKind[]): Promise<void> {
  await db.update(users).set({ mailOff: [...new Set(off)], updatedAt: new Date() }).where(eq(users.id, userId));
}

/** A person's name for a notification's sentence, or `fallback` ("An editor") if they are gone. */
export async function userNameOr(db: DbOrTx, id: string, fallback: string): Promise<string> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id)).limit(1);
  return row?.name ?? fallback;
}

/** Names and e-mails of `ids`, active or not: enough to show who a comment mentioned. */
export async function listPeopleByIds(db: DbOrTx, ids: readonly string[]): Promise<{ id: string; name: string; email: string }[]> {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, [...ids]));
}

/**
 * A user as the session check sees them: what pages may see, plus the session
 * epoch to compare and whether the session asked about was signed out.
 */
export type SessionUser = PublicUser & { sessionEpoch: number; sessionEnded: boolean; passwordFromAdmin: boolean };

function prepareUserById(db: Database) {
  const ended = sql`exists (select 1 from ${endedSessions} where ${endedSessions.sid} = ${sql.placeholder("sid")})`.mapWith(Boolean);
  return db
    .select({ ...publicColumns, sessionEpoch: users.sessionEpoch, sessionEnded: ended, passwordFromAdmin: users.passwordFromAdmin })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .limit(1)
    .prepare();
}
const userByIdStatements = new WeakMap<Database, ReturnType<typeof prepareUserById>>();

/**
 * getUserById for the session check that every request makes: a prepared query,
 * so Drizzle builds its SQL once per database instead of on every request (it
 * halves the look-up). Not for use inside a transaction: it runs on `db` itself.
 */
export async function getSessionUser(db: Database, id: string, sessionId = ""): Promise<SessionUser | undefined> {
  let statement = userByIdStatements.get(db);
  if (!statement) {
    statement = prepareUserById(db);
    userByIdStatements.set(db, statement);
  }
  const [row] = await statement.all({ id, sid: sessionId });
  return row;
}

export async function listUsers(db: DbOrTx): Promise<PublicUser[]> {
  return db.select(publicColumns).from(users).orderBy(asc(users.name), asc(users.id));
}

/**
 * A page of the Admin page's people list: those whose name or e-mail holds
 * `search` (literally, any case), active, deactivated or all, newest first (so
 * someone just added is at the top), and how many of the search's matches are
 * active and deactivated, for the status filter and "Showing 1–50 of 312".
 * The users table is the desk's staff — hundreds of rows — and a substring search
 * cannot use an index, so both queries read it once.
 */
export async function listPeoplePage(
  db: DbOrTx,
  params: { search: string; status: "active" | "deactivated" | "all"; limit: number; offset: number },
): Promise<{ rows: PublicUser[]; counts: { active: number; deactivated: number } }> {
  const pattern = params.search ? containsPattern(params.search) : null;
  const matching = pattern ? sql`(${users.name} like ${pattern} escape '\\' or ${users.email} like ${pattern} escape '\\')` : undefined;
  const status = params.status === "all" ? undefined : eq(users.active, params.status === "active");
  const [rows, byStatus] = await Promise.all([
    db
      .select(publicColumns)
      .from(users)
      .where(and(matching, status))
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(params.limit)
      .offset(params.offset),
    db.select({ active: users.active, n: count() }).from(users).where(matching).groupBy(users.active),
  ]);
  return {
    rows,
    counts: { active: byStatus.find((row) => row.active)?.n ?? 0, deactivated: byStatus.find((row) => !row.active)?.n ?? 0 },
  };
}

/** Active reviewers (and editors, who may also review), for assignment pickers. */
export async function listAssignableUsers(db: DbOrTx): Promise<PublicUser[]> {
  return db
    .select(publicColumns)
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id));
}

export type CreateUserResult = { ok: true; user: PublicUser } | { ok: false; reason: "duplicate_email" | "not_first" };

/** `passwordFromAdmin`: an administrator chose the password (see the column); its owner is asked to choose their own. */
type NewUser = { name: string; email: string; role: Role; passwordHash: string | null; passwordFromAdmin?: boolean };

async function insertUser(db: DbOrTx, input: NewUser, actorId: string | null): Promise<CreateUserResult> {
  const email = normaliseEmail(input.email);
  if (await findUserByEmail(db, email)) return { ok: false, reason: "duplicate_email" };
  const [row] = await db
    .insert(users)
    .values({ name: input.name.trim(), email, role: input.role, passwordHash: input.passwordHash, passwordFromAdmin: Boolean(input.passwordFromAdmin && input.passwordHash) })
    .returning(publicColumns);
  await recordAuditEvent(db, {
    actorId: actorId ?? row.id,
    entityType: "user",
    entityId: row.id,
    action: "user.created",
    after: { name: row.name, email: row.email, role: row.role },
  });
  return { ok: true, user: row };
}

/**
 * Creates the first administrator, only while the users table is empty. The
 * check and the insert share one write transaction so two first visits racing
 * each other cannot both succeed.
 */
export async function createFirstAdministrator(
  db: Database,
  input: Omit<NewUser, "role"> & { deskTimeZone?: string },
): Promise<CreateUserResult> {
  const { deskTimeZone, ...person } = input;
  return db.transaction(async (tx) => {
    if ((await countUsers(tx)) > 0) return { ok: false, reason: "not_first" } as const;
    const created = await insertUser(tx, { ...person, role: "admin" }, null);
    // The founder's own clock becomes the desk's (see startDeskClock); Newsroom settings change it.
    if (created.ok && deskTimeZone) await startDeskClock(tx, deskTimeZone);
    return created;
  }, WRITE);
}

/** Adds a user on an administrator's behalf; a taken e-mail is reported, not thrown. */
export async function createUser(db: Database, input: NewUser & { actorId: string }): Promise<CreateUserResult> {
  try {
    return await db.transaction((tx) => insertUser(tx, input, input.actorId), WRITE);
  } catch (error) {
    // The unique index is the final word when two admins add the same address at once.
    if (error instanceof Error && /UNIQUE constraint failed: users\.email/.test(String(error.cause ?? error.message))) {
      return { ok: false, reason: "duplicate_email" };
    }
    throw error;
  }
}

export type UserChange = { userId: string; actorId: string } & ({ role: Role } | { active: boolean });

/**
 * Changes someone's role or (de)activates them, audited. Deactivating also puts
 * the claims they still had to work on back in the open pool (`released`).
 */
export async function updateUser(db: Database, change: UserChange): Promise<(PublicUser & { released: number }) | undefined> {
  return db.transaction(async (tx) => {
    const before = await getUserById(tx, change.userId);
    if (!before) return undefined;
    const patch = "role" in change ? { role: change.role } : { active: change.active };
    const deactivated = before.active && "active" in change && !change.active;
    const [after] = await tx
      .update(users)
      // Deactivation ends every session (the epoch moves on, as a password change
      // does), so reactivating the account later does not bring old ones back.
      .set({ ...patch, ...(deactivated ? { sessionEpoch: sql`${users.sessionEpoch} + 1` } : {}), updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, change.userId))
      .returning(publicColumns);
    // Tokens die with the account's access to them: deactivated, or moved to a role that may not hold any.
    const tokensRevoked = deactivated || !can(after.role, "tokens.manage") ? await revokeAllApiTokens(tx, after.id) : 0;
    await recordAuditEvent(tx, {
      actorId: change.actorId,
      entityType: "user",
      entityId: change.userId,
      action: "role" in change ? "user.role_changed" : change.active ? "user.reactivated" : "user.deactivated",
      before: { role: before.role, active: before.active },
      after: { role: after.role, active: after.active, ...(tokensRevoked ? { apiTokensRevoked: tokensRevoked } : {}) },
    });
    const released = before.active && !after.active ? await releaseHeldClaims(tx, { reviewerId: after.id, actorId: change.actorId }) : 0;
    return { ...after, released };
  }, WRITE);
}

/** Revokes every live API token of a user; how many there were. */
async function revokeAllApiTokens(db: DbOrTx, userId: string): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

/**
 * How many claims each person holds and still has to work on, by user id (nobody
 * listed holds none): what the Admin page tells an administrator about to
 * deactivate someone, since those claims go back to the pool (the statuses
 * deactivation releases; work handed over for sign-off stays with the editors).
 */
export async function countHeldClaims(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .select({ userId: assignments.reviewerId, held: count() })
    .from(assignments)
    .innerJoin(claims, eq(claims.id, assignments.claimId))
    .where(and(assignmentIsActive, inArray(claims.status, [...OPEN_WORK])))
    .groupBy(assignments.reviewerId);
  return new Map(rows.map((row) => [row.userId, row.held]));
}

/** How many active administrators remain; the last one may not be demoted or deactivated. */
export async function countActiveAdmins(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)));
  return row?.n ?? 0;
}

/** The stored password hash (null for single sign-on accounts); for checking the current password. */
export async function getPasswordHash(db: DbOrTx, userId: string): Promise<string | null | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash;
}

export type PasswordChange = {
  userId: string;
  passwordHash: string;
  actorId: string;
  /** For a change by the user: the hash their current password was checked against, so a concurrent change wins once. */
  expectedHash?: string;
};

/**
 * Sets a new password and moves the user's session epoch on, which ends every
 * session signed in before (theirs included). A reset by an administrator also
 * revokes the user's API tokens (a reset means the account may have been taken
 * over, and a token minted meanwhile would outlive every session; changing your
 * own password keeps your integrations running) and lifts every sign-in lock on
 * the account, so its owner gets straight in with the new password. Audited as a change by the user
 * or a reset by an administrator; the hashes themselves never reach the trail.
 * False when the user is gone or (with `expectedHash`) the password changed meanwhile.
 */
export async function setPassword(db: Database, change: PasswordChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const conditions = [eq(users.id, change.userId)];
    if (change.expectedHash !== undefined) conditions.push(eq(users.passwordHash, change.expectedHash));
    const [row] = await tx
      .update(users)
      // Set by an administrator, someone else knows it: its owner is asked to change it.
      .set({ passwordHash: change.passwordHash, passwordFromAdmin: change.actorId !== change.userId, sessionEpoch: sql`${users.sessionEpoch} + 1`, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(and(...conditions))
      .returning({ id: users.id, email: users.email });
    if (!row) return false;
    const reset = change.actorId !== change.userId;
    const revoked = reset ? await revokeAllApiTokens(tx, change.userId) : 0;
    // "Ask an administrator", the lock's message says: the reset lets its owner straight in.
    if (reset) await clearAccountThrottles(tx, row.email);
    await recordAuditEvent(tx, {
      actorId: change.actorId,
      entityType: "user",
      entityId: change.userId,
      action: reset ? "user.password_reset" : "user.password_changed",
      before: null,
      after: revoked > 0 ? { apiTokensRevoked: revoked } : null,
    });
    return true;
  }, WRITE);
}

/**
 * Ends every session the user has (this one included) and revokes their API
 * tokens: the session epoch moves on, as at a password change, so every token
 * signed before it is refused on its next request. For a laptop left signed in
 * somewhere, or a copied session cookie, whose holder may have made an API token
 * with it (tokens outlive sessions). Audited; how many tokens it revoked, or
 * null when the user is gone.
 */
export async function endAllSessions(db: Database, params: { userId: string; actorId: string }): Promise<{ tokensRevoked: number } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionEpoch: sql`${users.sessionEpoch} + 1`, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(eq(users.id, params.userId))
      .returning({ id: users.id });
    if (!row) return null;
    const tokensRevoked = await revokeAllApiTokens(tx, params.userId);
    await recordAuditEvent(tx, { actorId: params.actorId, entityType: "user", entityId: params.userId, action: "user.sessions_ended", before: null, after: tokensRevoked ? { apiTokensRevoked: tokensRevoked } : null });
    return { tokensRevoked };
  }, WRITE);
}

/**
 * Signs one session out for good (Sign out): its token is refused from now on,
 * even a copy of it. Rows whose tokens have expired anyway are cleared on the way.
 */
export async function endSession(db: Database, params: { sessionId: string; expiresAt: Date; now?: Date }): Promise<void> {
  await db.batch([
    db.insert(endedSessions).values({ sid: params.sessionId, expiresAt: params.expiresAt }).onConflictDoNothing(),
    db.delete(endedSessions).where(lt(endedSessions.expiresAt, params.now ?? new Date())),
  ]);
}

/** Until when someone said they are away; null when they did not (whether that is now: isAway in lib/workflow/away.ts). */
export async function getAwayUntil(db: DbOrTx, userId: string): Promise<Date | null> {
  const [row] = await db.select({ awayUntil: users.awayUntil }).from(users).where(eq(users.id, userId));
  return row?.awayUntil ?? null;
}

/**
 * Marks someone away until an instant (lib/workflow/away.ts), or back (null),
 * audited with the day as they chose it. Their claims stay theirs: being away
 * only keeps auto-assign from giving them more.
 */
export async function setAwayUntil(db: Database, params: { userId: string; until: Date | null; day: string | null; actorId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getAwayUntil(tx, params.userId);
    await tx.update(users).set({ awayUntil: params.until, updatedAt: new Date() }).where(eq(users.id, params.userId));
    await recordAuditEvent(tx, {
      actorId: params.actorId,
      entityType: "user",
      entityId: params.userId,
      action: params.until ? "user.away_set" : "user.away_cleared",
      before: { awayUntil: before?.toISOString() ?? null },
      after: { awayUntil: params.until?.toISOString() ?? null, day: params.day },
    });
  }, WRITE);
}

/** Everyone away at `now`, with until when (the Admin page's people table). */
export async function listAwayPeople(db: DbOrTx, now: Date): Promise<Map<string, Date>> {
  const rows = await db.select({ id: users.id, awayUntil: users.awayUntil }).from(users).where(gt(users.awayUntil, now));
  return new Map(rows.map((row) => [row.id, row.awayUntil!]));
}
