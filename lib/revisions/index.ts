export { diffWords, type WordChange } from "./diff-words";
