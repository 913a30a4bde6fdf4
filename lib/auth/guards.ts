import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { cache } from "react";
import type { z } from "zod";
import { getDb } from "@/db";
import { findUserByApiToken } from "@/db/queries/api-tokens";
import { endSession, getSessionUser, type PublicUser } from "@/db/queries/users";
import { can, type Permission } from "@/lib/workflow/permissions";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { bearerToken } from "./bearer";
import { fieldErrors, type FieldErrors } from "./schemas";
import { sessionSecrets } from "./secrets";
import { createSessionCache } from "./session-cache";
import { cleanInput } from "@/lib/text/clean-input";
import { SESSION_MAX_AGE_SECONDS } from "./session-length";
import { ACCOUNT_DEACTIVATED, CHOOSE_PASSWORD_PATH, DEACTIVATED_REFUSAL, NOT_ALLOWED, NOT_SIGNED_IN, PASSWORD_FROM_ADMIN, STORAGE_TROUBLE } from "./refusals";
import { isStorageTrouble } from "@/db/storage-trouble";

/**
 * The one guard module. Pages, server actions and route handlers all come through
 * here: the session says who claims to be signed in, and the database says whether
 * that person is still active and what their role is now (a demotion or a
 * deactivation takes effect on the next request, not when the JWT expires).
 * Wrapped in React's cache(), so the layout and the page of one request share one
 * check; every new request checks again.
 */
/** The signed-in person, and whether an administrator chose their password (the desk asks them to change it). */
export type SignedInUser = PublicUser & { passwordFromAdmin: boolean };

export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  return activeSessionUser(headerList, jar.getAll());
});

/** The active user a request's session cookie names, or null. */
async function activeSessionUser(headerList: HeaderList, cookieList: Cookie[]): Promise<SignedInUser | null> {
  const session = await sessionIdentity(headerList, cookieList);
  if (!session) return null;
  const user = await getSessionUser(getDb(), session.uid, session.sid);
  // A password change or reset moves the user's session epoch on: every session
  // signed in before it (a stolen laptop's, say) ends here, on its next request;
  // Sign out ends its own session the same way, copies of its cookie included.
  if (!user?.active || user.sessionEpoch !== session.epoch || user.sessionEnded) return null;
  const { sessionEpoch: _epoch, sessionEnded: _ended, ...publicUser } = user;
  return publicUser;
}

type HeaderList = Pick<Headers, "get">;
type Cookie = { name: string; value: string };

const SESSION_COOKIE = "authjs.session-token";
/**
 * Who a session token names: the user id, the user's session epoch when they
 * signed in, the session's own id ("" for tokens from before sessions had one)
 * and when the token expires.
 */
type SessionIdentity = { uid: string; epoch: number; sid: string; expiresAt: number };
const decodedSessions = createSessionCache<SessionIdentity>();

/**
 * The user id in the request's session cookie, read as Auth.js's session endpoint
 * reads it (what `auth()` does for pages and actions): the same cookie name, chunks
 * and secret, decrypted and expiry-checked by Auth.js's own `decode`, and the id
 * taken from `uid` as the session callback in ./config does. Calling `auth()`
 * instead builds a Request, runs the whole Auth.js handler and re-encrypts a fresh
 * token for a Set-Cookie header that `auth()` then throws away (pages and actions
 * never send it), which was a sixth of the CPU time of a verdict save. A token that
 * decrypted is remembered until its own expiry (./session-cache), so the crypto
 * runs once per session and process, not once per request.
 */
export async function sessionUserId(headerList: HeaderList, cookieList: Cookie[]): Promise<string | null> {
  return (await sessionIdentity(headerList, cookieList))?.uid ?? null;
}

