import { createArticle, getArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims, listClaimsForArticle } from "@/db/queries/claims";
import { decideClaim, markClaim } from "@/db/queries/curation";
import { decideVerdict } from "@/db/queries/review";
import { createFirstAdministrator, createUser, findUserByEmail } from "@/db/queries/users";
import { saveVerdict } from "@/db/queries/verdicts";
import { markArticlePublished, replaceSuggestions } from "@/db/queries/workspace";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { prepareOrExit } from "@/scripts/prepare";
import { createDatabase, openClient } from "./index";
import { EARLIER_ARTICLE, SAMPLE_ARTICLE } from "./seed-data/sample-article";

/**
 * `npm run seed:demo`: a demo newsroom on the configured database: an admin, two
 * editors, three reviewers, one sample article with claims in several states, and
 * an earlier, signed-off check that one of them finds under "Checked before".
 * Refuses to run twice, and refuses a desk that already has real users.
 */
const PEOPLE: { name: string; email: string; role: Role }[] = [
  { name: "Ada Admin", email: "admin@demo.desk", role: "admin" },
  { name: "Eve Editor", email: "eve@demo.desk", role: "editor" },
  { name: "Ed Editor", email: "ed@demo.desk", role: "editor" },
  { name: "Rita Reviewer", email: "rita@demo.desk", role: "reviewer" },
  { name: "Raj Reviewer", email: "raj@demo.desk", role: "reviewer" },
  { name: "Rosa Reviewer", email: "rosa@demo.desk", role: "reviewer" },
];
const PASSWORD = "demo-password";

