import { rmSync } from "node:fs";
import path from "node:path";
import Sqlite from "libsql";
import { encode } from "next-auth/jwt";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { createApiToken } from "@/db/queries/api-tokens";
import { assignClaims } from "@/db/queries/assignments";
import { addComment } from "@/db/queries/comments";
import { createCorrection } from "@/db/queries/corrections";
import { ensureVerdictScale } from "@/db/queries/settings";
import { createUser, getSessionUser, setPassword, updateUser } from "@/db/queries/users";
import { createOneClaimArticle, createTestPeople } from "@/db/testing";
import { ACCOUNT_DEACTIVATED, DEACTIVATED_REFUSAL, NOT_ALLOWED, NOT_SIGNED_IN, PASSWORD_FROM_ADMIN } from "@/lib/auth/guards";
import { can, PERMISSIONS, type Permission } from "@/lib/workflow/permissions";
import type { Role } from "@/lib/auth/roles";
import { actionFiles, actionPermissions, exportedFunctions, PUBLIC_ACTIONS, PUBLIC_ROUTES, root, routeFiles, routePermissions } from "./guard-scan.testing";

/**
 * The runtime half of app/guards.test.ts: that test reads app/ and proves every
 * server action and route handler names a permission; this one CALLS each of
 * them, against a real migrated SQLite file, as every kind of caller (signed
 * out, each role, a deactivated account, a session from before a password
 * change) and checks the answer against the permission matrix: a caller the
 * matrix refuses gets the desk's refusal and the database is untouched; a caller
 * it allows gets past the guard (whatever the handler then says of the input).
 *
 * Actions and routes are found the way the static scan finds them, so a new one
 * joins this test by itself, and one the test cannot classify (no single
 * permission, an unknown signature) fails here.
 */

// The database file and the secret, before any app module reads the environment.
const fixture = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "permissions-runtime-"));
  const file = join(dir, "desk.db");
  process.env.DATABASE_URL = `file:${file}`;
  process.env.AUTH_SECRET = "permissions-runtime-secret-0123456789abcdef";
  for (const name of ["DATABASE_AUTH_TOKEN", "AUTH_URL", "NEXTAUTH_URL", "SMTP_HOST", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) delete process.env[name];
  process.env.DUE_REMINDER_MINUTES = "0";
  delete (globalThis as { factcheckDb?: unknown }).factcheckDb;
  /** What next/headers answers for the call in progress: the caller's cookie and the desk's own page as origin. */
  const request = { headers: new Headers() };
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  }
  return { dir, file, request, Redirected };
});

// Server actions read the request through next/headers; outside a Next request
// there is none, so it answers with the headers of the caller under test.
vi.mock("next/headers", () => ({
  headers: async () => fixture.request.headers,
  cookies: async () => new RequestCookies(fixture.request.headers),
}));
// Page revalidation, redirects and work after the response need Next's request
// store; none of them bears on who may call what.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: (url: string) => {
    throw new fixture.Redirected(url);
  },
  forbidden: () => {
    throw new Error("forbidden()");
  },
  notFound: () => {
    throw new Error("notFound()");
  },
}));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: vi.fn() }));
// Auth.js itself: signOut (after Sign out everywhere) would need its request
// machinery. The guard under test does not use it: it decodes the cookie itself.
vi.mock("@/lib/auth/config", () => ({ signOut: vi.fn(), signIn: vi.fn(), auth: vi.fn(), handlers: {} }));

// ---------------------------------------------------------------------------
// What the scan (app/guard-scan.testing.ts) found, and how to call it.

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** How an action is called, read from its parameter list. */
type CallShape = "none" | "raw" | "form" | "state+form";
function callShape(params: string): CallShape | null {
  if (params === "") return "none";
  if (/^formData: FormData$/.test(params)) return "form";
  if (/^_?\w+: [\w<>| ]+,\s*formData: FormData$/.test(params)) return "state+form";
  if (/^_?raw: /.test(params)) return "raw";
  return null;
}

type ScannedAction = { file: string; name: string; permissions: string[]; shape: CallShape | null };
const scannedActions: ScannedAction[] = actionFiles.flatMap(({ file, text }) =>
  exportedFunctions(text)
    .filter((fn) => !PUBLIC_ACTIONS.has(fn.name))
    .map((fn) => ({ file, name: fn.name, permissions: actionPermissions(text, fn.body), shape: callShape(fn.params) })),
);

