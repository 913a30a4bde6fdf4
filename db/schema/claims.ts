import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, DISMISS_REASONS, PRIORITIES } from "@/lib/workflow/statuses";
import { createdAt, id, timestamp, version } from "./columns";
import { articles } from "./articles";
import { users } from "./users";

export const claims = sqliteTable(
  "claims",
  {
    id: id(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // Position selector over the article's plain text (UTF-16 offsets).
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    // Quote selector: the exact text with its surrounding context.
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    /** The claim as the desk states it; starts as `exact`. */
    text: text("text").notNull(),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull().default("other"),
    claimant: text("claimant"),
    score: real("score"),
    checkworthy: integer("checkworthy", { mode: "boolean" }).notNull().default(false),
    /** JSON array of human-readable reasons ("number: 169"). */
    reasons: text("reasons", { mode: "json" }).$type<string[]>().notNull().default([]),
    origin: text("origin", { enum: ["suggested", "manual"] }).notNull().default("suggested"),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("proposed"),
    anchorState: text("anchor_state", { enum: ANCHOR_STATES }).notNull().default("anchored"),
    dismissReason: text("dismiss_reason", { enum: DISMISS_REASONS }),
    dismissNote: text("dismiss_note"),
    createdById: text("created_by_id").references(() => users.id),
    decidedById: text("decided_by_id").references(() => users.id),
    decidedAt: timestamp("decided_at"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
    version: version(),
  },
  (t) => [
    index("claims_article_position_idx").on(t.articleId, t.start),
    // By state, then article: the Dashboard counts (waiting for sign-off, stale) and its
    // stale list find their few claims here and check each one's article, not every claim.
    index("claims_status_article_idx").on(t.status, t.articleId),
    // Lost claims are few: the Dashboard's count and list start from them.
    index("claims_orphaned_idx").on(t.articleId, t.status).where(sql`${t.anchorState} = 'orphaned'`),
  ],
);

export const assignments = sqliteTable(
  "assignments",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => users.id),
    assignedById: text("assigned_by_id")
      .notNull()
      .references(() => users.id),
    dueAt: timestamp("due_at"),
    priority: text("priority", { enum: PRIORITIES }).notNull().default("normal"),
    note: text("note").notNull().default(""),
    /** Only one active assignment per claim; ended ones stay as history. */
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at"),
    /** When its holder was reminded that it is nearly due (once per assignment). */
    remindedAt: timestamp("reminded_at"),
    /**
     * The holder's open request for more time: the due time they ask for, why,
     * and when they asked (which an editor's answer names, so it answers the
     * request they read). Cleared when an editor grants or declines it.
     */
    moreTimeUntil: timestamp("more_time_until"),
    moreTimeReason: text("more_time_reason"),
    moreTimeAskedAt: timestamp("more_time_asked_at"),
  },
  (t) => [
    index("assignments_queue_idx").on(t.reviewerId, t.active, t.dueAt),
    index("assignments_claim_idx").on(t.claimId, t.active),
    // The Dashboard's overdue count and list: active assignments by due time, not every one ever made.
    index("assignments_active_due_idx").on(t.dueAt).where(sql`${t.active} = 1`),
  ],
);

export const comments = sqliteTable(
  "comments",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    mentions: text("mentions", { mode: "json" }).$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    // Its author may correct a comment or remove it; the claim's history keeps every wording.
    editedAt: timestamp("edited_at"),
    removedAt: timestamp("removed_at"),
    removedById: text("removed_by_id").references(() => users.id),
    version: version(),
  },
  (t) => [index("comments_claim_idx").on(t.claimId, t.createdAt)],
);
