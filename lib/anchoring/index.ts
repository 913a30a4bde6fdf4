export { CONTEXT_LENGTH, createAnchor } from "./create";
export { reanchor, DEFAULT_MAX_ERROR_RATE, DEFAULT_THRESHOLD, type ReanchorOneOptions } from "./reanchor";
export { reanchorAll, countSearched, type ReanchorAllOptions } from "./batch";
export { computeEditMap, type Segment } from "./edit-map";
export type { Anchor, AnchorState, MatchMethod, PositionSelector, QuoteSelector, ReanchorOptions, ReanchorResult } from "./types";
