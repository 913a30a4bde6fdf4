import { diffWords, type WordChange } from "@/lib/revisions";

type Source = { url: string; title: string; stance: string; quote: string };
type Version<S extends Source> = { verdictKey: string | null; rationale: string; evidence: readonly S[] };

export type VerdictChanges<S extends Source> = {
  /** The verdict before and after, when it changed. */
  verdict: { from: string | null; to: string | null } | null;
  /** The rationale word by word, when it changed. */
  rationale: WordChange[] | null;
  added: S[];
  removed: S[];
  /** Sources kept (same URL) whose stance, title or quote changed, with the earlier one and what changed. */
  revised: { source: S; was: S; changed: ("stance" | "title" | "quote")[] }[];
  unchanged: boolean;
};

/**
 * What a reviewer changed between a returned version and the one they sent back,
 * so the editor deciding it reads the difference instead of the whole verdict
 * again. Sources are matched by URL: one moved up or down the list is not a change.
 */
export function verdictChanges<S extends Source>(before: Version<S>, after: Version<S>): VerdictChanges<S> {
  const verdict = before.verdictKey === after.verdictKey ? null : { from: before.verdictKey, to: after.verdictKey };
  const rationale = before.rationale === after.rationale ? null : diffWords(before.rationale, after.rationale);
  const earlier = new Map(before.evidence.map((source) => [source.url, source]));
  const later = new Set(after.evidence.map((source) => source.url));
  const added = after.evidence.filter((source) => !earlier.has(source.url));
  const removed = before.evidence.filter((source) => !later.has(source.url));
  const revised = after.evidence.flatMap((source) => {
    const was = earlier.get(source.url);
    if (!was) return [];
    const changed = (["stance", "title", "quote"] as const).filter((field) => was[field] !== source[field]);
    return changed.length > 0 ? [{ source, was, changed }] : [];
  });
  const unchanged = !verdict && !rationale && added.length + removed.length + revised.length === 0;
  return { verdict, rationale, added, removed, revised, unchanged };
}
