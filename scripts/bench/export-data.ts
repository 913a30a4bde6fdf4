/**
 * Deterministic synthetic inputs for the export benchmark: a seeded PRNG, so
 * every run renders the same bytes and timings compare like with like.
 */
import { DEFAULT_VERDICT_SCALE } from "../../lib/verdicts/scale";
import type { ExportCorrection, MemoClaim, MemoInput } from "../../lib/export/types";
import { CORRECTION_TYPES, EVIDENCE_STANCES } from "../../lib/workflow/statuses";

/** mulberry32: tiny, fast and good enough to vary benchmark text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "the city council budget rose fell percent schools police report year million residents housing rents data said official record".split(" ");
// Some text that exercises escaping in every format.
const SPICE = ['"quoted, with commas"', "😀", "שלום", "<b>&</b>", "=SUM(A1)", "line\nbreak"];

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(rand() < 0.04 ? SPICE[Math.floor(rand() * SPICE.length)] : WORDS[Math.floor(rand() * WORDS.length)]);
  return `${out.join(" ")}.`;
}

const BASE = Date.UTC(2025, 0, 1);
const isoAt = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

/** A memo with `claims` claims, two evidence items each, most of them approved. */
export function syntheticMemo(claims: number, seed = 1): MemoInput {
  const rand = prng(seed);
  const list: MemoClaim[] = [];
  for (let i = 0; i < claims; i += 1) {
    const entry = DEFAULT_VERDICT_SCALE[Math.floor(rand() * DEFAULT_VERDICT_SCALE.length)];
    const approved = rand() < 0.8;
    list.push({
      id: `claim-${String(i).padStart(6, "0")}`,
      position: i + 1,
      text: sentence(rand, 18),
      claimant: rand() < 0.7 ? `Official ${i % 50}` : null,
      status: approved ? "approved" : "submitted",
      verdict: {
        key: entry.key, label: entry.label, ratingValue: entry.ratingValue, rationale: `${sentence(rand, 40)} ${sentence(rand, 30)}`,
        reviewer: { name: `Reviewer ${i % 7}` }, approver: approved ? { name: `Editor ${i % 3}` } : null,
        submittedAt: isoAt(i * 3), approvedAt: approved ? isoAt(i * 3 + 2) : null, version: 1 + (i % 2),
      },
      evidence: [0, 1].map((k) => ({
        url: `https://source.example/${i}/${k}`, title: sentence(rand, 6), publisher: `Publisher ${k}`, quote: sentence(rand, 25),
        accessedOn: isoAt(i).slice(0, 10), archiveUrl: k === 0 ? `https://web.archive.org/web/2025/https://source.example/${i}` : null,
        stance: EVIDENCE_STANCES[(i + k) % EVIDENCE_STANCES.length],
      })),
    });
  }
  return {
    newsroom: { name: "Bench Ledger", url: "https://bench.example" },
    article: { id: "art-bench", title: "Benchmark article", byline: "Bench Writer", sourceUrl: "https://bench.example/a", deadline: isoAt(0), publishedAt: isoAt(10) },
    generatedAt: isoAt(100_000),
    timeZone: "UTC",
    scale: DEFAULT_VERDICT_SCALE,
    claims: list,
    corrections: [],
  };
}

/**
 * Corrections produced lazily, in log order, like rows paged from a query:
 * nothing but the current row is held, so memory measures the exporter.
 */
export async function* syntheticCorrections(count: number, seed = 2): AsyncGenerator<ExportCorrection> {
  const rand = prng(seed);
  for (let i = 0; i < count; i += 1) {
    const published = rand() < 0.7;
    yield {
      id: `cor-${String(i).padStart(7, "0")}`,
      type: CORRECTION_TYPES[i % CORRECTION_TYPES.length],
      status: published ? "published" : "draft",
      originalText: sentence(rand, 16),
      correctedText: sentence(rand, 16),
      note: `An earlier version of this article misstated ${sentence(rand, 10)} It is ${sentence(rand, 6)}`,
      // Effective date (publishedAt ?? createdAt) rises with i, as the log requires.
      publishedAt: published ? isoAt(i * 10 + 5) : null,
      createdAt: isoAt(i * 10 + (published ? 0 : 5)),
      article: { title: `Article ${i % 500}`, url: `https://bench.example/articles/${i % 500}` },
    };
  }
}
