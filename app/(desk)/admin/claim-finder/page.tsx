import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { getActiveClaimModelId, listClaimModels, type ClaimModelSummary } from "@/db/queries/claim-models";
import { countDeskDecisions } from "@/db/queries/decisions";
import { requirePermission } from "@/lib/auth/guards";
import { MIN_DECISIONS, MIN_EACH_LABEL, type ModelMeasure } from "@/lib/claims";
import { deskTimeZone } from "../../desk-time-zone";
import { AdaptButton, UseModelButton } from "./model-buttons";

export const metadata: Metadata = { title: "Claim finder" };

const ranking = (m: ModelMeasure) => m.averagePrecision.toFixed(2);

function ModelRow({ model, inUse, zone }: { model: ClaimModelSummary; inUse: boolean; zone: string }) {
  const { shipped, adapted, accepted, dismissed } = model.report;
  const better = adapted.averagePrecision - shipped.averagePrecision;
  return (
    <tr>
      <td data-label="Adapted">
        {formatDateTime(model.createdAt, zone)}
        <span className="due-when">by {model.createdByName}</span>
      </td>
      <td data-label="Decisions">
        {model.decisions}
        <span className="due-when">
          {accepted} accepted, {dismissed} dismissed
        </span>
      </td>
      <td data-label="Ranking">
        {ranking(shipped)} → <strong>{ranking(adapted)}</strong>
        <span className="due-when">{better >= 0.02 ? "better than the shipped model" : better <= -0.02 ? "worse than the shipped model" : "about the same"}</span>
      </td>
      <td data-label="Suggests, of accepted">
        {adapted.acceptedSuggested} of {accepted}
        <span className="due-when">shipped: {shipped.acceptedSuggested}</span>
      </td>
      <td data-label="Suggests, of dismissed">
        {adapted.dismissedSuggested} of {dismissed}
        <span className="due-when">shipped: {shipped.dismissedSuggested}</span>
      </td>
      <td>
        {inUse ? (
          <span className="badge ok">In use</span>
        ) : model.current ? (
          <UseModelButton modelId={model.id} label="Use this model" />
        ) : (
          <span className="badge">For an earlier release</span>
        )}
      </td>
    </tr>
  );
}

/**
 * Admin → Claim finder: the desk's decisions, adapting the shipped model to them
 * (lib/claims/adapt.ts), and which model "Find claims" uses.
 */
export default async function ClaimFinderPage() {
  await requirePermission("claimModel.manage");
  const db = getDb();
  const [models, activeId, counts, zone] = await Promise.all([listClaimModels(db), getActiveClaimModelId(db), countDeskDecisions(db), deskTimeZone()]);
  const active = models.find((m) => m.id === activeId) ?? null;
  const activeUsable = active !== null && active.current;
  const ready = counts.accepted + counts.dismissed >= MIN_DECISIONS && counts.accepted >= MIN_EACH_LABEL && counts.dismissed >= MIN_EACH_LABEL;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Claim finder</h1>
          <p>
            The model that scores sentences for <strong>Find claims</strong> and <strong>Mark as claim</strong>. The shipped model learnt
            from 22,501 labelled sentences of political debate (CheckThat! 2024); adapted to your desk&apos;s own accept and dismiss
            decisions, it suggests more of what your desk checks. <Link href="/admin">Back to people</Link>
          </p>
        </div>
      </div>

      <section className="card" aria-labelledby="in-use-heading">
        <h2 id="in-use-heading">In use</h2>
        <dl className="facts">
          <dt>Model</dt>
          <dd>
            {activeUsable ? `Adapted on ${active.decisions} decisions, ${formatDateTime(active.createdAt, zone)}, by ${active.createdByName}` : "The shipped model"}
          </dd>
        </dl>
        {activeId !== null && !activeUsable ? (
          <p className="form-note" role="note">
            The model chosen here was adapted for an earlier release of the claim finder, so the desk uses the shipped model. Adapt again to
            use your decisions.
          </p>
        ) : null}
        {activeUsable ? (
          <div style={{ marginTop: "0.75rem" }}>
            <UseModelButton modelId={null} label="Use the shipped model" />
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Your desk&apos;s decisions</h2>
        <p>
          <strong>{counts.accepted}</strong> suggestions accepted or passages marked as claims, <strong>{counts.dismissed}</strong> dismissed
          as opinion or not checkable. Dismissals as duplicates or for another reason say nothing about whether a sentence is worth
          checking, so they are left out.
        </p>
        {ready ? null : (
          <p className="muted" id="adapt-needs">
            Adapting needs {MIN_DECISIONS} decisions in all, with at least {MIN_EACH_LABEL} of each kind.
          </p>
        )}
        <AdaptButton ready={ready} describedBy={ready ? undefined : "adapt-needs"} />
      </section>

      <section className="card table-card" aria-labelledby="models-heading">
        <h2 id="models-heading" className="table-title">
          Adapted models
        </h2>
        {models.length === 0 ? (
          <p className="muted" style={{ padding: "0 1rem 1rem" }}>
            None yet.
          </p>
        ) : (
          <>
            <table className="list stack">
              <thead>
                <tr>
                  <th scope="col">Adapted</th>
                  <th scope="col">Decisions</th>
                  <th scope="col">Ranking, shipped → adapted</th>
                  <th scope="col">Accepted claims it suggests</th>
                  <th scope="col">Dismissed claims it suggests</th>
                  <th scope="col">
                    <span className="sr-only">Use</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {models.map((model) => (
                  <ModelRow key={model.id} model={model} inUse={activeUsable && model.id === activeId} zone={zone} />
                ))}
              </tbody>
            </table>
            <p className="muted" style={{ padding: "0.75rem 1rem 1rem", margin: 0 }}>
              Every figure is on decisions the model had not learnt from: the decisions are split in five, and each fifth is scored by a
              model adapted on the other four. Ranking is average precision, shipped → adapted: 1 when every claim the desk accepted scores
              above every claim it dismissed.
            </p>
          </>
        )}
      </section>
    </>
  );
}
