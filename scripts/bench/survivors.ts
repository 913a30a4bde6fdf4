/**
 * `npm run bench:survivors`: which of the objects a Next.js request makes outlive
 * the young generation even after they have become garbage.
 *
 * Why this exists: under bench:http every server process promotes about 2.5 MB per
 * scavenge into the old generation (`--trace-gc-nvp`: promoted=…), on the bare
 * /api/health route as much as on the verdict write, and each scavenge then stops
 * the process, and its ~16 requests in flight, for 12–25 ms. A sampling heap
 * profile of only the objects that survive scavenges showed the request machinery,
 * hardly any of the desk's own code: Request and Response objects, their web
 * streams, AbortControllers.
 * Measured here, on Node 20 these stay on the heap through young-generation
 * collections after they have become garbage (a Request that carries a signal
 * almost whole), so they are copied, promoted and only freed by a full collection.
 * A smaller or larger young generation only moves the cost (bench:http with 8, 16
 * and 32 MB semi-spaces, interleaved: no difference in p99 beyond the noise).
 *
 * Each case allocates a few thousand garbage objects, runs two young-generation
 * collections and reports the bytes per object still on the heap, beside a plain
 * object as the reference (which a scavenge frees). Run it on a newer Node to see
 * whether the retention is gone there. Usage: npm run bench:survivors
 */

type Case = { name: string; make: () => unknown };

const CASES: Case[] = [
  { name: "plain object (reference)", make: () => ({ values: new Array(40).fill(0) }) },
  { name: "AbortController", make: () => new AbortController().signal },
  { name: "ReadableStream", make: () => new ReadableStream({ start: (c) => c.close() }) },
  { name: "Response.json", make: () => Response.json({ ok: true }) },
  {
    name: "Request with body and signal",
    make: () => new Request("http://127.0.0.1/api/claims/x/verdict", { method: "PUT", body: '{"rationale":"x"}', signal: new AbortController().signal }),
  },
];

const COUNT = 3000;
const ROUNDS = 5;

type GcFunction = (options?: { type: "minor" | "major" }) => void;
const gc = (globalThis as { gc?: GcFunction }).gc;

export {}; // a module: its names stay out of the other scripts' global scope

/** Bytes per object allocated, and still held after two scavenges (median of the rounds). */
async function measure(make: () => unknown): Promise<{ allocated: number; kept: number }> {
  const runs: Array<{ allocated: number; kept: number }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    gc!({ type: "major" });
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < COUNT; i++) make();
    const allocated = process.memoryUsage().heapUsed - before;
    // Let pending promise jobs and callbacks (a stream's start, say) run: until then they hold the objects for real.
    await new Promise((resolve) => setImmediate(resolve));
    gc!({ type: "minor" });
    gc!({ type: "minor" });
    runs.push({ allocated: allocated / COUNT, kept: (process.memoryUsage().heapUsed - before) / COUNT });
  }
  runs.sort((a, b) => a.kept - b.kept);
  return runs[Math.floor(ROUNDS / 2)];
}

async function main(): Promise<void> {
  if (!gc) throw new Error("Run with --expose-gc (npm run bench:survivors does).");
  console.log(`node ${process.version}, ${COUNT} objects per case, median of ${ROUNDS} rounds\n`);
  console.log(`${"object".padEnd(30)} ${"allocated B".padStart(12)} ${"kept B".padStart(8)} ${"kept share".padStart(11)}`);
  for (const { name, make } of CASES) {
    const { allocated, kept } = await measure(make);
    const share = allocated > 0 ? Math.max(0, kept) / allocated : 0;
    console.log(`${name.padEnd(30)} ${allocated.toFixed(0).padStart(12)} ${Math.max(0, kept).toFixed(0).padStart(8)} ${`${(share * 100).toFixed(0)}%`.padStart(11)}`);
  }
  console.log("\nkept: still on the heap after two young-generation collections, though unreachable (the reference shows what a scavenge frees).");
}

void main();
