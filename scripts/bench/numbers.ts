/** Small helpers the benchmarks share. */

/** The middle value (the upper middle of an even count). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A deterministic generator (Park–Miller), so every run builds the same data. */
export function seededGenerator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** `--sizes 2000,20000` from the command line, or the defaults. */
export function sizesArgument(defaults: number[]): number[] {
  const at = process.argv.indexOf("--sizes");
  return at === -1 ? defaults : process.argv[at + 1].split(",").map(Number);
}
