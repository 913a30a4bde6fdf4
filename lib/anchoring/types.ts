/**
 * Selectors that attach a claim to a span of the article's plain text.
 *
 * The plain text is the editor's text with paragraphs joined by "\n\n"; every
 * offset is a UTF-16 code-unit index, the same unit JavaScript strings, the
 * DOM and ProseMirror use, so offsets never need converting on the way in.
 */

/** Where the claim was: a half-open range [start, end) in the plain text. */
export type PositionSelector = { start: number; end: number };

/** What the claim said, with some text either side to tell repeats apart. */
export type QuoteSelector = { exact: string; prefix: string; suffix: string };

/** Both selectors; the position is fast to check, the quote survives edits. */
export type Anchor = { position: PositionSelector; quote: QuoteSelector };

/**
 * anchored: same text at the same offsets; moved: same text elsewhere;
 * changed: found by fuzzy match but the claim's own words differ (the app
 * makes a claim with a verdict *stale*); orphaned: no acceptable match.
 */
export type AnchorState = "anchored" | "moved" | "changed" | "orphaned";

/**
 * How the anchor was found. `unchanged` and `shifted` need no search (the
 * anchor lay outside every edited region); `edited` keeps a claim whose ends are
 * untouched and whose middle was edited (both ends mapped through the edit); the
 * others are searches.
 */
export type MatchMethod = "unchanged" | "shifted" | "position" | "quote" | "edited" | "fuzzy" | "none";

type Common = {
  /** The anchor as it was before this edit. */
  previous: Anchor;
  method: MatchMethod;
  /** True when the anchor touched an edit and had to be looked for. */
  searched: boolean;
  /** Confidence in [0, 1]; for orphans, the best rejected candidate's score. */
  score: number;
};

/** The outcome of re-anchoring one claim against the new text. */
export type ReanchorResult =
  | (Common & { state: "anchored" | "moved"; anchor: Anchor })
  | (Common & { state: "changed"; anchor: Anchor; before: string; after: string })
  | (Common & { state: "orphaned"; anchor: null });

/** Tuning knobs; the defaults suit newspaper prose. */
export type ReanchorOptions = {
  /** Combined score below which a candidate is rejected (default 0.6). */
  threshold?: number;
  /** Share of the quote's length that may differ in a fuzzy match (default 0.4). */
  maxErrorRate?: number;
};
