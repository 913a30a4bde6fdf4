export { draftCorrectionNote, toFragment, type DraftNoteInput } from "./draft-note";
export { correctionRequirement, suggestedCorrectionType } from "./requirement";
