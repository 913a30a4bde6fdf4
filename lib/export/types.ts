/**
 * Plain-data inputs for every exporter. The query layer builds these; the
 * formatters never touch the database or the clock, so the same input always
 * gives the same bytes. Dates are ISO-8601 strings in UTC.
 */
import type { ClaimStatus, CorrectionStatus, CorrectionType, EvidenceStance } from "@/lib/workflow/statuses";
import type { VerdictScaleEntry } from "@/lib/verdicts/scale";

export type Iso8601 = string;

export type Newsroom = { name: string; url: string };

export type MemoArticle = {
  id: string;
  title: string;
  byline: string;
  sourceUrl: string;
  deadline: Iso8601 | null;
  publishedAt?: Iso8601 | null;
};

export type PersonRef = { name: string };

export type MemoVerdict = {
  key: string;
  label: string;
  ratingValue: number | null;
  rationale: string;
  reviewer: PersonRef;
  approver: PersonRef | null;
  submittedAt: Iso8601 | null;
  approvedAt: Iso8601 | null;
  version: number;
};

export type MemoEvidence = {
  url: string;
  title: string;
  publisher: string;
  quote: string;
  accessedAt: Iso8601 | null;
  archiveUrl: string | null;
  stance: EvidenceStance;
};

export type MemoClaim = {
  id: string;
  position: number;
  text: string;
  claimant: string | null;
  /** Lets JSON-LD say Person or Organization; guessed from the name when absent. */
  claimantKind?: "person" | "organization";
  status: ClaimStatus;
  verdict: MemoVerdict | null;
  evidence: MemoEvidence[];
};

export type ExportCorrection = {
  id: string;
  type: CorrectionType;
  status: CorrectionStatus;
  originalText: string;
  correctedText: string;
  note: string;
  publishedAt: Iso8601 | null;
  createdAt: Iso8601;
  article: { title: string; url: string };
};

export type MemoInput = {
  newsroom: Newsroom;
  article: MemoArticle;
  generatedAt: Iso8601;
  /** The desk's time zone: documents people read show times on its clock (data formats keep ISO UTC). */
  timeZone: string;
  scale: readonly VerdictScaleEntry[];
  claims: readonly MemoClaim[];
  corrections: readonly ExportCorrection[];
};

/**
 * The corrections log streams: `corrections` may be an async iterable straight
 * from a paged query. It must arrive ordered by `compareCorrections` (effective
 * date, then id); the formatters check the order as they go and throw on a
 * violation rather than writing a silently unstable file.
 */
export type CorrectionsLogInput = {
  newsroom: Newsroom;
  range: { from: Iso8601; to: Iso8601 };
  generatedAt: Iso8601;
  /** As in MemoInput; the range's instants are the first and last of days on this clock. */
  timeZone: string;
  corrections: Iterable<ExportCorrection> | AsyncIterable<ExportCorrection>;
};

export const MEMO_FORMATS = ["markdown", "html", "csv", "json", "docx", "jsonld"] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];
