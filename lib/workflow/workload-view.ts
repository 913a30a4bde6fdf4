/**
 * The Dashboard's "Reviewers' open claims" for a desk of any size: busiest
 * first (ties by name), so the person with 166 claims is not buried under R
 * among 200 names. A small desk sees everyone; a large one sees those with open
 * claims, up to `limit`, and a count of the rest.
 */
export type Workload = { name: string; openCount: number };

export const EVERYONE_UP_TO = 12;

export function busiestFirst<T extends Workload>(reviewers: readonly T[], limit = 20): { shown: T[]; more: number; moreAllIdle: boolean } {
  const sorted = [...reviewers].sort((a, b) => b.openCount - a.openCount || a.name.localeCompare(b.name));
  if (sorted.length <= EVERYONE_UP_TO) return { shown: sorted, more: 0, moreAllIdle: false };
  const shown = sorted.filter((r) => r.openCount > 0).slice(0, limit);
  const rest = sorted.slice(shown.length);
  return { shown, more: rest.length, moreAllIdle: rest.every((r) => r.openCount === 0) };
}