type ScannedRoute = { file: string; method: string; permissions: string[]; segments: string[] };
const scannedRoutes: ScannedRoute[] = routeFiles
  .filter((s) => !PUBLIC_ROUTES.has(s.file))
  .flatMap(({ file, text }) =>
    exportedFunctions(text)
      .filter((fn) => (METHODS as readonly string[]).includes(fn.name))
      .map((fn) => ({
        file,
        method: fn.name,
        permissions: routePermissions(fn.body),
        segments: [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]),
      })),
  );

/** The one permission a scanned action or handler names, or a failure that says why it cannot be classified. */
function requiredPermission(label: string, permissions: string[]): Permission {
  expect(permissions, `${label}: expected exactly one permission from authedAction/requireApiUser, found ${JSON.stringify(permissions)}; this test cannot classify it`).toHaveLength(1);
  expect(Object.keys(PERMISSIONS), `${label}: "${permissions[0]}" is not in the permission matrix`).toContain(permissions[0]);
  return permissions[0] as Permission;
}

// ---------------------------------------------------------------------------
// The callers.

type Caller = "signed out" | "reviewer" | "editor" | "admin" | "deactivated admin" | "admin, session from before a password change" | "admin on a password an administrator chose";
const CALLERS: Caller[] = ["signed out", "reviewer", "editor", "admin", "deactivated admin", "admin, session from before a password change", "admin on a password an administrator chose"];
const GATED: Caller = "admin on a password an administrator chose";
const ROLE_OF: Partial<Record<Caller, Role>> = { reviewer: "reviewer", editor: "editor", admin: "admin" };

const ORIGIN = "http://desk.test";
const COOKIE = "authjs.session-token";

let people: Record<"admin" | "Rita" | "Ed" | "Spare" | "Gone" | "Stale" | "Given", string>;
let seeded: { articleA: string; articleB: string; claimHeld: string; claimOpen: string; commentId: string; correctionId: string; tokenId: string };

/** A real Auth.js session cookie, as the sign-in would set it. */
async function sessionCookie(uid: string, epoch: number, sid: string): Promise<string> {
  const token = await encode({ token: { sub: uid, uid, se: epoch, sid }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: 3600 });
  return `${COOKIE}=${token}`;
}

/**
 * The cookie a caller sends, made at the moment of the call from the user's
 * current session epoch (an allowed "Sign out everywhere" moves it on). The
 * deactivated admin's carries their current epoch, so only `active` refuses it;
 * the stale admin's the epoch before their password change, so only that does.
 */
async function cookieFor(caller: Caller): Promise<string> {
  const db = getDb();
  const uid = caller === "signed out" ? null : ROLE_OF[caller] ? { reviewer: people.Rita, editor: people.Ed, admin: people.admin }[ROLE_OF[caller]!] : caller === "deactivated admin" ? people.Gone : caller === GATED ? people.Given : people.Stale;
  if (!uid) return "";
  const user = await getSessionUser(db, uid);
  if (!user) throw new Error(`no user for ${caller}`);
  const epoch = caller === "admin, session from before a password change" ? user.sessionEpoch - 1 : user.sessionEpoch;
  return sessionCookie(uid, epoch, `session-of-${uid}`);
}

/** What the desk's own pages send: the session cookie and a same-origin Origin (lib/http/same-origin). */
function deskHeaders(cookie: string, sameOrigin = true): Headers {
  const headers = new Headers({ host: "desk.test", "x-forwarded-proto": "http" });
  if (cookie) headers.set("cookie", cookie);
  if (sameOrigin) {
    headers.set("origin", ORIGIN);
    headers.set("sec-fetch-site", "same-origin");
  } else {
    headers.set("origin", "https://elsewhere.example");
    headers.set("sec-fetch-site", "cross-site");
  }
  return headers;
}

/** Why a caller must be refused, for the failure message. */
function refusalReason(caller: Caller, permission: Permission, crossSite: boolean): string {
  if (crossSite) return "a write from another site's page";
  if (caller === "signed out") return "no session";
  if (caller === "deactivated admin") return "the account is deactivated";
  if (caller === "admin, session from before a password change") return "the session predates a password change";
  if (caller === GATED) return "an administrator chose the password, which must be changed first";
  return `the matrix does not give "${permission}" to ${ROLE_OF[caller]}`;
}