/** sessionUserId with the session epoch the token carries (0 for tokens from before epochs). */
async function sessionIdentity(headerList: HeaderList, cookieList: Cookie[]): Promise<SessionIdentity | null> {
  const name = `${reachedOverHttps(headerList) ? "__Secure-" : ""}${SESSION_COOKIE}`;
  // Auth.js splits a large token into name.0, name.1, …: join them in order.
  const chunks = cookieList.filter((cookie) => cookie.name.startsWith(name) && cookie.value);
  chunks.sort((a, b) => parseInt(a.name.split(".").pop() || "0") - parseInt(b.name.split(".").pop() || "0"));
  const token = chunks.map((cookie) => cookie.value).join("");
  const secret = authSecret();
  // Without a secret Auth.js answers every session request with an error, so no
  // one is signed in; an empty key must never be tried (anyone could mint for it).
  if (!token || !secret) return null;
  const secretKey = `${name}\n${secret.join("\n")}`;
  const known = decodedSessions.get(token, secretKey, Date.now());
  if (known !== undefined) return known;
  try {
    const payload = await decode({ token, salt: name, secret });
    if (typeof payload?.uid !== "string" || !payload.uid) return null;
    if (typeof payload.exp !== "number") return null;
    const identity = { uid: payload.uid, epoch: typeof payload.se === "number" ? payload.se : 0, sid: typeof payload.sid === "string" ? payload.sid : "", expiresAt: payload.exp * 1000 };
    decodedSessions.set(token, secretKey, identity, identity.expiresAt);
    return identity;
  } catch (error) {
    // A forged, expired or old-secret token is no session, as Auth.js answers it.
    // jose's error code says why (the build renames error classes, so `name` does not).
    console.error("Session token rejected:", error instanceof Error ? ((error as { code?: string }).code ?? error.name) : error);
    return null;
  }
}

/**
 * Sign out: the session in the request's cookie is refused from now on, wherever
 * its cookie is (Auth.js's own sign-out only deletes it from this browser).
 */
export async function endCurrentSession(): Promise<void> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  const session = await sessionIdentity(headerList, jar.getAll());
  // Kept as long as any copy of it could last: one renewed just before sign-out lives a full session from then.
  const expiresAt = new Date(Math.max(session?.expiresAt ?? 0, Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
  if (session?.sid) await endSession(getDb(), { sessionId: session.sid, expiresAt });
}

/** The secrets Auth.js signs and reads sessions with (./secrets; ./config gives Auth.js the same list). */
function authSecret(): string[] | null {
  return sessionSecrets(process.env);
}

/**
 * Whether Auth.js uses its `__Secure-` cookie names for this request: the same
 * test as its session request URL (AUTH_URL, else the forwarded protocol, else https).
 */
function reachedOverHttps(headerList: HeaderList): boolean {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  // A malformed AUTH_URL throws here as it does inside Auth.js.
  if (configured) return new URL(configured).protocol === "https:";
  const protocol = headerList.get("x-forwarded-proto") ?? "https";
  return (protocol.endsWith(":") ? protocol : `${protocol}:`) === "https:";
}

/**
 * For pages: the signed-in user, or a redirect to sign in; someone whose password
 * an administrator chose goes to choose their own, and sees nothing else first
 * (a redirect, so not even the page's data travels to the browser).
 */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (user.passwordFromAdmin) redirect(CHOOSE_PASSWORD_PATH);
  return user;
}

/** For pages: the signed-in user if their role allows the action, else the 403 page. */
export async function requirePermission(permission: Permission): Promise<PublicUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: boolean };

export { NOT_SIGNED_IN, NOT_ALLOWED, ACCOUNT_DEACTIVATED, DEACTIVATED_REFUSAL, PASSWORD_FROM_ADMIN } from "./refusals";

/**
 * Wraps a server action: session and role first, then the zod parse (of the
 * input cleaned of what is not text), then the handler. Invalid input comes back as messages per field, never as a throw.
 * While the person's password is one an administrator chose, only an action made
 * with `{ ownPassword: true }` (changing it) runs.
 */
