/**
 * Throughput of the claim finder against sentence splitting alone.
 *
 * `npm run bench:claims` builds ≥1 MB (and 4 MB) of news-like text from the inline
 * corpus below with a seeded generator — the same text on every run and machine,
 * no dependency on ../shared — then times, in one process:
 *   - our whole pipeline (segment + boilerplate + score + kind + atomic claims),
 *   - sbd's sentence splitting alone, per paragraph,
 *   - Intl.Segmenter's sentence splitting alone, per paragraph,
 * and prints MB/s and ratios (median of 21 interleaved runs each, after three warm-ups), plus the 4 MB / 1 MB time
 * ratio (≈4 when linear). The pipeline's run reads every field of every sentence (as
 * `split` does), so nothing it returns could be skipped or left unread.
 */
import sbd from "sbd";
import { findClaims } from "../../lib/claims";

const CORPUS = [
  "WASHINGTON (AP) — The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.",
  "Sen. Elizabeth Warren and Gov. Gavin Newsom met at 10:30 a.m. Eastern on Jan. 5.",
  "Unemployment fell to 3.5 percent, the lowest level in 50 years, according to the Labor Department.",
  "\"We will not back down,\" said Lt. Gen. James Dickinson Jr., who commands the base.",
  "The group is led primarily by Abu Bakr, who carried out attacks that killed more than 100 people.",
  "Haiti is one of the poorest countries in the world and its people face repression.",
  "It may have been the worst storm in a decade.",
  "I think this is a terrible idea.",
  "What would happen if taxes rose?",
  "Acme Inc. reported a loss of $1.2 billion, three officials said.",
  "Dr. J. K. Smith, a Ph.D. from St. Andrews, moved to the U.S. It then grew fast.",
  "Il a dit : « Nous gagnerons. » Puis il est parti.",
  "Prices rose 4% in May; wages rose 2% in June.",
  "See https://example.com/report.pdf for details... or write to desk@example.org.",
  "The bill passed the House 220-215 on Sept. 12, with No. 3 Republican Steve Scalise voting no.",
  "Crime fell 12 percent last year because police hired 500 more officers, the mayor claimed.",
  "Read more: Storm hits the coast.",
  "Thank you.",
];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic text of at least `bytes` UTF-16 units: paragraphs of 2–6 sentences. */
function makeText(bytes: number): string {
  const random = seeded(42);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const n = 2 + Math.floor(random() * 5);
    const sentences = Array.from({ length: n }, () => CORPUS[Math.floor(random() * CORPUS.length)]);
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}

interface Timed {
  label: string;
  ms: number;
  count: number;
}

/**
 * Median of `rounds` timed runs of each contender after `warmups` untimed runs each.
 * One warm-up and five rounds flattered the pipeline: sbd keeps getting faster for
 * several more runs as the JIT optimises it, so a short bench compared our warm
 * pipeline with a half-warm sbd. Three warm-ups and 21 rounds put the ratio within a
 * few percent from run to run. The rounds are interleaved —
 * every contender runs once per round, in reverse order every other round — because
 * the machine is shared: a burst of someone else's work then slows all contenders in
 * that round rather than one contender's every run, and no contender always runs
 * first (and pays for the garbage the round before left), so the ratios hold up
 * better than the absolute times.
 */
function timeAll(contenders: { label: string; run: () => number }[], rounds = 21, warmups = 3): Timed[] {
  for (let w = 0; w < warmups; w++) for (const c of contenders) c.run();
  const times = contenders.map(() => [] as number[]);
  const counts = contenders.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < contenders.length; i++) {
      const k = r % 2 === 0 ? i : contenders.length - 1 - i;
      const started = performance.now();
      counts[k] = contenders[k].run();
      times[k].push(performance.now() - started);
    }
  }
  return contenders.map((c, k) => {
    const sorted = times[k].sort((x, y) => x - y);
    return { label: c.label, ms: sorted[Math.floor(rounds / 2)], count: counts[k] };
  });
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const MB = 1024 * 1024;

/**
 * The pipeline's run: findClaims computes every field of every sentence eagerly, and
 * this reads them all (as the `split` command's JSON does), so the figure cannot
 * come from work skipped because nobody looked at its result.
 */
let sink = 0;

/** Returns the number of sentences; every field read goes to `sink`, so none of it is dead code. */
function readAll(text: string): number {
  const results = findClaims(text);
  for (const s of results) {
    sink += s.start + s.end + s.text.length + s.score + s.kind.length + s.reasons.length + s.claims.length;
    if (s.boilerplate || s.checkworthy || s.claimant !== null) sink++;
  }
  return results.length;
}

function measure(text: string): Timed[] {
  const paragraphs = text.split("\n\n");
  return timeAll([
    { label: "pipeline (segment + claims + score)", run: () => readAll(text) },
    { label: "sbd split per paragraph", run: () => paragraphs.reduce((n, p) => n + sbd.sentences(p).length, 0) },
    { label: "Intl.Segmenter per paragraph", run: () => paragraphs.reduce((n, p) => n + [...segmenter.segment(p)].length, 0) },
  ]);
}

const one = makeText(MB);
const results = measure(one);
const mb = one.length / MB;
console.log(`text: ${mb.toFixed(2)} MB, ${one.split("\n\n").length} paragraphs`);
for (const r of results) {
  console.log(`${r.label.padEnd(38)} ${(mb / (r.ms / 1000)).toFixed(2).padStart(7)} MB/s  ${r.ms.toFixed(0).padStart(6)} ms  ${r.count} sentences`);
}
const [pipeline, sbdRun, intl] = results;
console.log(`pipeline / sbd speed:            ${(sbdRun.ms / pipeline.ms).toFixed(2)}x (≥ 1 means our whole pipeline is at least as fast as sbd splitting alone)`);
console.log(`pipeline / Intl.Segmenter speed: ${(intl.ms / pipeline.ms).toFixed(2)}x`);

const four = makeText(4 * MB);
// 1 MB and 4 MB timed again side by side (interleaved), so the ratio compares like with like.
const [oneAgain, fourResult] = timeAll([
  { label: "pipeline 1 MB", run: () => readAll(one) },
  { label: "pipeline 4 MB", run: () => readAll(four) },
]);
const ratio = fourResult.ms / oneAgain.ms;
console.log(`pipeline 1 MB: ${oneAgain.ms.toFixed(0)} ms, 4 MB: ${fourResult.ms.toFixed(0)} ms, ratio ${ratio.toFixed(2)} (size ratio ${(four.length / one.length).toFixed(2)}; linear ≈ size ratio)`);
if (sink === -1) console.log(sink);
