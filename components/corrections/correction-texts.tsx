import styles from "./corrections.module.css";

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
          <dd className={styles.original}>{originalText || <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Corrected</dt>
          <dd>{correctedText || <span className="muted">—</span>}</dd>
        </div>
      </dl>
      <p className={styles.note}>{note}</p>
    </>
  );
}