// ---------------------------------------------------------------------------
// "Nothing changed": row counts of every table, and SQLite's data_version on a
// connection of our own (it moves whenever another connection commits a change).

let watcher: InstanceType<typeof Sqlite>;
let countAll: string;

function snapshot(): { dataVersion: number; rows: Record<string, number> } {
  const [dataVersion] = watcher.prepare("PRAGMA data_version").raw().get() as [number];
  const rows = Object.fromEntries((watcher.prepare(countAll).raw().all() as [string, number][]).map(([t, n]) => [t, Number(n)]));
  return { dataVersion, rows };
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  const db = getDb();
  await migrateDatabase(db);
  await ensureVerdictScale(db);
  const base = await createTestPeople(db, { Rita: "reviewer", Ed: "editor", Spare: "reviewer" });
  const extra: Record<string, string> = {};
  for (const name of ["Gone", "Stale"]) {
    const created = await createUser(db, { name, email: `${name.toLowerCase()}@desk.test`, role: "admin", passwordHash: "h", actorId: base.admin });
    if (!created.ok) throw new Error(`could not create ${name}`);
    extra[name] = created.user.id;
  }
  // Added by an administrator with an initial password: until Given chooses one, only changing it is allowed.
  const given = await createUser(db, { name: "Given", email: "given@desk.test", role: "admin", passwordHash: "h", passwordFromAdmin: true, actorId: base.admin });
  if (!given.ok) throw new Error("could not create Given");
  people = { ...base, Gone: extra.Gone, Stale: extra.Stale, Given: given.user.id };
  await updateUser(db, { userId: people.Gone, actorId: people.admin, active: false });
  await setPassword(db, { userId: people.Stale, passwordHash: "h2", actorId: people.Stale });

  const a = await createOneClaimArticle(db, people.Ed, "Rents doubled in ten years.");
  const b = await createOneClaimArticle(db, people.Ed, "Bus fares rose 8% last year.");
  const assigned = await assignClaims(db, { claimIds: [a.claimId], reviewerId: people.Rita, dueAt: null, priority: "normal", note: "", actorId: people.Ed });
  if (!assigned.ok) throw new Error("could not assign the held claim");
  const comment = await addComment(db, { claimId: a.claimId, authorId: people.Ed, body: "Look at the census." });
  if (!comment) throw new Error("could not add the comment");
  const correction = await createCorrection(db, { articleId: a.articleId, claimId: a.claimId, type: "correction", originalText: "doubled", correctedText: "rose 80%", note: "We said rents doubled.", actorId: people.Ed });
  await createApiToken(db, { userId: people.Ed, name: "CMS" });
  const tokenId = (await db.query.apiTokens.findFirst())!.id;
  seeded = { articleA: a.articleId, articleB: b.articleId, claimHeld: a.claimId, claimOpen: b.claimId, commentId: comment.id, correctionId: correction.id, tokenId };

  watcher = new Sqlite(fixture.file);
  const tables = (watcher.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").pluck().all() as string[]).sort();
  countAll = tables.map((t) => `select '${t}', count(*) from "${t}"`).join(" union all ");
}, 30_000);

