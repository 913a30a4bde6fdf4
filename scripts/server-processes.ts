import type { Env } from "@/lib/env";

/**
 * How many server processes `npm start` runs: WEB_CONCURRENCY when set, else one
 * per core up to four (a desk's traffic needs no more, and each holds its own
 * memory). An in-memory database lives inside one process, so it gets one.
 */
export function serverProcessCount(env: Pick<Env, "WEB_CONCURRENCY" | "DATABASE_URL">, cores: number): number {
  if (env.DATABASE_URL === ":memory:" || env.DATABASE_URL.startsWith("file::memory:")) return 1;
  return env.WEB_CONCURRENCY ?? Math.max(1, Math.min(cores, 4));
}
