import type { EvidenceStance } from "@/lib/workflow/statuses";

/** Shapes the review components receive as props (components do not import the database layer). */
export type VerdictToken = { verdictId: string | null; version: number | null };

export type EvidenceValue = {
  url: string;
  title: string;
  publisher: string;
  quote: string;
  accessedOn: string;
  archiveUrl: string | null;
  stance: EvidenceStance;
};

export type ScaleOption = { key: string; label: string; color: string };

/** An earlier, signed-off check of a similar claim, whose sources a reviewer may add to their own. */
export type ArchiveSources = { claimId: string; articleTitle: string; verdictLabel: string | null; evidence: EvidenceValue[] };

/** A saved verdict as the form and the read-only view show it. */
export type VerdictSnapshot = {
  id: string;
  number: number;
  state: "draft" | "submitted" | "returned" | "approved" | "superseded";
  verdictKey: string | null;
  rationale: string;
  evidence: EvidenceValue[];
  /** Who wrote it (absent where not known): the viewer's own save is said to be theirs. */
  reviewerId?: string;
  reviewerName: string;
  approverName: string | null;
  updatedAt: Date;
  version: number;
  returnComment: string | null;
  /** The claim's words this version was given for (null or absent: not known). */
  claimText?: string | null;
  /** The label it was approved under, which a renamed scale does not change (null or absent: read the scale). */
  approvedLabel?: string | null;
};

export { STANCE_LABELS } from "@/lib/workflow/statuses";
