import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";
import { CORRECTION_NEEDS } from "@/lib/verdicts/scale";
import { CORRECTION_STATUSES, CORRECTION_TYPES, EVIDENCE_STANCES } from "@/lib/workflow/statuses";
import { createdAt, id, timestamp, version } from "./columns";
import { articles } from "./articles";
import { claims } from "./claims";
import { users } from "./users";

/** The newsroom's editable verdict scale, seeded from DEFAULT_VERDICT_SCALE. */
export const verdictScale = sqliteTable("verdict_scale", {
  key: text("key").primaryKey(),
  label: text("label").notNull(),
  ratingValue: integer("rating_value"),
  needsCorrection: text("needs_correction", { enum: CORRECTION_NEEDS }).notNull(),
  suggestedCorrectionType: text("suggested_correction_type", { enum: ["correction", "clarification"] }),
  color: text("color").notNull(),
  position: integer("position").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
});

export const VERDICT_STATES = ["draft", "submitted", "returned", "approved", "superseded"] as const;

/**
 * One row per verdict version on a claim. An approved verdict is final: changing
 * it later writes a new row with `number + 1` and marks the old one superseded.
 */
export const verdicts = sqliteTable(
  "verdicts",
  {
    id: id(),
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    verdictKey: text("verdict_key").references(() => verdictScale.key),
    rationale: text("rationale").notNull().default(""),
    /**
     * The claim's words when this version was last saved: what the verdict rules
     * on. The claim's own text can change later (the article is edited and the
     * claim goes stale), and the record must still say which words were checked.
     * Null for versions saved before the desk kept it.
     */
    claimText: text("claim_text"),
    state: text("state", { enum: VERDICT_STATES }).notNull().default("draft"),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => users.id),
    approverId: text("approver_id").references(() => users.id),
    submittedAt: timestamp("submitted_at"),
    decidedAt: timestamp("decided_at"),
    returnComment: text("return_comment"),
    /**
     * The scale's label and rating for this verdict when it was approved: the
     * record (and the ClaimReview published from it) keeps saying what was
     * approved after an administrator renames or re-rates a verdict on the scale.
     * Null before approval, and for versions approved before the desk kept it.
     */
    approvedLabel: text("approved_label"),
    approvedRating: integer("approved_rating"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
    version: version(),
  },
  (t) => [
    uniqueIndex("verdicts_claim_number_unique").on(t.claimId, t.number),
    index("verdicts_state_idx").on(t.state),
    // The archive lists approved verdicts newest first.
    index("verdicts_state_decided_idx").on(t.state, t.decidedAt),
  ],
);

export const evidenceItems = sqliteTable(
  "evidence_items",
  {
    id: id(),
    verdictId: text("verdict_id")
      .notNull()
      .references(() => verdicts.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    title: text("title").notNull().default(""),
    publisher: text("publisher").notNull().default(""),
    quote: text("quote").notNull().default(""),
    accessedOn: text("accessed_on").notNull(),
    archiveUrl: text("archive_url"),
    stance: text("stance", { enum: EVIDENCE_STANCES }).notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("evidence_verdict_idx").on(t.verdictId, t.position)],
);

export const corrections = sqliteTable(
  "corrections",
  {
    id: id(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    claimId: text("claim_id").references(() => claims.id, { onDelete: "set null" }),
    type: text("type", { enum: CORRECTION_TYPES }).notNull(),
    status: text("status", { enum: CORRECTION_STATUSES }).notNull().default("draft"),
    originalText: text("original_text").notNull(),
    correctedText: text("corrected_text").notNull(),
    note: text("note").notNull(),
    createdById: text("created_by_id")
      .notNull()
      .references(() => users.id),
    approvedById: text("approved_by_id").references(() => users.id),
    publishedAt: timestamp("published_at"),
    /**
     * When the wording of a correction already published last changed: readers
     * saw the earlier wording, so the log and the exports say it was amended.
     */
    amendedAt: timestamp("amended_at"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
    version: version(),
  },
  (t) => [
    index("corrections_created_idx").on(t.createdAt),
    index("corrections_published_idx").on(t.publishedAt),
    index("corrections_article_idx").on(t.articleId),
    // The log files a correction under its publication, else its creation; indexing that
    // lets its page and its count read only the range asked for, not every correction.
    // Written as CASE, not coalesce(): drizzle-kit splits an index expression at its
    // commas, and the queries must use this exact expression for SQLite to use the index.
    index("corrections_effective_idx").on(sql`(CASE WHEN ${t.publishedAt} IS NULL THEN ${t.createdAt} ELSE ${t.publishedAt} END)`, t.id),
  ],
);
