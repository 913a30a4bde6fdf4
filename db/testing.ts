import { createDatabase, openClient, type Database } from "./index";
import { migrateDatabase } from "./migrate";
import { createArticle } from "./queries/articles";
import { insertClaims } from "./queries/claims";
import { ensureVerdictScale } from "./queries/settings";
import { createFirstAdministrator, createUser } from "./queries/users";

/**
 * A fresh in-memory database with every migration applied and the default
 * verdict scale, for query tests. Each call is an independent database.
 */
export async function createTestDatabase(): Promise<Database> {
  const db = createDatabase(openClient(":memory:"));
  await migrateDatabase(db);
  await ensureVerdictScale(db);
  return db;
}

/** An administrator to act as, for tests that need someone to attribute changes to. */
export async function createTestAdmin(db: Database): Promise<{ id: string; name: string }> {
  const result = await createFirstAdministrator(db, { name: "Ada", email: "ada@example.org", passwordHash: "x" });
  if (!result.ok) throw new Error("the test database already has users");
  return result.user;
}

/**
 * The founding administrator ("Ada Admin") and the named people in the given
 * roles, each with the e-mail `<lower-case name>@desk.test`: their ids by name.
 */
export async function createTestPeople<N extends string>(db: Database, people: Record<N, "reviewer" | "editor">): Promise<Record<N | "admin", string>> {
  const admin = await createFirstAdministrator(db, { name: "Ada Admin", email: "ada@desk.test", passwordHash: "h" });
  if (!admin.ok) throw new Error("the test database already has users");
  const ids = { admin: admin.user.id } as Record<N | "admin", string>;
  for (const [name, role] of Object.entries(people) as [N, "reviewer" | "editor"][]) {
    const created = await createUser(db, { name, email: `${name.toLowerCase()}@desk.test`, role, passwordHash: "h", actorId: admin.user.id });
    if (!created.ok) throw new Error(`could not create ${name}`);
    ids[name] = created.user.id;
  }
  return ids;
}

/**
 * An article ("Rents") whose whole text is one open claim, written by `authorId`,
 * for tests about what happens to a claim once someone holds it.
 */
export async function createOneClaimArticle(db: Database, authorId: string, text = "Rents doubled in ten years."): Promise<{ articleId: string; claimId: string }> {
  const article = await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: text, authorId });
  const [claim] = await insertClaims(db, [{
    articleId: article.id, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9,
    checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: authorId,
  }]);
  return { articleId: article.id, claimId: claim.id };
}
