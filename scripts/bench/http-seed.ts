import { createDatabase, openClient } from "@/db";
import { createArticle } from "@/db/queries/articles";
import { assignClaims } from "@/db/queries/assignments";
import { insertClaims } from "@/db/queries/claims";
import { createFirstAdministrator, createUser } from "@/db/queries/users";

/**
 * Seeds the benchmark's desk through the app's own queries: an admin, a reviewer
 * and one article whose claims are all assigned to the reviewer (so the queue
 * page has real rows and every connection of the write test has its own claim).
 */
export async function seedBenchDesk(url: string, claimCount: number) {
  const client = openClient(url);
  const db = createDatabase(client);
  try {
    const admin = await createFirstAdministrator(db, { name: "Bench Admin", email: "admin@bench.test", passwordHash: null });
    if (!admin.ok) throw new Error("the bench database is not empty");
    const made = await createUser(db, { name: "Bench Reviewer", email: "reviewer@bench.test", role: "reviewer", passwordHash: null, actorId: admin.user.id });
    if (!made.ok) throw new Error("could not create the reviewer");
    const sentences = Array.from({ length: claimCount }, (_, i) => `Claim number ${i + 1} says the budget grew by ${i + 2} percent.`);
    const bodyText = sentences.join(" ");
    const { id: articleId } = await createArticle(db, { title: "Bench article", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText, authorId: admin.user.id });
    const claims = await insertClaims(
      db,
      sentences.map((exact) => {
        const start = bodyText.indexOf(exact);
        return { articleId, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: admin.user.id };
      }),
    );
    await assignClaims(db, { claimIds: claims.map((c) => c.id), reviewerId: made.user.id, actorId: admin.user.id, dueAt: new Date(Date.now() + 86_400_000), priority: "normal", note: "" });
    return { reviewer: made.user, claimIds: claims.map((c) => c.id), claimTexts: new Map(claims.map((c) => [c.id, c.exact])) };
  } finally {
    client.close();
  }
}
