import { stringify } from "csv-stringify/sync";
import { formatStamp } from "@/lib/time/format";
import { activityDetail, activityPhrase, type ActivityEvent } from "./activity";

/** One event as the export reads it (db/queries/activity.ts ActivityRow has these and more). */
export type ActivityCsvEvent = ActivityEvent & {
  id: string;
  createdAt: Date;
  actorName: string | null;
  entityType: string;
  claimId: string | null;
  claimText: string | null;
  articleId: string | null;
  articleTitle: string | null;
  subjectName: string | null;
};

export const ACTIVITY_CSV_COLUMNS = [
  "event_id", "time_utc", "time_desk", "person", "action", "what", "detail", "entity_type",
  "claim_id", "claim", "article_id", "article_title", "about_person", "before", "after",
] as const;

// As the other CSV exports (lib/export/csv.ts): CRLF records, line breaks inside a
// field quoted, and a stored formula never run by a spreadsheet.
const OPTIONS = { record_delimiter: "windows", quote_record_delimiter: true, escape_formulas: true, quoted_empty: false } as const;
const BOM = "\uFEFF";
const BATCH = 500;

function row(e: ActivityCsvEvent, zone: string): string[] {
  return [
    e.id, e.createdAt.toISOString(), formatStamp(e.createdAt, zone), e.actorName ?? "", e.action, activityPhrase(e), activityDetail(e) ?? "",
    e.entityType, e.claimId ?? "", e.claimText ?? "", e.articleId ?? "", e.articleTitle ?? "", e.subjectName ?? "",
    e.before ? JSON.stringify(e.before) : "", e.after ? JSON.stringify(e.after) : "",
  ];
}

/**
 * The audit trail as CSV, streamed in batches: times in UTC (for machines) and on
 * the desk's clock (for people), the readable phrase, and the event's own before
 * and after as JSON, so nothing the trail holds is lost in the export.
 */
export async function* activityToCsv(events: AsyncIterable<ActivityCsvEvent>, zone: string): AsyncGenerator<string> {
  yield BOM + stringify([[...ACTIVITY_CSV_COLUMNS]], OPTIONS);
  let batch: string[][] = [];
  for await (const event of events) {
    batch.push(row(event, zone));
    if (batch.length === BATCH) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, OPTIONS);
}
