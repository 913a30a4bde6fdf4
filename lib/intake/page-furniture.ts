import { classesOf, elementsOf, tagOf } from "./dom-helpers";

/** Class and id words that mark a sign-up box rather than the story: "newsletter-signup", "subscribe_box". */
const FURNITURE_WORD = /(?:^|[-_])(?:newsletters?|signup|sign-up|subscribe|subscription|paywall)(?:$|[-_])/i;

/**
 * Removes what a news page puts inside the story's column that is no part of
 * it: forms (a newsletter sign-up, a search box, a comment form) and boxes
 * whose class or id names a newsletter, a sign-up or a paywall. Readability
 * keeps such a box when it sits between the story's paragraphs ("Sign up to
 * Morning Briefing — Get the day's top stories…"), and the claim finder would
 * then read it as article text.
 */
export function dropPageFurniture(document: Document): void {
  for (const element of elementsOf(document)) {
    if (!element.isConnected || tagOf(element) === "body" || tagOf(element) === "html") continue;
    const named = [...classesOf(element), element.getAttribute("id") ?? ""].some((word) => word && FURNITURE_WORD.test(word));
    if (tagOf(element) === "form" || named) element.remove();
  }
}
