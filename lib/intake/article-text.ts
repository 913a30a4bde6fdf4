import { IntakeError } from "./errors";
import { MAX_ARTICLE_CHARS } from "./limits";

/**
 * Checks the editor's plain text before an article is saved: it must have
 * some non-blank text and at most MAX_ARTICLE_CHARS characters. Throws an
 * IntakeError ("empty" or "too_long") whose message the form can show as is.
 */
export function assertArticleTextAcceptable(text: string): void {
  if (text.trim().length === 0) {
    throw new IntakeError("empty", "The article has no text yet. Type or paste the article, or import a file or a URL.");
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new IntakeError(
      "too_long",
      `The article has ${text.length.toLocaleString("en-US")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}. Split it into separate articles.`,
    );
  }
}
