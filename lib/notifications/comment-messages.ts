import { shorten } from "@/lib/text/shorten";

/** How long a quoted claim or comment may run in one line of the bell's list. */
const CLAIM_CHARS = 80;
const COMMENT_CHARS = 140;

/**
 * What the bell says of a comment: who, on which claim (a desk has many claims
 * open, and "a claim" sent people opening each to find it), and the comment's
 * start, cut with an ellipsis so a cut is never read as the end of it.
 */
export function mentionMessage(author: string, claimText: string, body: string): string {
  return `${author} mentioned you on “${shorten(claimText, CLAIM_CHARS)}”: “${shorten(body, COMMENT_CHARS)}”`;
}

/** A comment told to the person holding the claim or the editor who assigned it. */
export function commentMessage(author: string, relation: "you hold" | "you assigned", claimText: string, body: string): string {
  return `${author} commented on “${shorten(claimText, CLAIM_CHARS)}”, a claim ${relation}: “${shorten(body, COMMENT_CHARS)}”`;
}