afterAll(() => {
  watcher?.close();
  (getDb() as unknown as { $client: { close(): void } }).$client.close();
  rmSync(fixture.dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Route handlers.

const ROUTE_REFUSALS = {
  signedOut: { status: 401, body: { error: "Sign in or send an API token." } },
  deactivated: { status: 401, body: { error: ACCOUNT_DEACTIVATED, deactivated: true } },
  role: { status: 403, body: { error: "Your role may not do this." } },
  crossSite: { status: 403, body: { ok: false, error: "This request did not come from the desk's pages. Nothing was saved." } },
  gated: { status: 403, body: { ok: false, error: PASSWORD_FROM_ADMIN } },
} as const;
const ROUTE_GUARD_ERRORS: string[] = Object.values(ROUTE_REFUSALS).map((r) => r.body.error);

/** Real ids and query strings per route, so allowed callers get an answer from the handler (200 mostly); others get made-up ids. */
const ROUTE_FIXTURES: Record<string, () => { params?: Record<string, string>; query?: string; body?: unknown }> = {
  "app/api/articles/[id]/changes/route.ts": () => ({ params: { id: seeded.articleA }, query: "?since=0" }),
  "app/api/articles/[id]/export/[format]/route.ts": () => ({ params: { id: seeded.articleA, format: "json" } }),
  "app/api/claims/[id]/changes/route.ts": () => ({ params: { id: seeded.claimHeld }, query: "?since=0" }),
  "app/api/claims/[id]/verdict/route.ts": () => ({
    params: { id: seeded.claimHeld },
    body: { expected: { verdictId: null, version: null }, verdictKey: null, rationale: "Census tables, 2014 and 2024.", evidence: [] },
  }),
  "app/api/corrections/export/[format]/route.ts": () => ({ params: { format: "json" } }),
};

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(route: ScannedRoute, headers: Headers): Promise<Response> {
  const mod = (await import(path.join(root, route.file))) as Record<string, RouteHandler>;
  const fixtureFor = ROUTE_FIXTURES[route.file]?.() ?? {};
  const params = Object.fromEntries(route.segments.map((s) => [s, fixtureFor.params?.[s] ?? (s === "format" ? "json" : `no-such-${s}`)]));
  const urlPath = route.file.replace(/^app/, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, (_m, s: string) => encodeURIComponent(params[s]));
  const hasBody = route.method !== "GET" && route.method !== "HEAD";
  if (hasBody) headers.set("content-type", "application/json");
  const request = new Request(`${ORIGIN}${urlPath}${fixtureFor.query ?? ""}`, { method: route.method, headers, body: hasBody ? JSON.stringify(fixtureFor.body ?? {}) : undefined });
  return mod[route.method](request, { params: Promise.resolve(params) });
}

describe("route handlers, called as every caller", () => {
  test("there are guarded routes to call, and each module exports exactly the handlers the scan read", async () => {
    expect(scannedRoutes.length).toBeGreaterThanOrEqual(8);
    for (const file of new Set(scannedRoutes.map((r) => r.file))) {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect(exported, `${file}: handlers exported vs handlers scanned`).toEqual(scannedRoutes.filter((r) => r.file === file).map((r) => r.method).sort((x, y) => METHODS.indexOf(x as never) - METHODS.indexOf(y as never)));
    }
  });

  const cases = scannedRoutes.flatMap((route) => [
    ...CALLERS.map((caller) => ({ label: `${route.method} ${route.file} as ${caller}`, route, caller, crossSite: false })),
    // A write on the strength of the cookie alone, from another site's page.
    ...(route.method === "GET" || route.method === "HEAD" ? [] : [{ label: `${route.method} ${route.file} as admin from another site`, route, caller: "admin" as Caller, crossSite: true }]),
  ]);

  test.each(cases.map((c) => [c.label, c] as const))("%s", async (label, { route, caller, crossSite }) => {
    const permission = requiredPermission(label, route.permissions);
    const role = ROLE_OF[caller];
    const before = snapshot();
    const response = await callRoute(route, deskHeaders(await cookieFor(caller), !crossSite));
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    const expected = crossSite
      ? ROUTE_REFUSALS.crossSite
      : caller === GATED
        ? ROUTE_REFUSALS.gated
        : caller === "deactivated admin"
        ? ROUTE_REFUSALS.deactivated
        : !role
          ? ROUTE_REFUSALS.signedOut
          : can(role, permission)
            ? null
            : ROUTE_REFUSALS.role;
    if (expected) {
      expect({ status: response.status, body }, `${label}: should be refused (${refusalReason(caller, permission, crossSite)})`).toEqual(expected);
      expect(snapshot(), `${label}: a refused request changed the database`).toEqual(before);
    } else {
      const refusedForPermission = response.status === 401 || (response.status === 403 && ROUTE_GUARD_ERRORS.includes(body?.error ?? ""));
      expect(refusedForPermission, `${label}: the matrix allows "${permission}" for ${role}, but the route answered ${response.status} ${JSON.stringify(body)}`).toBe(false);
      expect(response.status, `${label}: ${JSON.stringify(body)}`).toBeLessThan(500);
    }
  });
});

// ---------------------------------------------------------------------------
// Server actions.

/**
 * Inputs that would do real work, with seeded ids, so a refusal is seen to save
 * nothing that the call asked for. An action not listed gets `{}` (or an empty
 * form): still a refusal for the roles the matrix refuses, field errors for the rest.
 */
const soon = () => new Date(Date.now() + 48 * 3600_000).toISOString();
const ACTION_INPUTS: Record<string, () => unknown> = {
  assignClaimsAction: () => ({ claimIds: [seeded.claimOpen], reviewerId: people.Rita, dueAt: null, priority: "high", note: "" }),
  autoAssignAction: () => ({ articleId: seeded.articleB, dueAt: null, priority: "normal", note: "" }),
  previewAutoAssignAction: () => ({ articleId: seeded.articleB }),
  unassignClaimAction: () => ({ claimId: seeded.claimOpen }),
  submitVerdictAction: () => ({ claimId: seeded.claimHeld, expected: { verdictId: null, version: null }, verdictKey: "false", rationale: "Census.", evidence: [] }),
  withdrawVerdictAction: () => ({ claimId: seeded.claimHeld, expected: { verdictId: null, version: null } }),
  approveVerdictAction: () => ({ claimId: seeded.claimHeld, expected: { verdictId: null, version: null }, comment: "" }),
  returnVerdictAction: () => ({ claimId: seeded.claimHeld, expected: { verdictId: null, version: null }, comment: "Cite the census." }),
  reopenClaimAction: () => ({ claimId: seeded.claimHeld, expectedVersion: 1, reason: "New figures." }),
  addCommentAction: () => ({ claimId: seeded.claimHeld, body: "The 2024 table agrees." }),
  editCommentAction: () => ({ claimId: seeded.claimHeld, commentId: seeded.commentId, expectedVersion: 1, body: "Look at the 2024 census." }),
  removeCommentAction: () => ({ claimId: seeded.claimHeld, commentId: seeded.commentId, expectedVersion: 1 }),
  handBackClaimAction: () => ({ claimId: seeded.claimHeld, reason: "Away next week." }),
  saveClaimantAction: () => ({ claimId: seeded.claimHeld, expectedVersion: 1, claimant: "The finance minister" }),
  askMoreTimeAction: () => ({ claimId: seeded.claimHeld, until: soon(), reason: "Waiting for the council." }),
  answerMoreTimeAction: () => ({ claimId: seeded.claimHeld, askedAt: new Date().toISOString(), grant: true, note: "" }),
  createArticleAction: () => ({ fields: { title: "Trams", byline: "", sourceUrl: "", deadline: "" }, body: "{}", findClaims: false }),
  saveArticleAction: () => ({ articleId: seeded.articleA }),
  findClaimsAction: () => ({ articleId: seeded.articleA }),
  acceptAllSuggestedAction: () => ({ articleId: seeded.articleA }),
  undoAcceptAllAction: () => ({ articleId: seeded.articleA, accepted: [{ claimId: seeded.claimHeld, version: 1 }] }),
  decideClaimAction: () => ({ articleId: seeded.articleA, claimId: seeded.claimHeld }),
  markClaimAction: () => ({ articleId: seeded.articleA }),
  respanClaimAction: () => ({ articleId: seeded.articleA, claimId: seeded.claimHeld }),
  importUrlAction: () => ({ url: "http://127.0.0.1:9/article" }),
  markPublishedAction: () => ({ articleId: seeded.articleA, expectedVersion: 1 }),
  spikeArticleAction: () => ({ articleId: seeded.articleB, expectedVersion: 1, reason: "Will not run." }),
  restoreArticleAction: () => ({ articleId: seeded.articleB }),
  createCorrectionAction: () => form({ claimId: seeded.claimHeld, type: "clarification", originalText: "", correctedText: "", note: "To be clear: nominal rents." }),
  saveCorrectionAction: () => form({ correctionId: seeded.correctionId, version: "1", intent: "save", type: "correction", originalText: "doubled", correctedText: "rose 80%", note: "Corrected." }),
  discardCorrectionAction: () => ({ correctionId: seeded.correctionId, version: 1 }),
  createTokenAction: () => ({ name: "Newsletter" }),
  revokeTokenAction: () => ({ tokenId: seeded.tokenId }),
  addUserAction: () => form({ name: "Nia", email: `nia-${Math.random().toString(36).slice(2)}@desk.test`, role: "reviewer", password: "a long enough password 1" }),
  changeUserAction: () => ({ userId: people.Spare, role: "reviewer" }),
  resetPasswordAction: () => ({ userId: people.Spare, password: "a long enough password 2" }),
  setAwayForAction: () => ({ userId: people.Spare, day: "" }),
  saveNewsroomAction: () => form({ name: "The Desk", url: "https://desk.example", timeZone: "UTC" }),
  adoptClaimModelAction: () => ({ modelId: null }),
  changePasswordAction: () => form({ current: "wrong", password: "a long enough password 3", repeat: "a long enough password 3" }),
  setAwayAction: () => form({ intent: "back", day: "" }),
  saveMailPreferencesAction: () => ({ off: ["mentions"] }),
  markAllNotificationsReadAction: () => ({ upTo: new Date().toISOString() }),
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

type AnyAction = (...args: unknown[]) => Promise<unknown>;

async function callAction(action: ScannedAction): Promise<{ result: unknown; redirectedTo?: string }> {
  const mod = (await import(path.join(root, action.file))) as Record<string, AnyAction>;
  const input = ACTION_INPUTS[action.name]?.();
  const asForm = input instanceof FormData ? input : form({});
  const args = action.shape === "none" ? [] : action.shape === "raw" ? [input ?? {}] : action.shape === "form" ? [asForm] : [null, asForm];
  try {
    return { result: await mod[action.name](...args) };
  } catch (error) {
    if (error instanceof fixture.Redirected) return { result: undefined, redirectedTo: error.url };
    throw error;
  }
}

const SESSION_REFUSALS = [NOT_ALLOWED, NOT_SIGNED_IN, DEACTIVATED_REFUSAL, PASSWORD_FROM_ADMIN];
/** The only action someone whose password an administrator chose may take: choosing their own. */
const OWN_PASSWORD_ACTIONS = new Set(["changePasswordAction"]);

describe("server actions, called as every caller", () => {
  test("there are actions to call, and each module exports exactly the functions the scan read", async () => {
    expect(scannedActions.length).toBeGreaterThan(10);
    for (const file of new Set(scannedActions.map((a) => a.file))) {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const exported = Object.keys(mod).filter((k) => typeof mod[k] === "function" && !PUBLIC_ACTIONS.has(k)).sort();
      expect(exported, `${file}: exported functions vs actions scanned`).toEqual(scannedActions.filter((a) => a.file === file).map((a) => a.name).sort());
    }
  });

  test("every input in ACTION_INPUTS and ROUTE_FIXTURES belongs to an action or route that still exists", () => {
    expect(Object.keys(ACTION_INPUTS).filter((name) => !scannedActions.some((a) => a.name === name))).toEqual([]);
    expect(Object.keys(ROUTE_FIXTURES).filter((file) => !scannedRoutes.some((r) => r.file === file))).toEqual([]);
  });

  const cases = scannedActions.flatMap((action) => CALLERS.map((caller) => ({ label: `${action.file} ${action.name} as ${caller}`, action, caller })));

  test.each(cases.map((c) => [c.label, c] as const))("%s", async (label, { action, caller }) => {
    const permission = requiredPermission(label, action.permissions);
    expect(action.shape, `${label}: unknown signature; teach callShape how to call it`).not.toBeNull();
    const role = ROLE_OF[caller];
    fixture.request.headers = deskHeaders(await cookieFor(caller));
    const before = snapshot();
    const { result, redirectedTo } = await callAction(action);
    const expectedError =
      caller === "deactivated admin"
        ? DEACTIVATED_REFUSAL
        : caller === GATED
          ? OWN_PASSWORD_ACTIONS.has(action.name)
            ? null
            : PASSWORD_FROM_ADMIN
          : !role
            ? NOT_SIGNED_IN
            : can(role, permission)
              ? null
              : NOT_ALLOWED;
    if (expectedError) {
      expect(result, `${label}: should be refused (${refusalReason(caller, permission, false)})${redirectedTo ? `, but it redirected to ${redirectedTo}` : ""}`).toMatchObject({ ok: false, error: expectedError });
      expect(snapshot(), `${label}: a refused call changed the database`).toEqual(before);
    } else {
      const error = (result as { error?: unknown } | undefined)?.error;
      expect(SESSION_REFUSALS, `${label}: the matrix allows "${permission}" for ${role}, but the action answered ${JSON.stringify(result)}`).not.toContain(error);
    }
  });
});
