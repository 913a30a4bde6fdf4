import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import styles from "./earlier-checks.module.css";

export type EarlierCheck = {
  id: string;
  text: string;
  articleId: string;
  articleTitle: string;
  verdictLabel: string | null;
  decidedAt: Date | null;
  evidenceCount: number;
  similarity: number;
};

type EarlierChecksProps = {
  checks: EarlierCheck[];
  /** How many earlier checks were similar enough, `checks` being the first of them. */
  total: number;
  /** The Archive search that lists the rest, when there are more than shown. */
  moreHref: string | null;
  /**
   * Whether the viewer's archive is the whole desk's. A reviewer's is only the
   * checks they hold (the server decides), so neither the count nor an empty
   * box may speak for the desk; nor can they open claims they do not hold.
   */
  deskWide: boolean;
  zone: string;
};

/** "Checked before": similar claims the desk already settled, with their verdicts, the most alike and newest first. */
export function EarlierChecks({ checks, total, moreHref, deskWide, zone }: EarlierChecksProps) {
  const scope = deskWide ? "" : " you can see";
  return (
    <section className="card" aria-labelledby="earlier-checks-heading">
      <h2 id="earlier-checks-heading">Checked before</h2>
      {checks.length === 0 ? (
        <p className="muted small">{deskWide ? "No similar claim has been checked on the desk yet." : "No similar claim you can see has been checked before."}</p>
      ) : (
        <>
          <ul className="earlier-checks">
            {checks.map((check) => (
              <li key={check.id}>
                <p className="earlier-text">“{check.text}”</p>
                <p className="small">
                  <span className="badge info">{check.verdictLabel ?? "No verdict"}</span>{" "}
                  {deskWide ? <Link href={`/claims/${check.id}`}>in {check.articleTitle}</Link> : <>in {check.articleTitle}</>}
                  <span className="muted">
                    {" "}
                    · {formatDate(check.decidedAt, zone)} · {check.evidenceCount} source{check.evidenceCount === 1 ? "" : "s"} · {Math.round(check.similarity * 100)}% alike
                  </span>
                </p>
              </li>
            ))}
          </ul>
          {total > checks.length ? (
            <p className={`muted small ${styles.more}`}>
              {checks.length} of {total} similar earlier checks{scope}, the most alike and newest first.
              {moreHref ? (
                <>
                  {" "}
                  <Link href={moreHref}>Search the archive for more</Link>
                </>
              ) : null}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
