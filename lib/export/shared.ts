/**
 * Helpers every formatter shares: date formatting, stable ordering, and the
 * plumbing for streamed output (async iterables of string chunks).
 */
import { formatStamp } from "@/lib/time/format";
import { CORRECTION_TYPE_LABELS } from "@/lib/workflow/statuses";
import type { CorrectionsLogInput, ExportCorrection, LogFilter, MemoArticle, MemoClaim } from "./types";

/**
 * Normalises a timestamp to ISO-8601 UTC with milliseconds (`toISOString`). A
 * string that does not parse is passed through unchanged: an export should show
 * what is stored rather than fail on it.
 */
export function iso(value: string): string;
export function iso(value: string | null | undefined): string | null;
export function iso(value: string | null | undefined): string | null {
  if (value == null || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/**
 * "2025-03-01 09:05 EST" for documents people read: on the desk's clock (`zone`),
 * with the zone named; empty for a missing date, and as stored when it does not parse.
 */
export function humanDate(value: string | null | undefined, zone: string): string {
  const normal = iso(value);
  if (normal === null) return "";
  const date = new Date(normal);
  return Number.isNaN(date.getTime()) ? normal : formatStamp(date, zone);
}

/** The day an evidence item was read ("2025-03-01"), as the reviewer gave it: a day has no clock to convert. */
export function humanDay(value: string | null | undefined): string {
  const normal = iso(value);
  if (normal === null) return "";
  return /^\d{4}-\d{2}-\d{2}/.exec(normal)?.[0] ?? normal;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Claims in article order: position, then id for the rare tie. */
export function sortClaims(claims: readonly MemoClaim[]): MemoClaim[] {
  return [...claims].sort((a, b) => a.position - b.position || compareText(a.id, b.id));
}

/** A filtered log's filter in words ("article “Bridge vote”; clarifications; draft"), or null when it is the whole log. */
export function logFilterWords(filter: LogFilter | undefined): string | null {
  if (!filter) return null;
  const parts = [
    filter.article ? `article “${filter.article.title}”` : null,
    filter.type ? `type ${CORRECTION_TYPE_LABELS[filter.type]}` : null,
    filter.status ? `status ${filter.status}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** What an empty log says: the range is empty, or nothing in it matches the filter. */
export function emptyLogLine(filter: LogFilter | undefined): string {
  return logFilterWords(filter) ? "No corrections in this range match the filter." : "No corrections in this range.";
}

/** The memo's "Published" line: the time it ran, "spiked (will not run)", or "not yet". */
export function publishedLine(article: MemoArticle, zone: string, format: (value: string, zone: string) => string): string {
  if (article.publishedAt) return format(article.publishedAt, zone);
  return article.spiked ? "no: spiked (will not run)" : "not yet";
}

/**
 * "published 5 Dec 2026, amended 6 Dec 2026" or "created …": when a correction
 * ran, and whether its wording changed after readers saw it. `format` writes one
 * date as the format shows dates.
 */
export function correctionDated(c: ExportCorrection, zone: string, format: (value: string, zone: string) => string): string {
  if (!c.publishedAt) return `created ${format(c.createdAt, zone)}`;
  return `published ${format(c.publishedAt, zone)}${c.amendedAt ? `, amended ${format(c.amendedAt, zone)}` : ""}`;
}

/** The date a correction is filed under: when it was published, else when it was created. */
export function effectiveDate(correction: ExportCorrection): string {
  return iso(correction.publishedAt ?? correction.createdAt);
}

/** The corrections order every export uses (and the log query must use): effective date, then id. */
export function compareCorrections(a: ExportCorrection, b: ExportCorrection): number {
  return compareText(effectiveDate(a), effectiveDate(b)) || compareText(a.id, b.id);
}

/**
 * Walks the log's corrections (sync or async) and throws if they arrive out of
 * order, so an unordered query shows up as an error instead of a file whose rows
 * shuffle between downloads.
 */
export async function* orderedCorrections(source: CorrectionsLogInput["corrections"]): AsyncGenerator<ExportCorrection> {
  let previous: ExportCorrection | null = null;
  for await (const correction of source) {
    if (previous && compareCorrections(previous, correction) > 0) {
      throw new Error(`Corrections log input is out of order at ${correction.id} (after ${previous.id})`);
    }
    previous = correction;
    yield correction;
  }
}

/**
 * Groups small strings into chunks of roughly `size` characters. Yielding one
 * tiny string per row makes a Response stream pay per-chunk overhead thousands of
 * times; 64 KB chunks keep memory flat and the overhead negligible.
 */
export async function* batched(parts: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = "";
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

/** Joins a streamed export into one string (tests, small logs). */
export async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

/**
 * Wraps a streamed export as a web ReadableStream of UTF-8 bytes, ready for
 * `new Response(stream)` in a route handler. Pull-based, so a slow client slows
 * the query instead of filling memory.
 */
export function toReadableStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