async function main() {
  const env = await prepareOrExit();
  const db = createDatabase(openClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN));
  if (await findUserByEmail(db, PEOPLE[0].email)) {
    console.log("The demo newsroom is already there. Logins (password for all: demo-password):");
    for (const p of PEOPLE) console.log(`  ${p.role.padEnd(8)} ${p.email}`);
    return;
  }
  const passwordHash = await hashPassword(PASSWORD);
  const ids: Record<string, string> = {};
  const first = await createFirstAdministrator(db, { name: PEOPLE[0].name, email: PEOPLE[0].email, passwordHash });
  if (!first.ok) {
    console.error("This desk already has users; the demo newsroom goes only into an empty database (set DATABASE_URL to a new file).");
    process.exit(1);
  }
  ids.admin = first.user.id;
  for (const person of PEOPLE.slice(1)) {
    const created = await createUser(db, { ...person, passwordHash, actorId: ids.admin });
    if (created.ok) ids[person.email] = created.user.id;
  }

  const eve = ids["eve@demo.desk"];
  const reviewer = ids["rita@demo.desk"];
  const today = new Date().toISOString().slice(0, 10);

  // The earlier check, through the same steps as below: marked, assigned to Rita,
  // checked with a source, signed off by Ed.
  const earlier = await createArticle(db, {
    title: EARLIER_ARTICLE.title,
    byline: EARLIER_ARTICLE.byline,
    sourceUrl: EARLIER_ARTICLE.sourceUrl,
    deadline: null,
    bodyJson: JSON.stringify(plainTextToDoc(EARLIER_ARTICLE.text)),
    bodyText: EARLIER_ARTICLE.text,
    authorId: eve,
  });
  // Marked as a claim by the editor: the finder reads a timetable as a prediction and does not suggest it.
  const text = EARLIER_ARTICLE.text;
  const [timetable] = await insertClaims(db, [
    { articleId: earlier.id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "other", claimant: "the council", score: null, checkworthy: false, reasons: [], origin: "manual", status: "open", createdById: eve },
  ]);
  const earlierAssignment = await assignClaims(db, { claimIds: [timetable.id], reviewerId: reviewer, actorId: eve, dueAt: null, priority: "normal", note: "" });
  if (!earlierAssignment.ok || earlierAssignment.skipped.length > 0) throw new Error("Could not assign the earlier demo claim.");
  const earlierVerdict = await saveVerdict(db, {
    claimId: timetable.id,
    actorId: reviewer,
    expected: { verdictId: null, version: null },
    submit: true,
    content: {
      verdictKey: "accurate",
      rationale: "The council's published project timetable puts the start of construction in March.",
      evidence: [{ url: "https://harbourton.example/esk-crossing/timetable", title: "Esk River crossing: project timetable", publisher: "Harbourton Town Council", quote: "Main works: start March", accessedOn: today, archiveUrl: null, stance: "supports" }],
    },
  });
  if (!earlierVerdict.ok) throw new Error(`Could not submit the earlier demo verdict: ${earlierVerdict.reason}`);
  const earlierSignOff = await decideVerdict(db, { claimId: timetable.id, actorId: ids["ed@demo.desk"], expected: { verdictId: earlierVerdict.verdict.id, version: earlierVerdict.verdict.version }, decision: "approve", comment: "" });
  if (!earlierSignOff.ok) throw new Error(`Could not approve the earlier demo verdict: ${earlierSignOff.reason}`);
  // Published, as an earlier check would be: it leaves the dashboard and Rita's queue.
  const earlierNow = await getArticle(db, earlier.id);
  const earlierPublished = await markArticlePublished(db, { articleId: earlier.id, expectedVersion: earlierNow?.version ?? 0, actorId: ids["ed@demo.desk"] });
  if (!earlierPublished.ok) throw new Error(`Could not publish the earlier demo article: ${earlierPublished.reason}`);

  const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  const article = await createArticle(db, {
    title: SAMPLE_ARTICLE.title,
    byline: SAMPLE_ARTICLE.byline,
    sourceUrl: SAMPLE_ARTICLE.sourceUrl,
    deadline,
    bodyJson: JSON.stringify(plainTextToDoc(SAMPLE_ARTICLE.text)),
    bodyText: SAMPLE_ARTICLE.text,
    authorId: eve,
  });
  // Find claims as the editor runs it, on the first revision, so the coverage gate knows the text was searched.
  await replaceSuggestions(db, { articleId: article.id, revision: 1, proposals: proposeClaims(SAMPLE_ARTICLE.text, []), actorId: eve });
  const rows = await listClaimsForArticle(db, article.id);

  // Walk the claims through the workflow with the desk's own queries, as editors and
  // a reviewer would, so each claim's history, the notifications and the audit
  // trail show what a real desk shows.
  const [approved, submitted, quote, open, dismissed] = rows;
  const decide = async (claim: (typeof rows)[number], decision: "accept" | "dismiss") => {
    const result = await decideClaim(db, { claimId: claim.id, expectedVersion: claim.version, decision, reason: decision === "dismiss" ? "opinion" : undefined, actorId: eve });
    if (!result.ok) throw new Error(`Could not ${decision} a demo claim: ${result.reason}`);
  };
  if (dismissed) await decide(dismissed, "dismiss");
  const toCheck = [approved, submitted, quote, open].filter(Boolean);
  for (const claim of toCheck) await decide(claim, "accept");
  // The timetable, which the finder reads as a prediction and does not suggest, marked
  // by the editor as on the earlier article: Rita finds that check under "Checked before".
  const timetableStart = SAMPLE_ARTICLE.text.indexOf(SAMPLE_ARTICLE.timetable);
  const current = await getArticle(db, article.id);
  const marked = await markClaim(db, { articleId: article.id, expectedArticleVersion: current?.version ?? 0, start: timetableStart, end: timetableStart + SAMPLE_ARTICLE.timetable.length, actorId: eve });
  if (timetableStart < 0 || !marked.ok) throw new Error("Could not mark the demo timetable claim.");
  const toAssign = [approved, submitted].filter(Boolean).map((claim) => claim.id).concat(marked.claim.id);
  const assignment = await assignClaims(db, { claimIds: toAssign, reviewerId: reviewer, actorId: eve, dueAt: deadline, priority: "normal", note: "Check against the council's own records." });
  if (!assignment.ok || assignment.skipped.length > 0) throw new Error("Could not assign the demo claims.");
  // The first claim is the vote, the second the bridge's cost (the sample article's order).
  const demoVerdicts = [
    { claim: approved, approve: true, verdictKey: "accurate", rationale: "The council's published minutes record the vote as 7 to 2.", source: { url: "https://harbourton.example/minutes/2026-11-24", title: "Minutes of the council meeting", quote: "The motion was carried by 7 votes to 2." } },
    { claim: submitted, approve: false, verdictKey: "mostly_accurate", rationale: "The council's estimate is $48.2 million; the article rounds it up to $48.5 million.", source: { url: "https://harbourton.example/budget-2026.pdf", title: "Capital budget 2026", quote: "Esk River crossing: $48.2m" } },
  ];
  for (const { claim, approve, verdictKey, rationale, source } of demoVerdicts) {
    if (!claim) continue;
    const saved = await saveVerdict(db, {
      claimId: claim.id,
      actorId: reviewer,
      expected: { verdictId: null, version: null },
      submit: true,
      content: {
        verdictKey,
        rationale,
        evidence: [{ ...source, publisher: "Harbourton Town Council", accessedOn: today, archiveUrl: null, stance: "supports" }],
      },
    });
    if (!saved.ok) throw new Error(`Could not submit a demo verdict: ${saved.reason}`);
    if (approve) {
      const signedOff = await decideVerdict(db, { claimId: claim.id, actorId: ids["ed@demo.desk"], expected: { verdictId: saved.verdict.id, version: saved.verdict.version }, decision: "approve", comment: "" });
      if (!signedOff.ok) throw new Error(`Could not approve a demo verdict: ${signedOff.reason}`);
    }
  }

  console.log(`Demo newsroom created: 2 articles, ${rows.length + 2} claims. Logins (password for all: ${PASSWORD}):`);
  for (const p of PEOPLE) console.log(`  ${p.role.padEnd(8)} ${p.email}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
