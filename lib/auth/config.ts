import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { endSession, findUserByEmail, getSessionUser } from "@/db/queries/users";
import { env, oidcEnabled } from "@/lib/env";
import { clientAddress } from "./client-address";
import { isRole } from "./roles";
import { SESSION_MAX_AGE_SECONDS } from "./session-length";
import { sessionSecrets } from "./secrets";
import { checkPassword } from "./sign-in";

/**
 * Auth.js wiring. lib/auth is the one lib folder that touches Next and the
 * database (ARCHITECTURE.md puts the Auth.js config and guards here); the pure
 * parts (password hashing, throttle policy, schemas) sit beside it in their own files.
 */

/** Thrown when the account or address is locked; the code reaches the sign-in form. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const outcome = await checkPassword(getDb(), {
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          address: clientAddress(request?.headers, env().TRUST_PROXY_HOPS),
          now: new Date(),
        });
        if (outcome.kind === "throttled") throw new ThrottledSignIn();
        if (outcome.kind === "wrong") return null;
        return { id: outcome.user.id, name: outcome.user.name, email: outcome.user.email };
      },
    }),
  ];
  const e = env();
  if (oidcEnabled(e)) {
    list.push({
      id: "oidc",
      name: e.OIDC_NAME ?? "Single sign-on",
      type: "oidc",
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
    });
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Explicit, so the rotation list is read (./secrets says why); undefined lets Auth.js report the missing secret.
  secret: sessionSecrets(process.env) ?? undefined,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an everyday event, not a server error worth a stack trace.
  logger: {
    error(error) {
      // By `type`, which Auth.js sets on every instance: the production build renames
      // classes, so `name` read "j" there and every wrong password logged a stack trace.
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: providers(),
  events: {
    /**
     * Auth.js's own sign-out (POST /api/auth/signout, which its built-in page
     * posts to) ends the session on the server too, as the desk's Sign out does:
     * clearing the cookie alone left any copy of it working.
     */
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token || typeof token.sid !== "string") return;
      const lasts = Math.max((typeof token.exp === "number" ? token.exp : 0) * 1000, Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
      await endSession(getDb(), { sessionId: token.sid, expiresAt: new Date(lasts) });
    },
  },
  callbacks: {
    /**
     * Single sign-on admits only people an administrator has already added, by
     * e-mail; the identity provider proves who they are, the desk decides the role.
     */
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const row = user.email ? await findUserByEmail(getDb(), user.email) : undefined;
      return Boolean(row?.active);
    },
    async jwt({ token, user, account }) {
      if (user) {
        const row = user.email ? await findUserByEmail(getDb(), user.email) : undefined;
        if (row) {
          token.uid = row.id;
          token.role = row.role;
          token.se = row.sessionEpoch;
          // This sign-in's own id: Sign out ends just this session, copies of its cookie included.
          token.sid = crypto.randomUUID();
        }
        if (account?.provider === "oidc") token.sso = true;
      } else if (typeof token.uid === "string") {
        // Auth.js's own session endpoint renews the token: not for a session that
        // was signed out (a copied cookie), ended everywhere, or whose person is
        // deactivated, as the desk's requests check them (lib/auth/guards).
        const row = await getSessionUser(getDb(), token.uid, typeof token.sid === "string" ? token.sid : "");
        if (!row?.active || row.sessionEpoch !== (token.se ?? 0) || row.sessionEnded) return null;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (isRole(token.role)) session.user.role = token.role;
      return session;
    },
  },
}));
