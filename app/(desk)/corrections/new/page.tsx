import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CorrectionBadges } from "@/components/corrections/correction-badges";
import styles from "@/components/corrections/corrections.module.css";
import { correctionLogHref } from "@/components/corrections/log-filter";
import { getDb } from "@/db";
import { getCorrectionDraftSource } from "@/db/queries/corrections";
import { listVerdictScale } from "@/db/queries/settings";
import { requirePermission } from "@/lib/auth/guards";
import { correctionRequirement, initialCorrectionType } from "@/lib/corrections";
import { findVerdict } from "@/lib/verdicts/scale";
import { NewCorrectionForm } from "./new-correction-form";
import { deskTimeZone } from "../../desk-time-zone";

export const metadata: Metadata = { title: "New correction" };

type PageProps = { searchParams: Promise<{ claim?: string | string[] }> };

const NEED_TEXT = {
  yes: "The scale says this verdict needs a correction.",
  optional: "The scale makes a correction optional for this verdict.",
  no: "The scale does not call for a correction for this verdict. If the article changes for another reason, add an update or an editor's note.",
} as const;

export default async function NewCorrectionPage({ searchParams }: PageProps) {
  await requirePermission("corrections.manage");
  const raw = (await searchParams).claim;
  const claimId = Array.isArray(raw) ? raw[0] : raw;
  if (!claimId) notFound();
  const db = getDb();
  const [source, scale, zone] = await Promise.all([getCorrectionDraftSource(db, claimId), listVerdictScale(db), deskTimeZone()]);
  if (!source) notFound();
  const key = source.approvedVerdictKey;
  const verdict = key ? findVerdict(key, scale) : null;
  const need = key ? correctionRequirement(key, scale) : null;
  const suggested = initialCorrectionType(key, scale);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>New correction</h1>
          <p>
            For a claim in <Link href={`/articles/${source.article.id}`}>{source.article.title}</Link>. It starts as a draft in the corrections log.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="claim-heading">
        <div className={styles.context}>
          <p id="claim-heading">
            {verdict ? (
              <>
                Approved as <strong>{source.approvedLabel ?? verdict.label}</strong>. {need ? NEED_TEXT[need] : null}
              </>
            ) : (
              "This claim has no approved verdict yet. You may draft a correction now; it can be approved once an editor has signed the verdict off."
            )}
          </p>
          <blockquote dir="auto">{source.claim.text}</blockquote>
        </div>
        {source.existing.length > 0 ? (
          <p className="muted small">
            This claim already has {source.existing.length === 1 ? "a correction" : `${source.existing.length} corrections`}:{" "}
            {source.existing.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ", " : ""}
                <Link href={correctionLogHref(c, zone)}>
                  <CorrectionBadges type={c.type} status={c.status} />
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <NewCorrectionForm claimId={source.claim.id} originalText={source.claim.exact} suggestedType={suggested} />
      </section>
    </>
  );
}
