import { CONTEXT_LENGTH } from "@/lib/anchoring/create";

/**
 * A lost (orphaned) claim's passage as it was when the claim was saved. Its old
 * offsets point at whatever text sits there now, so the claim page must not cut
 * the current article at them; the claim row keeps its own quote and context.
 */
export type SavedQuote = { exact: string; prefix: string; suffix: string };
export type SavedPassage = { before: string; claim: string; after: string };

const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Context shorter than the anchor's reach ran to the start or end of the
 * article, so it is whole; full-length context was cut at a fixed length and its
 * outer word may be a fragment (less one for an emoji kept whole).
 */
const wasCut = (context: string) => context.length >= CONTEXT_LENGTH - 1;

/** The saved context before the claim: within its paragraph, from a whole word (an ellipsis marks a cut). */
function leadIn(prefix: string): string {
  const parts = prefix.split(PARAGRAPH_BREAK);
  const own = parts[parts.length - 1];
  if (parts.length > 1 || !wasCut(prefix)) return own.trimStart();
  const firstSpace = own.search(/\s/);
  if (firstSpace === -1) return "";
  const rest = own.slice(firstSpace).trimStart();
  return rest ? `…${rest}` : "";
}

/** The saved context after the claim: to its paragraph's end, to a whole word (an ellipsis marks a cut). */
function leadOut(suffix: string): string {
  const [own] = suffix.split(PARAGRAPH_BREAK);
  if (own.length < suffix.length || !wasCut(suffix)) return own.trimEnd();
  const lastSpace = own.search(/\s\S*$/);
  if (lastSpace <= 0) return "";
  const kept = own.slice(0, lastSpace).trimEnd();
  return kept ? `${kept}…` : "";
}

/**
 * The claim's saved words with whatever saved context belongs to the same
 * paragraph. Without a prefix or suffix, the words stand alone.
 */
export function savedPassage(quote: SavedQuote): SavedPassage {
  return { before: leadIn(quote.prefix), claim: quote.exact, after: leadOut(quote.suffix) };
}
