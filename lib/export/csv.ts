/**
 * CSV exports through csv-stringify: RFC 4180 (CRLF records, quotes doubled,
 * fields with commas, quotes or line breaks quoted), a header row, and the
 * library's `escape_formulas`, which puts an apostrophe before text cells that
 * start with = + - @ tab or CR so a spreadsheet never runs a stored formula.
 * Numbers stay numbers (a negative rating is not text to neutralise).
 *
 * The file starts with a UTF-8 byte order mark: without it Excel on Windows
 * reads the file as the local code page and mangles emoji and Hebrew/Arabic text.
 */
import { stringify, type Options } from "csv-stringify/sync";
import { CORRECTION_TYPE_LABELS } from "@/lib/workflow/statuses";
import { verdictState } from "./decision";
import { dayIn } from "@/lib/time/days";
import { effectiveDate, humanDay, iso, orderedCorrections, sortClaims } from "./shared";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput } from "./types";

type Cell = string | number;

// quote_record_delimiter: with CRLF records the library would otherwise leave a
// lone "\n" or "\r" unquoted, which readers take as a row break.
const BASE: Options = { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true, quoted_empty: false };
const BOM = "\uFEFF";

/** Stringifies rows (header included or not) with the shared options. */
function rows(records: Cell[][]): string {
  return records.length === 0 ? "" : stringify(records, BASE);
}

export const MEMO_CSV_COLUMNS = [
  "claim_id", "position", "claim", "claimant", "status", "verdict_key", "verdict", "rating_value", "rationale",
  "reviewer", "submitted_at", "approver", "approved_at", "verdict_version", "evidence_count", "evidence",
  // Added after the first release, so at the end: readers that go by position keep working.
  "verdict_state", "draft_in_progress", "dismiss_reason", "dismiss_note", "checked_text", "in_article",
] as const;

/** Evidence flattened into one cell, one item per line, so a row stays one claim. */
function evidenceCell(claim: MemoClaim): string {
  return claim.evidence
    .map((e) => {
      const parts = [`[${e.stance}] ${e.title}`, e.publisher, e.url];
      if (e.accessedOn) parts.push(`accessed ${humanDay(e.accessedOn)}`);
      if (e.archiveUrl) parts.push(`archive ${e.archiveUrl}`);
      if (e.quote) parts.push(`quote: ${e.quote}`);
      return parts.filter(Boolean).join(" | ");
    })
    .join("\n");
}

function memoRow(claim: MemoClaim): Cell[] {
  const v = claim.verdict;
  return [
    claim.id, claim.position, claim.text, claim.claimant ?? "", claim.status, v?.key ?? "", v?.label ?? "",
    v?.ratingValue ?? "", v?.rationale ?? "", v?.reviewer.name ?? "", iso(v?.submittedAt) ?? "", v?.approver?.name ?? "",
    iso(v?.approvedAt) ?? "", v?.version ?? "", claim.evidence.length, evidenceCell(claim),
    v ? verdictState(v) : "", claim.draftInProgress === true ? "true" : "false", claim.dismissal?.reason ?? "", claim.dismissal?.note ?? "",
    v?.checkedText ?? "", claim.lost === true ? "false" : "true",
  ];
}

/**
 * The memo as CSV: one row per claim in article order. The verdict columns hold
 * the newest version that was at least submitted (`verdict_state` says whether
 * it is approved); a draft never appears, only `draft_in_progress`. The memo's corrections
 * are in the corrections log export; JSON carries everything in one file.
 */
export function memoToCsv(input: MemoInput): string {
  return BOM + rows([[...MEMO_CSV_COLUMNS], ...sortClaims(input.claims).map(memoRow)]);
}

export const LOG_CSV_COLUMNS = [
  "correction_id", "date", "type", "status", "created_at", "published_at", "article_title", "article_url",
  "original_text", "corrected_text", "note", "amended_at",
] as const;

/**
 * `date` is the calendar day the correction is filed under, on the desk's clock
 * (the day the log's range and file name count in), which a spreadsheet reads as
 * a date; the *_at columns are exact UTC instants. It was the instant itself,
 * which read as the day before (or after) for a desk far from Greenwich.
 */
function logRow(c: ExportCorrection, zone: string): Cell[] {
  return [
    c.id, dayIn(zone, new Date(effectiveDate(c))), CORRECTION_TYPE_LABELS[c.type], c.status, iso(c.createdAt), iso(c.publishedAt) ?? "",
    c.article.title, c.article.url, c.originalText, c.correctedText, c.note, iso(c.amendedAt) ?? "",
  ];
}

const BATCH = 500;

/**
 * The corrections log as CSV, streamed: rows are stringified in batches of 500
 * so memory stays flat however long the log. An empty range gives the BOM and
 * the header row, which every spreadsheet opens as an empty table.
 */
export async function* correctionsLogToCsv(input: CorrectionsLogInput): AsyncGenerator<string> {
  yield BOM + rows([[...LOG_CSV_COLUMNS]]);
  let batch: Cell[][] = [];
  for await (const c of orderedCorrections(input.corrections)) {
    batch.push(logRow(c, input.timeZone));
    if (batch.length === BATCH) {
      yield rows(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield rows(batch);
}
