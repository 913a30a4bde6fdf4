import styles from "./review.module.css";

type WordsChangedNoticeProps = {
  /** The claim's words as the article has them now. */
  now: string;
  /** The words the reviewer read when the form opened. */
  before: string;
  onChecked: () => void;
};

/**
 * Shown when an editor changed the claim's words in the article while the
 * reviewer had the form open. Nothing is saved until the reviewer says they
 * checked their verdict against the new words: a verdict must rule on the
 * words the article will print, not on the ones the reviewer read first.
 */
export function WordsChangedNotice({ now, before, onChecked }: WordsChangedNoticeProps) {
  return (
    <div className={styles.conflict} role="alert" aria-labelledby="words-changed-heading">
      <h3 id="words-changed-heading">The article&apos;s words for this claim changed since you opened it</h3>
      <p className="small">Nothing was saved. Check your verdict, rationale and evidence against the new words, then go on.</p>
      <blockquote aria-label="The claim's words now">{now}</blockquote>
      <p className="muted small">
        You opened it as: <q>{before}</q>
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onChecked}>
          I have checked the new words
        </button>
      </div>
    </div>
  );
}
