/**
 * `npm run bench:archive`: "Checked before" on a claim page against archives of
 * 2,000, 20,000 and 100,000 signed-off claims, as the page does it (the full-text
 * index's best matches ranked by shared words, db/queries/archive.ts) and, for
 * reference, as it was done before the index (the newest 2,000 ranked by shared
 * words). The claim looked up matches the oldest check, which only the index
 * reaches once the archive outgrows 2,000.
 *
 * Claims are synthetic: 15 words each from a 5,000-word vocabulary drawn with
 * Zipf's law (a few words are in most claims, as "percent" and "million" are),
 * plus a figure and a year. Usage: tsx scripts/bench/archive.ts [--sizes 2000,20000]
 */
import { randomUUID } from "node:crypto";
import { listCheckedClaims, searchArchive } from "@/db/queries/archive";
import { createArticle } from "@/db/queries/articles";
import { claims, verdicts } from "@/db/schema";
import { createTestAdmin } from "@/db/testing";
import { checkedBeforeQuery } from "@/lib/archive/search-query";
import { findSimilarClaims } from "@/lib/archive/similar";
import { median, seededGenerator, sizesArgument } from "./numbers";
import { withScratchDatabase } from "./scratch-database";

const SIZES = sizesArgument([2_000, 20_000, 100_000]);
const RUNS = 9;
const VOCABULARY = 5_000;


/** Words by Zipf's law: word k with weight 1/k, by inverting the cumulative sum. */
function zipfWords(random: () => number): (count: number) => string[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= VOCABULARY; k++) cumulative.push((total += 1 / k));
  const word = () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return `w${lo.toString(36)}x`;
  };
  return (count) => Array.from({ length: count }, word);
}

async function measure(size: number): Promise<void> {
  await withScratchDatabase("archive", async (db) => {
    const admin = await createTestAdmin(db);
    const { id: articleId } = await createArticle(db, { title: "Archive", byline: "", sourceUrl: null, deadline: null, bodyJson: "{}", bodyText: "x", authorId: admin.id });
    const random = seededGenerator(7);
    const words = zipfWords(random);
    const oldest = "Harbour dredging in Kestrelmouth cost 2.4 million pounds in 2019, the board said.";
    for (let i = 0; i < size; i += 1000) {
      const rows = Array.from({ length: Math.min(1000, size - i) }, (_, k) => {
        const text = i + k === 0 ? oldest : `${words(15).join(" ")} ${Math.floor(random() * 100)} percent in ${2000 + Math.floor(random() * 25)}.`;
        return { id: randomUUID(), articleId, start: 0, end: text.length, exact: text, text, kind: "statistic" as const, status: "approved" as const, updatedAt: new Date() };
      });
      await db.insert(claims).values(rows);
      // Decided in insertion order: the first claim is the oldest check.
      await db.insert(verdicts).values(rows.map((row, k) => ({ claimId: row.id, number: 1, verdictKey: "accurate", state: "approved" as const, reviewerId: admin.id, decidedAt: new Date(Date.UTC(2020, 0, 1) + (i + k) * 60_000), updatedAt: new Date() })));
    }
    const probe = "Dredging Kestrelmouth harbour cost 2.4 million pounds in 2019, the harbour board says.";
    const time = async (lookup: () => Promise<boolean>) => {
      const ms: number[] = [];
      let found = false;
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        found = await lookup();
        ms.push(performance.now() - t0);
      }
      return { ms: median(ms), found };
    };
    const index = await time(async () => findSimilarClaims(probe, await listCheckedClaims(db, { excludeArticleId: "none", match: checkedBeforeQuery(probe) ?? "" })).some((c) => c.text === oldest));
    const newest = await time(async () => findSimilarClaims(probe, await listCheckedClaims(db, { excludeArticleId: "none" })).some((c) => c.text === oldest));
    const row = (name: string, r: { ms: number; found: boolean }) => `${name.padEnd(34)} ${r.ms.toFixed(1).padStart(7)} ms   oldest check found: ${r.found ? "yes" : "no"}`;
    console.log(`\n${size.toLocaleString("en")} signed-off claims`);
    console.log(row("full-text index, best 500", index));
    console.log(row("newest 2,000 (before the index)", newest));
    console.log(`index / newest time: ${(index.ms / newest.ms).toFixed(2)}×`);
    const page = await time(async () => (await listCheckedClaims(db, { limit: 51 })).length === 51);
    console.log(`${"Archive page, newest 50".padEnd(34)} ${page.ms.toFixed(1).padStart(7)} ms`);
    // The commonest word (in most claims) and a word in one: the two ends of the Archive search.
    const common = await time(async () => (await searchArchive(db, { query: { q: "w0x" }, viewerId: admin.id, seesAll: true, zone: "UTC" })).rows.length === 50);
    console.log(`${"Archive search, commonest word".padEnd(34)} ${common.ms.toFixed(1).padStart(7)} ms`);
    const rare = await time(async () => (await searchArchive(db, { query: { q: "Kestrelmouth" }, viewerId: admin.id, seesAll: true, zone: "UTC" })).rows.length === 1);
    console.log(`${"Archive search, a rare word".padEnd(34)} ${rare.ms.toFixed(1).padStart(7)} ms   found: ${rare.found ? "yes" : "no"}`);
  });
}

(async () => {
  console.log(`node ${process.version}; median of ${RUNS} look-ups each`);
  for (const size of SIZES) await measure(size);
})();
