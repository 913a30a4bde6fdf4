export { diffWords, type WordChange } from "./diff-words";
export { diffParagraphs } from "./diff-paragraphs";
