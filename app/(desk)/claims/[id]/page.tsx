import type { Metadata } from "next";
import { ClaimantField } from "@/components/claims/claimant-field";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CommentForm } from "@/components/review/comment-form";
import { CommentsList } from "@/components/review/comments-list";
import { HandBack } from "@/components/review/hand-back";
import { MoreTimeQuestion, MoreTimeRequestForm } from "@/components/review/more-time-panel";
import { EarlierChecks } from "@/components/claims/earlier-checks";
import { LostPassage } from "@/components/claims/lost-claim-passage";
import { ClaimCorrectionPrompt } from "@/app/(desk)/corrections/claim-correction-prompt";
import { HistoryPanel } from "@/components/review/history-panel";
import { RefreshWhenRestored } from "@/components/review/refresh-when-restored";
import { ReopenButton } from "@/components/review/reopen-button";
import styles from "@/components/review/review.module.css";
import { SignOffPanel } from "@/components/review/sign-off-panel";
import { VerdictChangesCard } from "@/components/review/verdict-changes";
import { DueTime } from "@/components/ui/due-time";
import { formatDateTime } from "@/components/ui/format";
import { getDb } from "@/db";
import { claimAudience, listComments } from "@/db/queries/comments";
import { canViewClaim, claimParagraph, getClaimForReview, listClaimHistory } from "@/db/queries/review";
import { findNextInQueue, findNextToSignOff } from "@/db/queries/next-claim";
import { listVerdictScale } from "@/db/queries/settings";
import { listPeopleByIds } from "@/db/queries/users";
import { listVerdictVersions } from "@/db/queries/verdicts";
import { currentUser, requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/workflow/permissions";
import { canApply } from "@/lib/workflow/transitions";
import { CLAIM_STATUS_LABELS } from "@/lib/workflow/statuses";
import { verdictChanges } from "@/lib/workflow/verdict-changes";
import { listCheckedClaims, listEvidenceOfVerdicts } from "@/db/queries/archive";
import { checkedBeforeQuery } from "@/lib/archive/search-query";
import { archiveHref } from "@/lib/archive/archive-query";
import { rankSimilarClaims, sharedTerms } from "@/lib/archive/similar";
import { correctionRequirement } from "@/lib/corrections";
import { shorten } from "@/lib/text/shorten";
import { VerdictSection } from "./verdict-section";
import { deskTimeZone } from "../../desk-time-zone";
import { claimHistoryMark } from "@/db/queries/changes-since";
import { ClaimWatch } from "@/components/review/claim-watch";

// Read once per request by both the tab title and the page.
const mayViewClaim = cache((claimId: string, userId: string, seesAll: boolean) => canViewClaim(getDb(), { claimId, userId, seesAll }));
const loadClaim = cache((claimId: string) => getClaimForReview(getDb(), claimId));

/** The tab names the claim (a reviewer keeps several open), for whoever may open it. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [user, { id }] = await Promise.all([currentUser(), params]);
  if (!user || user.passwordFromAdmin || !(await mayViewClaim(id, user.id, can(user.role, "articles.view_all")))) return { title: "Claim" };
  const data = await loadClaim(id);
  return { title: data ? `Claim: ${shorten(data.claim.text, 60)}` : "Claim" };
}

const STATUS_TONE: Partial<Record<string, string>> = { approved: "ok", submitted: "info", returned: "warn", stale: "danger", in_review: "info" };

/**
 * The claim page: the claim in its paragraph, who holds it and by when, the
 * verdict (a form for its holder, read-only for everyone else), sign-off for
 * editors, comments and the history. Reviewers may open only claims they hold;
 * anyone else gets a 404 so the page does not confirm the claim exists.
 */
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("claims.view");
  const db = getDb();
  if (!(await mayViewClaim(id, user.id, can(user.role, "articles.view_all")))) notFound();
  const data = await loadClaim(id);
  if (!data) notFound();
  const { claim, article, assignment } = data;
  const seesAll = can(user.role, "articles.view_all");
  const archiveMatch = checkedBeforeQuery(claim.text);
  // Read before the rest: anything after it is news to this render, and ClaimWatch asks from here.
  const historyMark = await claimHistoryMark(db, id);
  const [scale, versions, comments, history, archive, zone, audience, next, nextSignOff] = await Promise.all([
    listVerdictScale(db),
    listVerdictVersions(db, id),
    listComments(db, id),
    can(user.role, "claims.history") ? listClaimHistory(db, id) : Promise.resolve([]),
    archiveMatch ? listCheckedClaims(db, { excludeArticleId: data.article.id, onlyReviewedBy: seesAll ? undefined : user.id, match: archiveMatch }) : [],
    deskTimeZone(),
    claimAudience(db, id),
    // Ways on to the next piece of work, so nobody has to go back to a list between claims: one claim each, not the lists.
    can(user.role, "queue.view") ? findNextInQueue(db, { reviewerId: user.id, currentClaimId: id }) : null,
    can(user.role, "verdicts.approve") ? findNextToSignOff(db, { editorId: user.id, currentClaimId: id }) : null,
  ]);
  // Only names go to the browser: enough to offer them after an "@".
  const mentionable = audience.filter((person) => person.id !== user.id).map(({ id: personId, name }) => ({ id: personId, name }));
  const similar = rankSimilarClaims(data.claim.text, archive);
  const earlier = similar.slice(0, 3);
  // The rest are a search away: the words most of them share find them in the Archive.
  const moreEarlier = similar.length > earlier.length ? archiveHref({ q: sharedTerms(data.claim.text, similar).join(" ") }) : null;
  const [earlierEvidence, mentioned] = await Promise.all([
    listEvidenceOfVerdicts(db, earlier.filter((check) => check.evidenceCount > 0).map((check) => check.verdictId)),
    listPeopleByIds(db, [...new Set(comments.flatMap((comment) => comment.mentions))]),
  ]);
  const archiveSources = earlier
    .filter((check) => earlierEvidence.has(check.verdictId))
    .map((check) => ({ claimId: check.id, articleTitle: check.articleTitle, verdictLabel: check.verdictLabel, evidence: earlierEvidence.get(check.verdictId) ?? [] }));
  const working = versions[0] ?? null;
  // A verdict sent back after a return: the editor reads what changed since.
  const resubmitted = working?.state === "submitted" && versions[1]?.state === "returned" ? { sent: working, returned: versions[1] } : null;
  // A lost claim's old offsets now point at unrelated text: it is shown from its own saved quote instead.
  const lost = claim.anchorState === "orphaned";
  const context = lost ? null : claimParagraph(article.bodyText, claim.start, claim.end);
  const now = new Date();
  const handedOver = claim.status === "submitted" || claim.status === "approved";
  const overdue = assignment?.dueAt && assignment.dueAt < now && !handedOver;
  // The holder is still at work: the time they have can still be asked about.
  const atWork = article.status !== "spiked" && canApply(claim.status, "save_draft");

  return (
    <>
      {/* Back or Forward shows this render again from the router's copy: it must not pass for the present. */}
      <RefreshWhenRestored renderId={crypto.randomUUID()} />
      <div className="page-head">
        <div>
          <p className={styles.crumbs}>
            <Link href={`/articles/${article.id}`}>{article.title}</Link> · <Link href="/queue">My queue</Link>
          </p>
          <div className={styles.titleRow}>
            <h1>Claim</h1>
            <span className={`badge ${STATUS_TONE[claim.status] ?? ""}`}>{CLAIM_STATUS_LABELS[claim.status]}</span>
            {overdue ? <span className="badge danger">Overdue</span> : null}
            {article.status === "spiked" ? <span className="badge danger">Article spiked</span> : null}
          </div>
        </div>
        {next || nextSignOff ? (
          <div className="actions">
            {nextSignOff ? (
              <Link className="button" href={`/claims/${nextSignOff.claimId}`} title={nextSignOff.claimText}>
                Next to sign off <span aria-hidden="true">→</span>
              </Link>
            ) : null}
            {next ? (
              <Link className="button" href={`/claims/${next.claimId}`} title={next.claimText}>
                Next in my queue <span aria-hidden="true">→</span>
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      {article.status === "spiked" ? (
        <p className="form-note" role="note">
          This claim&apos;s article was spiked: it will not run, and the claim needs no more work unless the article is restored.
        </p>
      ) : null}
      <div className={styles.layout}>
        <div>
          {/* In the main column: kept in view while scrolling, it does not cover the History beside it. */}
          <ClaimWatch claimId={claim.id} mark={historyMark} />
          <section className="card" aria-labelledby="claim-heading">
            <h2 id="claim-heading" className="sr-only">The claim in its paragraph</h2>
            {context ? (
              <p className={styles.paragraph}>
                {context.before}
                <mark>{context.claim}</mark>
                {context.after}
              </p>
            ) : (
              <LostPassage quote={claim} articleId={article.id} paragraphClassName={styles.paragraph} approved={claim.status === "approved"} />
            )}
            {claim.text !== claim.exact ? <p className={styles.claimText}>As the desk states it: {claim.text}</p> : null}
            <dl className={styles.facts}>
              <dt>Claimant</dt>
              <dd>
                <ClaimantField claimId={claim.id} version={claim.version} claimant={claim.claimant} canEdit={can(user.role, "claims.curate")} />
              </dd>
              <dt>Article deadline</dt>
              <dd>{formatDateTime(article.deadline, zone)}</dd>
              <dt>Assigned to</dt>
              <dd>
                {assignment ? `${assignment.reviewerName} (by ${assignment.assignedByName})` : "Nobody yet"}
                {can(user.role, "claims.assign") && canApply(claim.status, "assign") && article.status !== "spiked" ? (
                  <>
                    {" · "}
                    <Link href={`/claims/assign?article=${article.id}&claim=${claim.id}`}>{assignment ? "Reassign" : "Assign"}</Link>
                  </>
                ) : null}
              </dd>
              <dt>Due</dt>
              <dd>
                {assignment?.dueAt ? <DueTime value={assignment.dueAt} now={now} zone={zone} done={handedOver} inline /> : "—"}
                {assignment && assignment.priority !== "normal" ? ` · ${assignment.priority} priority` : ""}
              </dd>
              {assignment?.note ? (<><dt>Note</dt><dd>{assignment.note}</dd></>) : null}
            </dl>
          </section>

          {assignment && atWork && assignment.reviewerId !== user.id && can(user.role, "claims.assign") ? (
            <MoreTimeQuestion claimId={claim.id} assignment={assignment} articleDeadline={article.deadline} zone={zone} />
          ) : null}

          <VerdictSection
            claimId={claim.id}
            articleId={article.id}
            passageLost={lost}
            claimStatus={claim.status}
            claimText={claim.text}
            isHolder={assignment?.reviewerId === user.id}
            viewerId={user.id}
            working={working}
            scale={scale}
            zone={zone}
            archiveSources={archiveSources}
            nextInQueue={next}
          />

          {resubmitted ? <VerdictChangesCard changes={verdictChanges(resubmitted.returned, resubmitted.sent)} returnedNumber={resubmitted.returned.number} scale={scale} /> : null}
          {claim.status === "submitted" && working?.state === "submitted" && can(user.role, "verdicts.approve") ? (
            <SignOffPanel
              claimId={claim.id}
              token={{ verdictId: working.id, version: working.version }}
              authorName={working.reviewerName}
              people={mentionable}
              isAuthor={working.reviewerId === user.id}
            />
          ) : null}
          {claim.status === "approved" && working?.verdictKey && can(user.role, "corrections.manage") ? (
            <ClaimCorrectionPrompt claimId={claim.id} need={correctionRequirement(working.verdictKey, scale)} published={article.status === "published"} zone={zone} />
          ) : null}
          {claim.status === "approved" && can(user.role, "verdicts.revise") ? (
            <section className="card" aria-label="Change an approved verdict">
              <p className="muted small">Approved verdicts are final. A change is made as a new version, and this one stays in the history.</p>
              <ReopenButton claimId={claim.id} version={claim.version} />
            </section>
          ) : null}

          {assignment?.reviewerId === user.id && atWork && can(user.role, "claims.ask_more_time") ? (
            <MoreTimeRequestForm claimId={claim.id} assignment={assignment} zone={zone} />
          ) : null}
          {assignment?.reviewerId === user.id && can(user.role, "claims.hand_back") && canApply(claim.status, "unassign") ? (
            <HandBack claimId={claim.id} staysVisible={seesAll} />
          ) : null}

          <section className="card" aria-labelledby="comments-heading">
            <h2 id="comments-heading">Comments</h2>
            <CommentsList
              claimId={claim.id}
              comments={comments}
              zone={zone}
              mentioned={mentioned}
              viewerId={user.id}
              canWrite={can(user.role, "comments.write")}
              canModerate={can(user.role, "comments.moderate")}
              people={mentionable}
            />
            {can(user.role, "comments.write") ? <CommentForm claimId={claim.id} people={mentionable} /> : null}
          </section>
        </div>
        <aside>
          <EarlierChecks checks={earlier} total={similar.length} moreHref={moreEarlier} deskWide={seesAll} zone={zone} />
          <HistoryPanel events={history} zone={zone} />
          {versions.length > 1 ? (
            <section className="card" aria-labelledby="versions-heading">
              <h2 id="versions-heading">Verdict versions</h2>
              <ol className={styles.versions}>
                {versions.map((v) => (
                  <li key={v.id}>
                    <span>Version {v.number}: {scale.find((s) => s.key === v.verdictKey)?.label ?? "no verdict"}</span>
                    <span className="badge">{v.state}</span>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
