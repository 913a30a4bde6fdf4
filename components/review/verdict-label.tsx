import styles from "./review.module.css";

/** A verdict as the desk shows it read-only: the scale's colour as a dot, then its label. */
export function VerdictLabel({ label, color }: { label: string | null | undefined; color: string | null | undefined }) {
  return (
    <span className={styles.verdictLabel}>
      {/* Grey for a verdict the scale no longer lists. */}
      <span className={styles.swatch} style={{ "--swatch": color ?? "#6e7781" } as React.CSSProperties} aria-hidden="true" />
      {label ?? "No verdict chosen"}
    </span>
  );
}
