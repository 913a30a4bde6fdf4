import { eq } from "drizzle-orm";
import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { createFirstAdministrator, createUser, findUserByEmail } from "@/db/queries/users";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { prepareOrExit } from "@/scripts/prepare";
import { createDatabase, openClient } from "./index";
import { assignments, claims, evidenceItems, verdicts } from "./schema";
import { SAMPLE_ARTICLE } from "./seed-data/sample-article";

/**
 * `npm run seed:demo`: a demo newsroom on the configured database: an admin, two
 * editors, three reviewers and one sample article with claims in several states.
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

  const deadline = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  const article = await createArticle(db, {
    title: SAMPLE_ARTICLE.title,
    byline: SAMPLE_ARTICLE.byline,
    sourceUrl: SAMPLE_ARTICLE.sourceUrl,
    deadline,
    bodyJson: JSON.stringify(plainTextToDoc(SAMPLE_ARTICLE.text)),
    bodyText: SAMPLE_ARTICLE.text,
    authorId: ids["eve@demo.desk"],
  });
  const proposals = proposeClaims(SAMPLE_ARTICLE.text, []);
  const rows = await insertClaims(
    db,
    proposals.map((p) => ({ ...p, articleId: article.id, origin: "suggested" as const, status: "proposed" as const, createdById: null })),
  );

  // Walk the claims through the workflow so every state shows up in the demo.
  const [approved, submitted, assigned, open, dismissed] = rows;
  const reviewer = ids["rita@demo.desk"];
  const now = new Date();
  const setStatus = (id: string, status: (typeof rows)[number]["status"]) =>
    db.update(claims).set({ status, updatedAt: now }).where(eq(claims.id, id));
  if (dismissed) await db.update(claims).set({ status: "dismissed", dismissReason: "opinion", decidedById: ids["eve@demo.desk"], decidedAt: now, updatedAt: now }).where(eq(claims.id, dismissed.id));
  if (open) await setStatus(open.id, "open");
  for (const claim of [approved, submitted, assigned].filter(Boolean)) {
    await setStatus(claim.id, "assigned");
    await db.insert(assignments).values({ claimId: claim.id, reviewerId: reviewer, assignedById: ids["eve@demo.desk"], dueAt: deadline, note: "Check against the council's published budget." });
  }
  for (const [claim, state] of [[approved, "approved"], [submitted, "submitted"]] as const) {
    if (!claim) continue;
    const [verdict] = await db
      .insert(verdicts)
      .values({
        claimId: claim.id,
        number: 1,
        verdictKey: state === "approved" ? "mostly_accurate" : "inaccurate",
        rationale: state === "approved" ? "The council's estimate is $48.2 million; the article rounds up slightly." : "The agency's report gives 31 percent, not 38.",
        state,
        reviewerId: reviewer,
        approverId: state === "approved" ? ids["ed@demo.desk"] : null,
        submittedAt: now,
        decidedAt: state === "approved" ? now : null,
        updatedAt: now,
      })
      .returning();
    await db.insert(evidenceItems).values({ verdictId: verdict.id, url: "https://harbourton.example/budget-2026.pdf", title: "Capital budget 2026", publisher: "Harbourton Town Council", quote: "Esk River crossing: $48.2m", accessedOn: now.toISOString().slice(0, 10), stance: state === "approved" ? "supports" : "contradicts" });
    await setStatus(claim.id, state);
  }

  console.log(`Demo newsroom created: 1 article, ${rows.length} claims. Logins (password for all: ${PASSWORD}):`);
  for (const p of PEOPLE) console.log(`  ${p.role.padEnd(8)} ${p.email}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
