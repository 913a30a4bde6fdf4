export { correctionGaps, needsCorrectedText, type CorrectionContent, type CorrectionGaps } from "./completeness";
export { balanceQuotes, capitaliseSentence, draftCorrectionNote, isDraftedNote, lowerSentenceOpener, toFragment, type DraftNoteInput } from "./draft-note";
export { correctionRequirement, initialCorrectionType, suggestedCorrectionType } from "./requirement";
