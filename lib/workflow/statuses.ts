/**
 * The lists every other layer derives its types from. The database schema uses
 * these arrays for its `text({ enum })` columns, so a value is declared once.
 */

/** Workflow status of a claim. The verdict is separate (see lib/verdicts/scale.ts). */
export const CLAIM_STATUSES = [
  "proposed",
  "open",
  "assigned",
  "in_review",
  "submitted",
  "approved",
  "returned",
  "dismissed",
  "stale",
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Labels the UI shows for each status. */
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  proposed: "Suggested",
  open: "Open",
  assigned: "Assigned",
  in_review: "In review",
  submitted: "Submitted",
  approved: "Approved",
  returned: "Returned",
  dismissed: "Dismissed",
  stale: "Stale",
};

export const CLAIM_KINDS = [
  "statistic",
  "comparison",
  "event",
  "quote",
  "causal",
  "prediction",
  "opinion",
  "question",
  "other",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const DISMISS_REASONS = ["opinion", "not_checkable", "duplicate", "other"] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** How the desk names each reason (the dismiss menu; the memo in lower case). */
export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  opinion: "Opinion",
  not_checkable: "Not checkable",
  duplicate: "Duplicate",
  other: "Other",
};

/** Stored: draft, published, spiked (withdrawn: it will not run). In check and ready are derived on read (db/queries/articles.ts). */
export const ARTICLE_STATUSES = ["draft", "in_check", "ready", "published", "spiked"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ANCHOR_STATES = ["anchored", "moved", "stale", "orphaned"] as const;
export type AnchorState = (typeof ANCHOR_STATES)[number];

export const EVIDENCE_STANCES = ["supports", "contradicts", "context"] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

/** How a source stands to the claim, in the words of the form and of the memo's readers. */
export const STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: "Supports the claim",
  contradicts: "Contradicts the claim",
  context: "Gives context",
};

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CORRECTION_TYPES = ["correction", "clarification", "update", "editors_note"] as const;
export type CorrectionType = (typeof CORRECTION_TYPES)[number];
export const CORRECTION_TYPE_LABELS: Record<CorrectionType, string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
  editors_note: "Editor's note",
};

export const CORRECTION_STATUSES = ["draft", "approved", "published"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
