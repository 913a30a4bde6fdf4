import Link from "next/link";
import { formatDate } from "@/components/ui/format";

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

type EarlierChecksProps = { checks: EarlierCheck[]; linkable: boolean; zone: string };

/** "Checked before": similar claims the desk already settled, with their verdicts. */
export function EarlierChecks({ checks, linkable, zone }: EarlierChecksProps) {
  return (
    <section className="card" aria-labelledby="earlier-checks-heading">
      <h2 id="earlier-checks-heading">Checked before</h2>
      {checks.length === 0 ? (
        <p className="muted small">No similar claim has been checked on the desk yet.</p>
      ) : (
        <ul className="earlier-checks">
          {checks.map((check) => (
            <li key={check.id}>
              <p className="earlier-text">“{check.text}”</p>
              <p className="small">
                <span className="badge info">{check.verdictLabel ?? "No verdict"}</span>{" "}
                {linkable ? <Link href={`/claims/${check.id}`}>in {check.articleTitle}</Link> : <>in {check.articleTitle}</>}
                <span className="muted">
                  {" "}
                  · {formatDate(check.decidedAt, zone)} · {check.evidenceCount} source{check.evidenceCount === 1 ? "" : "s"} · {Math.round(check.similarity * 100)}% alike
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
