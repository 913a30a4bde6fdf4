/**
 * Plain-data inputs for every exporter. The query layer builds these; the
 * formatters never touch the database or the clock, so the same input always
 * gives the same bytes. Dates are ISO-8601 strings in UTC.
 */
import type { ClaimStatus, CorrectionStatus, CorrectionType, DismissReason, EvidenceStance } from "@/lib/workflow/statuses";
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
  /** Spiked: the desk decided it will not run. */
  spiked?: boolean;
};

export type PersonRef = { name: string };

/**
 * Where a verdict version stands. A draft is never one of them: the memo is a
 * record, and a draft is the reviewer's unfinished work (the query leaves drafts
 * out and says `draftInProgress` instead).
 */
export type MemoVerdictState = "submitted" | "returned" | "approved";

export type MemoVerdict = {
  key: string;
  label: string;
  ratingValue: number | null;
  rationale: string;
  /**
   * The claim's words this verdict was given for. They differ from the claim's
   * `text` when the article changed after the check (the claim is then stale);
   * absent or null when not known (versions saved before the desk kept them).
   */
  checkedText?: string | null;
  reviewer: PersonRef;
  approver: PersonRef | null;
  submittedAt: Iso8601 | null;
  approvedAt: Iso8601 | null;
  version: number;
  /**
   * Optional so callers that only build approved or submitted verdicts need not
   * say; absent means approved when `approvedAt` is set, else submitted
   * (`verdictState` in decision.ts).
   */
  state?: MemoVerdictState;
};

export type MemoEvidence = {
  url: string;
  title: string;
  publisher: string;
  quote: string;
  /** The day the source was read, as a calendar date ("2025-03-01"): a day has no clock, so no time zone. */
  accessedOn: string | null;
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
  /** The newest verdict version that was at least submitted, never a draft. */
  verdict: MemoVerdict | null;
  /** Evidence of `verdict` (a draft's evidence is left out with the draft). */
  evidence: MemoEvidence[];
  /** A reviewer has an unsubmitted draft newer than `verdict` (absent: no). */
  draftInProgress?: boolean;
  /**
   * The claim's words are no longer in the article (an edit removed them after
   * it was found). Absent: still there.
   */
  lost?: boolean;
  /** Why an editor dismissed the claim, when its status is `dismissed` (absent: not dismissed). */
  dismissal?: MemoDismissal | null;
};

export type MemoDismissal = { reason: DismissReason; note: string | null };

export type ExportCorrection = {
  id: string;
  type: CorrectionType;
  status: CorrectionStatus;
  originalText: string;
  correctedText: string;
  note: string;
  publishedAt: Iso8601 | null;
  /** When a published correction's wording last changed (readers saw the earlier one); null or absent if never. */
  amendedAt?: Iso8601 | null;
  createdAt: Iso8601;
  /** `id` lets JSON-LD tell apart articles that have no URL; absent, the title stands in. */
  article: { id?: string; title: string; url: string };
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
  /** What the log was narrowed to beyond its range, so a filtered file says so (and an empty one is not read as an empty log). */
  filter?: LogFilter;
  corrections: Iterable<ExportCorrection> | AsyncIterable<ExportCorrection>;
};

export type LogFilter = { article?: { id: string; title: string }; type?: CorrectionType; status?: CorrectionStatus };

export const MEMO_FORMATS = ["markdown", "html", "csv", "json", "docx", "jsonld"] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];
