export { correctionGaps, needsCorrectedText, type CorrectionContent, type CorrectionGaps } from "./completeness";
export { draftCorrectionNote, isDraftedNote, lowerSentenceOpener, toFragment, type DraftNoteInput } from "./draft-note";
export { correctionRequirement, suggestedCorrectionType } from "./requirement";
