/**
 * `npm run bench:export`: every export format for a 1,000-claim memo and a
 * 10,000-correction log, then 10× each, with time and peak memory.
 *
 * Each (case, format) runs in its own child process (with --expose-gc) so one
 * run's garbage cannot inflate the next one's peak. Peak memory is the kernel's
 * high-water mark (resourceUsage().maxRSS) above the RSS measured right before
 * the run, plus the heap high-water sampled at every streamed chunk. Output is
 * counted and dropped, as a socket would. Usage: tsx scripts/bench/export.ts [--quick]
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { renderCorrectionsLog, renderMemo, type MemoFormat, MEMO_FORMATS } from "../../lib/export";
import { syntheticCorrections, syntheticMemo } from "./export-data";

type Kind = "memo" | "log";
type Result = { kind: Kind; size: number; format: MemoFormat; ms: number; outMB: number; rssMB: number; heapMB: number };

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function drain(body: string | Uint8Array | AsyncIterable<string>, onChunk: () => void): Promise<number> {
  if (typeof body === "string") return Buffer.byteLength(body);
  if (body instanceof Uint8Array) return body.byteLength;
  let bytes = 0;
  for await (const chunk of body) {
    bytes += Buffer.byteLength(chunk);
    onChunk();
  }
  return bytes;
}

async function runOnce(kind: Kind, size: number, format: MemoFormat, onChunk: () => void): Promise<number> {
  if (kind === "memo") return drain((await renderMemo(format, syntheticMemo(size))).body, onChunk);
  const input = { newsroom: { name: "Bench", url: "https://bench.example" }, range: { from: "2025-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }, generatedAt: "2026-01-02T00:00:00Z", timeZone: "UTC", corrections: syntheticCorrections(size) };
  return drain((await renderCorrectionsLog(format, input)).body, onChunk);
}

/** Child side: warm up on a small input, then measure one run. */
async function child(kind: Kind, size: number, format: MemoFormat): Promise<void> {
  await runOnce(kind, 50, format, () => {});
  // The memo input is built before the baseline: it is the caller's data, not export cost.
  const memo = kind === "memo" ? syntheticMemo(size) : null;
  gc();
  const baseRss = process.memoryUsage.rss();
  const baseHeap = process.memoryUsage().heapUsed;
  let heapPeak = baseHeap;
  const sample = () => { heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); };
  const started = performance.now();
  const bytes = memo
    ? await drain((await renderMemo(format, memo)).body, sample)
    : await runOnce(kind, size, format, sample);
  const ms = performance.now() - started;
  sample();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result: Result = { kind, size, format, ms, outMB: bytes / MB, rssMB: Math.max(0, peakRss - baseRss) / MB, heapMB: (heapPeak - baseHeap) / MB };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs one case in a fresh process; a crash (say, out of memory) is reported, not fatal. */
function spawnCase(kind: Kind, size: number, format: MemoFormat): Result | string {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ["--expose-gc", ...process.execArgv, self, "--child", kind, String(size), format], { encoding: "utf8", timeout: 600_000, maxBuffer: 16 * MB });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) {
    const why = run.error?.message ?? run.stderr.split("\n").find((l) => /error|heap/i.test(l)) ?? `exit ${run.status}`;
    return `failed: ${why.slice(0, 80)}`;
  }
  return JSON.parse(line) as Result;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

function parent(quick: boolean): void {
  const cases: [Kind, number][] = quick ? [["memo", 100], ["memo", 1000], ["log", 1000], ["log", 10000]] : [["memo", 1000], ["memo", 10000], ["log", 10000], ["log", 100000]];
  console.log(`node ${process.version}, ${quick ? "quick" : "full"} run; one child process per row\n`);
  console.log("case        format     time ms   out MB  peak RSS Δ MB  heap peak Δ MB");
  const results: Result[] = [];
  for (const [kind, size] of cases) {
    for (const format of MEMO_FORMATS) {
      const r = spawnCase(kind, size, format);
      if (typeof r === "string") {
        console.log(`${`${kind} ${size}`.padEnd(11)} ${format.padEnd(8)} ${r}`);
        continue;
      }
      results.push(r);
      console.log(`${`${kind} ${size}`.padEnd(11)} ${format.padEnd(8)} ${fmt(r.ms, 0)} ${fmt(r.outMB)} ${fmt(r.rssMB)}      ${fmt(r.heapMB)}`);
    }
  }
  console.log("\n10× the data: ratios (time / RSS peak / heap peak)");
  for (const kind of ["memo", "log"] as const) {
    const [small, large] = cases.filter(([k]) => k === kind).map(([, s]) => s);
    for (const format of MEMO_FORMATS) {
      const a = results.find((r) => r.kind === kind && r.size === small && r.format === format);
      const b = results.find((r) => r.kind === kind && r.size === large && r.format === format);
      if (!a || !b) continue;
      const ratio = (x: number, y: number) => (x > 0.05 ? (y / x).toFixed(1) : "~0").padStart(6);
      console.log(`${kind.padEnd(5)} ${format.padEnd(8)} time ×${ratio(a.ms, b.ms)}   RSS ×${ratio(a.rssMB, b.rssMB)}   heap ×${ratio(a.heapMB, b.heapMB)}`);
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === "--child") {
  const [, kind, size, format] = args;
  child(kind as Kind, Number(size), format as MemoFormat).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  parent(args.includes("--quick"));
}
