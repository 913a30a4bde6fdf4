import Link from "next/link";
import { savedPassage, type SavedQuote } from "./lost-passage";

type LostPassageProps = {
  quote: SavedQuote;
  articleId: string;
  /** The look of the claim page's paragraph, passed in so both read alike. */
  paragraphClassName?: string;
  /** Signed off before its words left: the check stays on record, and there is nothing to dismiss. */
  approved?: boolean;
};

/**
 * A lost claim on its page: its text is gone from the article, so the page says
 * so and shows the words as they were saved, never the text now at its old place.
 */
export function LostPassage({ quote, articleId, paragraphClassName, approved = false }: LostPassageProps) {
  const passage = savedPassage(quote);
  return (
    <>
      <p className="form-error" role="note">
        <strong>Lost:</strong> this passage is no longer in the article.{" "}
        {approved ? (
          <>
            Its signed-off check stays on record; if the words come back, mark them again in the <Link href={`/articles/${articleId}`}>article</Link>.
          </>
        ) : (
          <>
            Mark it again in the <Link href={`/articles/${articleId}`}>article</Link>, or dismiss it.
          </>
        )}
      </p>
      <figure className="lost-passage" style={{ margin: 0 }}>
        <figcaption className="muted small">The passage as it was when the claim was saved</figcaption>
        <blockquote className={paragraphClassName}>
          {passage.before}
          <mark>{passage.claim}</mark>
          {passage.after}
        </blockquote>
      </figure>
    </>
  );
}
