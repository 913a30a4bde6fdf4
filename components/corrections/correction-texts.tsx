import styles from "./corrections.module.css";

/** Spaces alone say nothing, so a draft saved with them shows the dash too. */
const blank = (text: string) => text.trim() === "";

type CorrectionTextsProps = { originalText: string; correctedText: string; note: string };

/**
 * What a correction says: the original and corrected wording side by side, and
 * the note readers will see. `unicode-bidi: plaintext` lets right-to-left text
 * lay itself out; `pre-wrap` keeps the line breaks an editor typed.
 */
export function CorrectionTexts({ originalText, correctedText, note }: CorrectionTextsProps) {
  return (
    <>
      <dl className={styles.texts}>
        <div>
          <dt>Original</dt>
          <dd className={styles.original}>{blank(originalText) ? <span className="muted">—</span> : originalText}</dd>
        </div>
        <div>
          <dt>Corrected</dt>
          <dd>{blank(correctedText) ? <span className="muted">—</span> : correctedText}</dd>
        </div>
      </dl>
      <p className={styles.note}>{note}</p>
    </>
  );
}
