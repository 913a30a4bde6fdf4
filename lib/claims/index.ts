/**
 * Public API of the claim finder. The app calls findClaims on an article's plain
 * text and scoreSentence on single sentences; everything else is exported for the
 * command line and tests.
 */
export { findClaims } from "./find";
export { scoreSentence } from "./score";
export { claimantAround, readPassage, type PassageReading } from "./passage";
export { splitSentences } from "./segment";
export { splitAtomicClaims } from "./atomic";
export { findClaimant } from "./claimant";
export { isBoilerplate } from "./boilerplate";
export type { AtomicClaim, ClaimKind, SentenceResult, Span } from "./types";
export { adaptToDesk, MIN_DECISIONS, MIN_EACH_LABEL, type AdaptationReport, type AdaptationResult, type ModelMeasure } from "./adapt";
export { modelFingerprint, shippedFingerprint } from "./fingerprint";
export { decodeModel, encodeModel, type LinearModel, type ModelFile } from "./model";
export { shippedModel } from "./score";
