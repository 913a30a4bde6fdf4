import type { Role } from "@/lib/auth/roles";

/**
 * The permission matrix: which role may do what. Every server action, route
 * handler and page guard names one of these actions; the matrix test covers
 * every cell, and a test over app/ checks each action file names one.
 */
export const PERMISSIONS = {
  "articles.view": ["reviewer", "editor", "admin"],
  "articles.view_all": ["editor", "admin"],
  "articles.edit": ["editor", "admin"],
  "claims.curate": ["editor", "admin"],
  "claims.assign": ["editor", "admin"],
  // Giving back a claim one holds (checked per claim: only its holder).
  "claims.hand_back": ["reviewer", "editor", "admin"],
  // Asking for a later due time on a claim one holds (checked per claim: only its holder); editors answer with claims.assign.
  "claims.ask_more_time": ["reviewer", "editor", "admin"],
  "queue.view": ["reviewer", "editor", "admin"],
  "verdicts.record": ["reviewer", "editor", "admin"],
  "verdicts.approve": ["editor", "admin"],
  "comments.write": ["reviewer", "editor", "admin"],
  // Removing someone else's comment (one that should not stand); everyone may edit or remove their own.
  "comments.moderate": ["admin"],
  "corrections.view": ["editor", "admin"],
  "corrections.manage": ["editor", "admin"],
  "exports.download": ["editor", "admin"],
  "dashboard.view": ["editor", "admin"],
  "audit.view": ["editor", "admin"],
  "users.manage": ["admin"],
  "settings.manage": ["admin"],
  // Spiking an article (it will not run) and restoring it.
  "articles.spike": ["editor", "admin"],
  // Adapting the claim finder to the desk's decisions, and choosing the model in use.
  "claimModel.manage": ["admin"],
  "notifications.read": ["reviewer", "editor", "admin"],
  // Claim pages: every role, but reviewers only for claims they hold (checked per claim).
  "claims.view": ["reviewer", "editor", "admin"],
  "claims.history": ["reviewer", "editor", "admin"],
  // The archive of signed-off checks: every role, but reviewers only their own (checked in the query).
  "archive.search": ["reviewer", "editor", "admin"],
  // Reopening an approved verdict makes a new version; an editor's decision.
  "verdicts.revise": ["editor", "admin"],
  // API tokens reach the export endpoints, so only those who may export hold one.
  "tokens.manage": ["editor", "admin"],
  // Everyone keeps their own password; only administrators reset someone else's (users.manage).
  "account.manage": ["reviewer", "editor", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** Whether a role may perform an action. Unknown roles may do nothing. */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
