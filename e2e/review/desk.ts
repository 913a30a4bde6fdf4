import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { createFirstAdministrator, findUserByEmail, listUsers, updateUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { testDb } from "../fixtures";

/**
 * Data for the review specs, made through the app's own query functions. When
 * this folder runs alone the first-run spec has not created the founding admin
 * the fixtures attribute new users to, so it is created here the same way.
 */
export async function ensureFounder(): Promise<string> {
  const db = testDb();
  const existing = await findUserByEmail(db, "founder@desk.test");
  if (existing) return existing.id;
  const created = await createFirstAdministrator(db, { name: "Founding Admin", email: "founder@desk.test", passwordHash: await hashPassword("founder-password-1") });
  if (!created.ok) throw new Error("could not create the founder");
  return created.user.id;
}

/** An article whose sentences are open claims, as the workspace leaves them after "Accept". */
export async function makeArticleWithClaims(authorId: string, sentences: string[], deadline: Date | null = null) {
  const db = testDb();
  const bodyText = `Opening paragraph with no claims.\n\n${sentences.join(" ")}\n\nClosing line.`;
  const title = `Council budget ${Date.now().toString(36)}`;
  const { id } = await createArticle(db, { title, byline: "City desk", sourceUrl: null, deadline, bodyJson: "{}", bodyText, authorId });
  const claims = await insertClaims(
    db,
    sentences.map((exact) => {
      const start = bodyText.indexOf(exact);
      return {
        articleId: id, start, end: start + exact.length, exact, prefix: "", suffix: "", kind: "statistic" as const, claimant: "the mayor",
        score: 0.9, checkworthy: true, reasons: [], origin: "manual" as const, status: "open" as const, createdById: authorId,
      };
    }),
  );
  return { id, title, claims };
}

/** Leaves `keepId` as the only active reviewer, so auto-assign has one candidate. */
export async function onlyActiveReviewer(keepId: string, actorId: string): Promise<void> {
  const db = testDb();
  for (const user of await listUsers(db)) {
    if (user.role === "reviewer" && user.active && user.id !== keepId) await updateUser(db, { userId: user.id, actorId, active: false });
  }
}

export async function setRole(userId: string, role: "reviewer" | "editor", actorId: string): Promise<void> {
  await updateUser(testDb(), { userId, actorId, role });
}
