/**
 * Auto-assign: spread unassigned claims over the active reviewers by open workload.
 *
 * Greedy is enough here: each claim goes to the reviewer with the lowest load at
 * that moment, and the load goes up by one. With unit-sized work this gives the
 * most even spread possible. Ties break on name then id with a plain code-unit
 * comparison (not localeCompare) so the plan is the same on every machine and a
 * test can state it exactly.
 */

export type AutoAssignClaim = { id: string; position: number };
export type AutoAssignReviewer = { id: string; name: string; active: boolean; openCount: number };
export type PlannedAssignment = { claimId: string; reviewerId: string };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Plans one assignment per claim, claims taken in article order (position, then
 * id). Deactivated reviewers are never chosen; with no active reviewer the plan is
 * empty. The inputs are not mutated; the caller writes the plan in a transaction.
 */
export function planAutoAssignment(
  claims: readonly AutoAssignClaim[],
  reviewers: readonly AutoAssignReviewer[],
): PlannedAssignment[] {
  const pool = reviewers
    .filter((reviewer) => reviewer.active)
    .map((reviewer) => ({ id: reviewer.id, name: reviewer.name, load: Math.max(0, reviewer.openCount) }));
  if (pool.length === 0) return [];

  const ordered = [...claims].sort((a, b) => a.position - b.position || compareText(a.id, b.id));
  const plan: PlannedAssignment[] = [];
  for (const claim of ordered) {
    // A linear scan per claim: reviewer lists are tens, not thousands, so a heap buys nothing.
    let best = pool[0];
    for (const candidate of pool) {
      const order = candidate.load - best.load || compareText(candidate.name, best.name) || compareText(candidate.id, best.id);
      if (order < 0) best = candidate;
    }
    plan.push({ claimId: claim.id, reviewerId: best.id });
    best.load += 1;
  }
  return plan;
}

/** How many claims of a plan go to each person, most first. */
export type AutoAssignShare = { reviewerId: string; name: string; count: number };

/**
 * A plan (or what was written of one) as shares per person, most claims first,
 * ties by name, so the preview and the final message list people alike.
 */
export function autoAssignShares(plan: readonly { reviewerId: string; reviewerName: string }[]): AutoAssignShare[] {
  const byId = new Map<string, AutoAssignShare>();
  for (const step of plan) {
    const share = byId.get(step.reviewerId) ?? { reviewerId: step.reviewerId, name: step.reviewerName, count: 0 };
    share.count += 1;
    byId.set(step.reviewerId, share);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || compareText(a.name, b.name) || compareText(a.reviewerId, b.reviewerId));
}

/** "Raj 9, Rosa 9, Rita 8": the split as the editor reads it. */
export function autoAssignSplit(shares: readonly AutoAssignShare[]): string {
  return shares.map((share) => `${share.name} ${share.count}`).join(", ");
}