export function authedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: PublicUser) => Promise<ActionResult<T>>,
  options: { ownPassword?: boolean } = {},
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = await currentUser();
    if (!user) return { ok: false, error: await refusedSessionMessage() };
    if (!can(user.role, permission)) return { ok: false, error: NOT_ALLOWED };
    if (user.passwordFromAdmin && !options.ownPassword) return { ok: false, error: PASSWORD_FROM_ADMIN };
    // No field keeps control characters or half emoji, from a form or a crafted request (lib/text/clean-input).
    const parsed = schema.safeParse(cleanInput(raw));
    if (!parsed.success) {
      return { ok: false, error: "Some fields need attention.", fieldErrors: fieldErrors(parsed.error) };
    }
    try {
      return await handler(parsed.data, user);
    } catch (error) {
      // A database that cannot take the write is said plainly; anything else (Next's redirects too) goes on as thrown.
      if (!isStorageTrouble(error)) throw error;
      console.error("A database error refused an action:", error);
      return { ok: false, error: STORAGE_TROUBLE };
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why an action found no signed-in user, read only after it refused: someone
 * deactivated while signed in is told so (signing in again cannot help them),
 * anyone else that their session ended.
 */
async function refusedSessionMessage(): Promise<string> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  const session = await sessionIdentity(headerList, jar.getAll());
  const user = session ? await getSessionUser(getDb(), session.uid) : undefined;
  return user && !user.active ? DEACTIVATED_REFUSAL : NOT_SIGNED_IN;
}

/**
 * For the sign-in page: why a browser that still sends a session cookie is not
 * signed in. "deactivated" when the person's account was deactivated, "ended"
 * for any other refused session (a password reset, Sign out everywhere, a role
 * change's new session, an old secret), null when no session cookie came at all
 * (signed out here, or a first visit): nothing to explain then.
 */
export async function refusedSessionReason(): Promise<"deactivated" | "ended" | null> {
  const [headerList, jar] = await Promise.all([headers(), cookies()]);
  const sent = jar.getAll().some((cookie) => cookie.name.replace(/^__Secure-/, "").startsWith(SESSION_COOKIE) && cookie.value);
  if (!sent) return null;
  const session = await sessionIdentity(headerList, jar.getAll());
  const user = session ? await getSessionUser(getDb(), session.uid) : undefined;
  return user && !user.active ? "deactivated" : "ended";
}

/**
 * The 401 for a session cookie that named no active user. Run only once a request
 * was refused, so the guard's success path does no more than it did: a session
 * that still decodes (the decoded token is remembered, so no crypto runs again)
 * for a user who exists but was deactivated gets `deactivated: true`, since
 * signing in again cannot help them; anything else is a session that ended.
 */
async function sessionRefused(headerList: Headers): Promise<Response> {
  const session = await sessionIdentity(headerList, new RequestCookies(headerList).getAll());
  const user = session ? await getSessionUser(getDb(), session.uid) : undefined;
  if (user && !user.active) return Response.json({ error: ACCOUNT_DEACTIVATED, deactivated: true }, { status: 401 });
  return Response.json({ error: "Sign in or send an API token." }, { status: 401 });
}

/**
 * For route handlers: a signed-in session or, to read (GET), an `Authorization:
 * Bearer` API token, with the role allowed to do `permission`. Returns the user, or the Response to send.
 */
export async function requireApiUser(request: Request, permission: Permission): Promise<PublicUser | Response> {
  const apiToken = bearerToken(request.headers.get("authorization"));
  // A session cookie travels with any request the browser makes, so a write on its
  // strength must come from the desk's own pages (a token is sent on purpose).
  if (apiToken === null && !SAFE_METHODS.has(request.method) && !isSameOriginRequest(request.headers)) {
    return Response.json({ ok: false, error: "This request did not come from the desk's pages. Nothing was saved." }, { status: 403 });
  }
  // Tokens are for scripts that read (exports, the Archive): a token that leaked must not be able to change the record.
  if (apiToken !== null && !SAFE_METHODS.has(request.method)) {
    return Response.json({ ok: false, error: "API tokens can only read from the desk. Nothing was saved." }, { status: 403 });
  }
  // The cookies straight from the request: next/headers' cookies() in a route
  // handler builds the response's mutable cookie jar first (1–2% of a verdict save's profile).
  const user = apiToken !== null ? await findUserByApiToken(getDb(), apiToken) : await activeSessionUser(request.headers, new RequestCookies(request.headers).getAll());
  if (!user) return apiToken === null ? await sessionRefused(request.headers) : Response.json({ error: "Sign in or send an API token." }, { status: 401 });
  if (!can(user.role, permission)) return Response.json({ error: "Your role may not do this." }, { status: 403 });
  // A session on a password an administrator chose reads and writes nothing until its owner chooses their own.
  if ("passwordFromAdmin" in user && user.passwordFromAdmin) return Response.json({ ok: false, error: PASSWORD_FROM_ADMIN }, { status: 403 });
  return user;
}
