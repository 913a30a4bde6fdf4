/**
 * Test data for the corrections, log and memo query tests: people, an article
 * with claims, and verdict/evidence rows inserted directly (the review queries
 * are another module's; these tests only need the rows to exist).
 */
import type { Database } from "../index";
import { evidenceItems, verdicts } from "../schema";
import { createArticle } from "./articles";
import { insertClaims, type NewClaim } from "./claims";
import { createFirstAdministrator, createUser } from "./users";

export const HOSTILE = 'He said "no, never, ever",\nthen left 😀👍🏽 — שלום "עולם", مرحبا بكم';

export async function seedPeople(db: Database) {
  const admin = await createFirstAdministrator(db, { name: "Ada Admin", email: "ada@desk.test", passwordHash: "h" });
  if (!admin.ok) throw new Error("setup: admin");
  const reviewer = await createUser(db, { name: "Rita Reviewer", email: "rita@desk.test", role: "reviewer", passwordHash: "h", actorId: admin.user.id });
  const editor = await createUser(db, { name: "Ed Editor", email: "ed@desk.test", role: "editor", passwordHash: "h", actorId: admin.user.id });
  if (!reviewer.ok || !editor.ok) throw new Error("setup: people");
  return { admin: admin.user, reviewer: reviewer.user, editor: editor.user };
}

export async function seedArticle(db: Database, authorId: string, texts: string[], title = "City budget") {
  const bodyText = texts.join(" ");
  const article = await createArticle(db, {
    title,
    byline: "Dana Reyes",
    sourceUrl: "https://ledger.example/news/city-budget",
    deadline: new Date("2025-03-01T20:00:00Z"),
    bodyJson: "{}",
    bodyText,
    authorId,
  });
  let offset = 0;
  const rows: NewClaim[] = texts.map((exact) => {
    const start = offset;
    offset += exact.length + 1;
    return {
      articleId: article.id, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic",
      claimant: "Mayor Ana Lopez", score: 0.9, checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: authorId,
    };
  });
  // Inserted in reverse so reading order has to come from the query, not insertion order.
  const claims = (await insertClaims(db, rows.reverse())).sort((a, b) => a.start - b.start);
  return { articleId: article.id, claims };
}

type VerdictSeed = {
  claimId: string;
  number: number;
  key: string | null;
  state: (typeof verdicts.$inferInsert)["state"];
  reviewerId: string;
  approverId?: string | null;
  rationale?: string;
  decidedAt?: Date | null;
};

export async function seedVerdict(db: Database, seed: VerdictSeed) {
  const [row] = await db
    .insert(verdicts)
    .values({
      claimId: seed.claimId,
      number: seed.number,
      verdictKey: seed.key,
      state: seed.state,
      rationale: seed.rationale ?? "",
      reviewerId: seed.reviewerId,
      approverId: seed.approverId ?? null,
      submittedAt: new Date("2025-03-01T10:00:00Z"),
      decidedAt: seed.decidedAt ?? null,
      updatedAt: new Date(),
    })
    .returning();
  return row;
}

export async function seedEvidence(db: Database, verdictId: string, items: { url: string; quote: string; position: number }[]) {
  await db.insert(evidenceItems).values(
    items.map((item) => ({ verdictId, url: item.url, quote: item.quote, position: item.position, title: "Source", publisher: "Pub", accessedOn: "2025-03-01", stance: "contradicts" as const })),
  );
}
