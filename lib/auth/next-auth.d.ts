import type { Role } from "./roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sso?: boolean;
    /** The user's session epoch at sign-in; a password change moves it on and ends older sessions. */
    se?: number;
    /** This sign-in's id; Sign out lists it among the ended sessions (db/schema/users.ts endedSessions). */
    sid?: string;
  }
}
