/**
 * The desk's audit trail as the Activity page reads it: which events belong to
 * which kind of work, and one readable phrase per event ("dismissed it as
 * opinion"). The page shows who did it and what it is about beside the phrase, so
 * phrases speak of "it" (the claim, article, correction or person of the row).
 */
import { formatDay } from "@/lib/time/format";

export const ACTIVITY_KINDS = ["articles", "claims", "verdicts", "corrections", "people", "settings"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  articles: "Articles",
  claims: "Claims and assignments",
  verdicts: "Verdicts and sign-off",
  corrections: "Corrections",
  people: "People and access",
  settings: "Settings",
};

/** The audit entity types each kind covers (db/queries/audit.ts AuditInput). */
export const KIND_ENTITY_TYPES: Record<ActivityKind, readonly string[]> = {
  articles: ["article"],
  claims: ["claim", "assignment"],
  verdicts: ["verdict"],
  corrections: ["correction"],
  people: ["user"],
  settings: ["settings", "scale"],
};

/** People and access (sign-in, roles, passwords, API tokens) are the administrators' business. */
export function kindsFor(role: "editor" | "admin"): readonly ActivityKind[] {
  return role === "admin" ? ACTIVITY_KINDS : ACTIVITY_KINDS.filter((kind) => kind !== "people");
}

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

