export { diffProse, diffWords, type WordChange } from "./diff-words";
