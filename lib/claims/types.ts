import type { ClaimKind } from "@/lib/workflow/statuses";

/** A half-open range of UTF-16 code units in the input: `input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One atomic claim inside a sentence; offsets are into the whole input. */
export interface AtomicClaim {
  start: number;
  end: number;
  text: string;
  score: number;
}

/** What `findClaims` and the `split` command report for every sentence. */
export interface SentenceResult {
  start: number;
  end: number;
  text: string;
  boilerplate: boolean;
  score: number;
  checkworthy: boolean;
  kind: ClaimKind;
  claimant: string | null;
  reasons: string[];
  claims: readonly AtomicClaim[];
}

export type { ClaimKind };