export type ActivityEvent = {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const DISMISS_REASONS: Record<string, string> = { opinion: "opinion", not_checkable: "not checkable", duplicate: "a duplicate", other: "another reason" };
const CORRECTION_STEPS: Record<string, string> = { created: "drafted", updated: "edited", approved: "approved", published: "published", reopened: "reopened", discarded: "discarded" };

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
/** "due time", "due time and note", "due time, priority and note". */
export const listed = (words: readonly string[]): string => new Intl.ListFormat("en-GB", { type: "conjunction" }).format(words);
/** "1 claim", "3 claims". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What happened, as a phrase after the actor's name. Unknown actions read as their name, so nothing disappears. */
export function activityPhrase(event: ActivityEvent): string {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const version = num(after.number) !== null ? ` version ${num(after.number)}` : "";
  switch (event.action) {
    case "article.created": return "created it";
    case "article.saved": return num(after.revision) !== null ? `saved revision ${num(after.revision)}` : "saved it";
    case "article.published": return "marked it published";
    case "article.spiked": return "spiked it";
    case "article.restored": return "restored it to the desk";
    case "claims.found": return num(after.suggestions) !== null ? `ran Find claims: ${plural(num(after.suggestions)!, "suggestion")}` : "ran Find claims";
    case "claims.accepted_all": return `accepted all suggestions (${num(after.accepted) ?? 0})`;
    case "claims.accepted_all_undone": return `undid Accept all suggested (${num(after.undone) ?? 0} back to suggestions)`;
    case "claim.accepted": return "accepted it";
    case "claim.dismissed": return `dismissed it as ${DISMISS_REASONS[text(after.reason) ?? "other"] ?? "another reason"}`;
    case "claim.restored": return "restored it";
    case "claim.marked": return "marked it as a claim";
    case "claim.merged": return "merged another claim into it";
    case "claim.respanned": return "changed its span";
    case "claim.claimant_changed": return text(after.claimant) ? `named its claimant: ${text(after.claimant)}` : "cleared its claimant: nobody named";
    case "claim.stale": return "changed its text in the article after a verdict: stale";
    case "claim.orphaned": return "removed its text from the article: orphaned";
    case "claim.reworded": return "changed its words in the article";
    case "claim.words_restored": return "put back the words its approved verdict ruled on: approved again";
    case "claim.assigned": return `assigned it to ${text(after.reviewer) ?? "someone"}`;
    case "claim.reassigned":
      if (text(before.reviewer) && before.reviewer === after.reviewer) {
        const changed = Array.isArray(after.changed) && after.changed.length > 0 ? listed(after.changed.map(String)) : "terms";
        return `changed the ${changed} for ${text(after.reviewer)}`;
      }
      return `reassigned it from ${text(before.reviewer) ?? "someone"} to ${text(after.reviewer) ?? "someone"}`;
    case "claim.unassigned":
      if (after.because === "holder deactivated") return `deactivated ${text(before.reviewer) ?? "its reviewer"}, who held it`;
      if (after.because === "handed back") return "handed it back";
      if (after.because === "article spiked") return `released it from ${text(before.reviewer) ?? "the reviewer"}: the article was spiked`;
      return `took it off ${text(before.reviewer) ?? "the reviewer"}'s queue`;
    case "claim.more_time_asked": return "asked for more time";
    case "claim.more_time_granted": return "granted more time";
    case "claim.more_time_declined": return "declined a request for more time";
    case "claim.commented": return "commented";
    case "claim.comment_edited": return "edited a comment";
    case "claim.comment_removed": return `removed a comment by ${text(after.author) ?? "someone"}`;
    case "claim.reopened": return "reopened the approved verdict";
    case "verdict.draft_saved": return `saved a draft of${version}`;
    case "verdict.submitted": return `submitted${version} for sign-off`;
    case "verdict.withdrawn": return `took${version} back from sign-off`;
    case "verdict.returned": return `returned${version} to the reviewer`;
    case "verdict.approved": return `approved${version}`;
    case "user.created": return `added them as ${text(after.role) ?? "a user"}`;
    case "user.role_changed": return `changed their role from ${text(before.role) ?? "?"} to ${text(after.role) ?? "?"}`;
    case "user.deactivated": return "deactivated them";
    case "user.reactivated": return "reactivated them";
    case "user.password_changed": return "changed their own password";
    case "user.password_reset": return "reset their password";
    case "user.sessions_ended": return "signed out everywhere";
    case "user.away_set": return `marked them away until ${text(after.day) ? formatDay(text(after.day)!) : "a later day"}`;
    case "user.away_cleared": return "marked them back at work";
    case "token.created": return `made an API token${text(after.name) ? ` "${text(after.name)}"` : ""}`;
    case "token.revoked": return "revoked an API token";
    case "settings.newsroom_changed": return "changed the newsroom settings";
    case "scale.updated": return "changed the verdict scale";
    case "claim_model.adapted": return `adapted the claim finder on ${plural(num(after.decisions) ?? 0, "decision")}`;
    case "claim_model.used": return after.modelId ? "chose an adapted claim finder" : "went back to the shipped claim finder";
  }
  const correction = /^correction\.(\w+)$/.exec(event.action);
  // "a correction", not "it": the line goes on to name the claim or article it corrects.
  if (correction) return `${CORRECTION_STEPS[correction[1]] ?? correction[1].replace(/_/g, " ")} a correction`;
  return event.action.replace(/^[a-z_]+\./, "").replace(/_/g, " ");
}

/** Extra words worth showing under the phrase: a comment, a note, a return's reason. */
export function activityDetail(event: ActivityEvent): string | null {
  const after = event.after ?? {};
  switch (event.action) {
    case "claim.commented":
    case "claim.comment_edited":
    case "verdict.returned":
      return text(after.comment);
    case "claim.assigned":
    case "claim.reassigned":
    case "correction.created":
      return text(after.note);
    case "claim.unassigned":
    case "claim.more_time_asked":
    case "claim.reopened":
      return text(after.reason);
    case "claim.more_time_granted":
    case "claim.more_time_declined":
      return text(after.note);
    case "claim.reworded":
    case "claim.stale":
    case "claim.words_restored":
      return text(after.text);
    case "claim.dismissed":
      return text(after.note);
    case "correction.discarded":
      // The row is gone; the event keeps what it said.
      return text((event.before ?? {}).note);
    case "article.spiked":
      return text(after.reason);
    default:
      return null;
  }
}
