import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../index";
import { createTestDatabase, createTestPeople } from "../testing";
import { createArticle, getArticle } from "./articles";
import { assignClaims } from "./assignments";
import { insertClaims } from "./claims";
import { sendDueReminders } from "./due-reminders";
import { listNotifications } from "./notifications";
import { spikeArticle } from "./spike";
import { setAwayUntil } from "./users";
import { saveVerdict } from "./verdicts";

let db: Database;
let ids: Record<"admin" | "Rosa" | "Sam" | "Edna", string> & { article: string };
const now = new Date("2026-12-07T14:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const HOURS_2 = 2 * 60 * 60_000;

async function claim(text: string, articleId = ids.article) {
  const [row] = await insertClaims(db, [{
    articleId, start: 0, end: text.length, exact: text, prefix: "", suffix: "", kind: "statistic", claimant: null, score: 0.9,
    checkworthy: true, reasons: [], origin: "manual", status: "open", createdById: ids.Edna,
  }]);
  return row.id;
}

async function assign(claimId: string, reviewerId: string, dueAt: Date | null) {
  const result = await assignClaims(db, { claimIds: [claimId], reviewerId, actorId: ids.Edna, dueAt, priority: "normal", note: "" });
  if (!result.ok) throw new Error("setup");
}

const reminders = async (userId: string) => (await listNotifications(db, { userId })).filter((n) => n.kind === "due").map((n) => n.message);

beforeEach(async () => {
  db = await createTestDatabase();
  const people = await createTestPeople(db, { Rosa: "reviewer", Sam: "reviewer", Edna: "editor" });
  ids = { ...people, article: (await createArticle(db, { title: "Rents", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: people.Edna })).id };
});

describe("due reminders", () => {
  test("a holder is reminded once of each claim due within the lead time or late; later ones wait their turn", async () => {
    const soon = await claim("Rents rose 9 percent.");
    const late = await claim("Bus fares doubled.");
    const later = await claim("Tram use fell.");
    const undated = await claim("No due time.");
    await assign(soon, ids.Rosa, at(45));
    await assign(late, ids.Rosa, at(-30));
    await assign(later, ids.Rosa, at(180));
    await assign(undated, ids.Rosa, null);

    const first = await sendDueReminders(db, { now, leadMs: HOURS_2 });
    expect(first).toEqual([
      { userId: ids.Rosa, name: "Rosa", email: "rosa@desk.test", claims: [
        { claimId: late, claimText: "Bus fares doubled.", dueAt: at(-30) },
        { claimId: soon, claimText: "Rents rose 9 percent.", dueAt: at(45) },
      ] },
    ]);
    expect(await reminders(ids.Rosa)).toEqual(expect.arrayContaining(["Overdue (due 30 minutes ago): “Bus fares doubled.”", "Due in 45 minutes: “Rents rose 9 percent.”"]));
    expect((await listNotifications(db, { userId: ids.Rosa })).find((n) => n.kind === "due")?.link).toMatch(/^\/claims\//);

    // The next sweep: nothing new until the third claim comes within the lead time.
    expect(await sendDueReminders(db, { now: at(5), leadMs: HOURS_2 })).toEqual([]);
    const third = await sendDueReminders(db, { now: at(61), leadMs: HOURS_2 });
    expect(third.flatMap((p) => p.claims.map((c) => c.claimId))).toEqual([later]);
    expect(await reminders(ids.Rosa)).toHaveLength(3);
  });

  test("a reassigned claim reminds its new holder; the old one hears nothing more", async () => {
    const soon = await claim("Rents rose 9 percent.");
    await assign(soon, ids.Rosa, at(30));
    await sendDueReminders(db, { now, leadMs: HOURS_2 });
    await assign(soon, ids.Sam, at(60));
    const again = await sendDueReminders(db, { now: at(1), leadMs: HOURS_2 });
    expect(again.map((p) => p.name)).toEqual(["Sam"]);
    expect(await reminders(ids.Rosa)).toHaveLength(1);
  });

  test("nobody is reminded of a claim handed over for sign-off, or on a spiked article", async () => {
    const submitted = await claim("Rents rose 9 percent.");
    await assign(submitted, ids.Rosa, at(30));
    const saved = await saveVerdict(db, {
      claimId: submitted, actorId: ids.Rosa, expected: { verdictId: null, version: null }, submit: true,
      content: { verdictKey: "accurate", rationale: "Table 4.", evidence: [{ url: "https://stats.example/t4", title: "T4", publisher: "Stats", quote: "", accessedOn: "2026-12-07", archiveUrl: null, stance: "supports" }] },
    });
    expect(saved.ok).toBe(true);

    const other = (await createArticle(db, { title: "Trams", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "y", authorId: ids.Edna })).id;
    const onSpiked = await claim("Tram use fell.", other);
    await assign(onSpiked, ids.Rosa, at(30));
    const article = await getArticle(db, other);
    expect(await spikeArticle(db, { articleId: other, expectedVersion: article!.version, reason: "Dropped", actorId: ids.Edna })).toMatchObject({ ok: true });

    expect(await sendDueReminders(db, { now, leadMs: HOURS_2 })).toEqual([]);
  });

  test("two sweeps at once remind once", async () => {
    const soon = await claim("Rents rose 9 percent.");
    await assign(soon, ids.Rosa, at(30));
    const [a, b] = await Promise.all([sendDueReminders(db, { now, leadMs: HOURS_2 }), sendDueReminders(db, { now, leadMs: HOURS_2 })]);
    expect([...a, ...b].flatMap((p) => p.claims)).toHaveLength(1);
    expect(await reminders(ids.Rosa)).toHaveLength(1);
  });

  test("a holder who is away is not reminded; the editor who assigned the claim is, to reassign it", async () => {
    const soon = await claim("Rents rose 9 percent.");
    await assign(soon, ids.Rosa, at(40));
    await setAwayUntil(db, { userId: ids.Rosa, until: at(3 * 24 * 60), day: null, actorId: ids.Rosa });
    const reminded = await sendDueReminders(db, { now, leadMs: HOURS_2 });
    expect(reminded).toEqual([
      { userId: ids.Edna, name: "Edna", email: "edna@desk.test", claims: [{ claimId: soon, claimText: "Rents rose 9 percent.", dueAt: at(40), awayHolder: { name: "Rosa", awayUntil: at(3 * 24 * 60) } }] },
    ]);
    expect(await reminders(ids.Rosa)).toEqual([]);
    expect(await reminders(ids.Edna)).toEqual(["Due in 40 minutes and Rosa, who holds it, is away: “Rents rose 9 percent.”"]);
  });

  test("many claims coming due for one person at once ring the bell once, leading to My queue; the e-mail still lists them all", async () => {
    for (let i = 0; i < 8; i++) await assign(await claim(`Claim number ${i + 1} on rents.`), ids.Rosa, at(10 + i));
    const [rosa] = await sendDueReminders(db, { now, leadMs: HOURS_2 });
    expect(rosa.claims).toHaveLength(8);
    const bells = (await listNotifications(db, { userId: ids.Rosa })).filter((n) => n.kind === "due");
    expect(bells.map((n) => [n.message, n.link])).toEqual([["8 claims you hold are nearly due or overdue. The soonest: Due in 10 minutes: “Claim number 1 on rents.”", "/queue"]]);
  });
});
