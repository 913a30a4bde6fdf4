/**
 * `npm run bench:activity`: the Activity page's query (db/queries/activity.ts) on
 * audit trails of 10,000, 100,000 and 500,000 events, and at the largest again
 * without the page's two indexes (on time, and on person and time) as the
 * reference. Each size prints the newest page of everything, one busy person's,
 * one rare person's, verdicts only, people and access (1% of events), and the
 * tenth page (by cursor); the last
 * column is the time against the smallest trail's.
 *
 * Events are synthetic: 60% autosaved drafts (which the page leaves out unless
 * asked), the rest spread over claims, verdicts, articles and people, made by 20
 * people of whom one is rare (1 event in 2,000), about 2,000 claims of one article.
 * Usage: tsx scripts/bench/activity.ts [--sizes 10000,100000]
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { listActivity } from "@/db/queries/activity";
import { createArticle } from "@/db/queries/articles";
import { auditEvents, claims, users, verdicts } from "@/db/schema";
import { createTestAdmin } from "@/db/testing";
import { KIND_ENTITY_TYPES, kindsFor } from "@/lib/audit/activity";
import { median, seededGenerator, sizesArgument } from "./numbers";
import { withScratchDatabase } from "./scratch-database";

const SIZES = sizesArgument([10_000, 100_000, 500_000]);
const RUNS = 9;
const CLAIMS = 2_000;


type Probe = { name: string; run: () => Promise<number> };

/** The page's look-ups; each returns how many rows it listed, to show it did the work. */
function probes(db: Database, people: string[]): Probe[] {
  const everything = kindsFor("admin").flatMap((kind) => KIND_ENTITY_TYPES[kind]);
  return [
    { name: "newest 50, everything", run: async () => (await listActivity(db, { entityTypes: everything })).rows.length },
    { name: "newest 50 of a busy person", run: async () => (await listActivity(db, { entityTypes: everything, actorId: people[1] })).rows.length },
    { name: "newest 50 of a rare person", run: async () => (await listActivity(db, { entityTypes: everything, actorId: people[0] })).rows.length },
    { name: "newest 50 verdicts", run: async () => (await listActivity(db, { entityTypes: KIND_ENTITY_TYPES.verdicts })).rows.length },
    { name: "newest 50 people and access", run: async () => (await listActivity(db, { entityTypes: KIND_ENTITY_TYPES.people })).rows.length },
    {
      name: "10th page, everything",
      run: async () => {
        let page = await listActivity(db, { entityTypes: everything });
        for (let i = 1; i < 10 && page.more; i++) page = await listActivity(db, { entityTypes: everything, before: page.rows.at(-1)!.cursor });
        return page.rows.length;
      },
    },
  ];
}

async function seed(db: Database, size: number): Promise<string[]> {
  const admin = await createTestAdmin(db);
  const people = Array.from({ length: 20 }, (_, i) => ({ id: randomUUID(), name: `Person ${i}`, email: `p${i}@bench.test`, passwordHash: "x", role: "editor" as const }));
  await db.insert(users).values(people);
  const { id: articleId } = await createArticle(db, { title: "Bench", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: admin.id });
  const claimRows = Array.from({ length: CLAIMS }, (_, i) => ({ id: randomUUID(), articleId, start: 0, end: 1, exact: `Claim ${i} says 12 percent.`, text: `Claim ${i}`, kind: "statistic" as const, status: "submitted" as const, updatedAt: new Date() }));
  for (let i = 0; i < CLAIMS; i += 500) await db.insert(claims).values(claimRows.slice(i, i + 500));
  const verdictRows = claimRows.map((c) => ({ id: randomUUID(), claimId: c.id, number: 1, verdictKey: "accurate", state: "submitted" as const, reviewerId: admin.id, updatedAt: new Date() }));
  for (let i = 0; i < CLAIMS; i += 500) await db.insert(verdicts).values(verdictRows.slice(i, i + 500));
  const random = seededGenerator(11);
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < size; i += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, size - i) }, (_, k) => {
      const n = i + k;
      const r = random();
      const claim = claimRows[Math.floor(random() * CLAIMS)];
      const verdict = verdictRows[Math.floor(random() * CLAIMS)];
      const actor = n % 2_000 === 0 ? people[0].id : people[1 + Math.floor(random() * 19)].id;
      const [entityType, entityId, action] =
        r < 0.6 ? ["verdict", verdict.id, "verdict.draft_saved"] : r < 0.7 ? ["verdict", verdict.id, "verdict.submitted"] : r < 0.92 ? ["claim", claim.id, "claim.commented"] : r < 0.99 ? ["article", articleId, "article.saved"] : ["user", people[5].id, "user.role_changed"];
      return { id: randomUUID(), actorId: actor, entityType, entityId, action, articleId: entityType === "user" ? null : articleId, after: { n }, createdAt: new Date(start + n * 30_000) };
    });
    await db.insert(auditEvents).values(batch);
  }
  return people.map((p) => p.id);
}

(async () => {
  console.log(`node ${process.version}; median of ${RUNS} look-ups each; last column: time / the ${SIZES[0].toLocaleString("en")}-event trail's`);
  const reference = new Map<string, number>();
  for (const [index, size] of SIZES.entries()) {
    await withScratchDatabase("activity", async (db) => {
      const people = await seed(db, size);
      await db.run(sql`ANALYZE`);
      const passes: [string, boolean][] = [["", true]];
      if (index === SIZES.length - 1) passes.push([" without the page's indexes", false]);
      for (const [label, indexed] of passes) {
        if (!indexed) {
          await db.run(sql`DROP INDEX audit_created_idx`);
          await db.run(sql`DROP INDEX audit_actor_idx`);
          await db.run(sql`ANALYZE`);
        }
        console.log(`\n${size.toLocaleString("en")} events${label}`);
        for (const probe of probes(db, people)) {
          const ms: number[] = [];
          let rows = 0;
          for (let r = 0; r < RUNS; r++) {
            const t0 = performance.now();
            rows = await probe.run();
            ms.push(performance.now() - t0);
          }
          const m = median(ms);
          if (index === 0) reference.set(probe.name, m);
          const ratio = m / (reference.get(probe.name) ?? m);
          console.log(`${probe.name.padEnd(30)} ${m.toFixed(2).padStart(8)} ms  ${String(rows).padStart(3)} rows  ${ratio.toFixed(1).padStart(6)}×`);
        }
      }
    });
  }
})();
