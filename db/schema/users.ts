import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ROLES } from "@/lib/auth/roles";
import { createdAt, id, timestamp, version } from "./columns";

export const users = sqliteTable(
  "users",
  {
    id: id(),
    name: text("name").notNull(),
    /** Stored lower-cased so look-ups and the unique index ignore case. */
    email: text("email").notNull(),
    /** Null for people who only sign in through single sign-on. */
    passwordHash: text("password_hash"),
    role: text("role", { enum: ROLES }).notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /**
     * Moves on with every password change or reset. A session carries the epoch it
     * was signed in under and ends when they differ (see lib/auth/guards.ts).
     */
    sessionEpoch: integer("session_epoch").notNull().default(0),
    /**
     * The password was set by an administrator (adding the person, or a reset) and
     * not yet changed by its owner: the desk asks them to choose their own, since
     * someone else knows this one.
     */
    passwordFromAdmin: integer("password_from_admin", { mode: "boolean" }).notNull().default(false),
    /** Away (leave, a trip) until this instant: auto-assign passes them by. Null when at work. */
    awayUntil: timestamp("away_until"),
    /** The kinds of e-mail this person turned off (lib/mail/preferences.ts); the bell tells them regardless. */
    mailOff: text("mail_off", { mode: "json" }).$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at"),
    version: version(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_role_active_idx").on(t.role, t.active)],
);

/**
 * Failed sign-in counters, per account and per address. Kept in the database, not
 * in memory, so several app servers share one view of an attack.
 */
export const signInThrottles = sqliteTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at").notNull(),
  lockedUntil: timestamp("locked_until"),
});

/**
 * Sessions signed out before their token expired. A session is a token the
 * server does not keep, so Sign out alone would leave a copied cookie working
 * until it expires (12 h): each token names its session (`sid`), and the session
 * check refuses those listed here. A row goes once its token has expired anyway.
 */
export const endedSessions = sqliteTable("ended_sessions", {
  sid: text("sid").primaryKey(),
  expiresAt: timestamp("expires_at").notNull(),
});

/** Tokens for the export API; only a SHA-256 hash of the secret is kept. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at"),
    revokedAt: timestamp("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash_unique").on(t.tokenHash)],
);

/** Newsroom-wide settings (name, URL, time zone) as key/value rows. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at").default(sql`(unixepoch() * 1000)`),
});
