/**
 * The Dashboard's "Latest activity" in runs: one auto-assign writes an event per
 * claim (359 on an election-night article), which buried everything else on the
 * card. A run is the same person doing the same thing, each within two minutes
 * of the one before; it shows as one line with a count. The Activity page keeps
 * every event: it is the record.
 */
import { activityPhrase, plural, type ActivityEvent } from "./activity";

type RunnableEvent = ActivityEvent & { actorName: string | null; createdAt: Date; articleId: string | null };

export type ActivityRun<T> = {
  /** The newest event of the run: its time, its claim or article when the run has one event. */
  latest: T;
  count: number;
  /** The article every event of the run is about, if they share one. */
  articleId: string | null;
};

const RUN_GAP_MS = 2 * 60 * 1000;

/** Newest-first events into at most `limit` runs, newest first. */
export function activityRuns<T extends RunnableEvent>(events: readonly T[], limit: number): ActivityRun<T>[] {
  const runs: ActivityRun<T>[] = [];
  let last: T | null = null;
  for (const event of events) {
    const run = runs.at(-1);
    // Only actions a count can speak for join a run: "added them as admin, and 2 more
    // like it" would misname the other two's roles.
    const continues =
      run !== undefined &&
      last !== null &&
      Object.hasOwn(RUN_PHRASES, event.action) &&
      event.action === last.action &&
      event.actorName === last.actorName &&
      last.createdAt.getTime() - event.createdAt.getTime() <= RUN_GAP_MS;
    if (continues) {
      run.count += 1;
      if (run.articleId !== event.articleId) run.articleId = null;
    } else {
      if (runs.length === limit) break;
      runs.push({ latest: event, count: 1, articleId: event.articleId });
    }
    last = event;
  }
  return runs;
}

const RUN_PHRASES: Record<string, (count: number) => string> = {
  "claim.accepted": (n) => `accepted ${plural(n, "claim")}`,
  "claim.dismissed": (n) => `dismissed ${plural(n, "claim")}`,
  "claim.marked": (n) => `marked ${plural(n, "claim")}`,
  "claim.assigned": (n) => `assigned ${plural(n, "claim")}`,
  "claim.reassigned": (n) => `reassigned ${plural(n, "claim")}`,
  "claim.unassigned": (n) => `took ${plural(n, "claim")} off reviewers' queues`,
  "verdict.approved": (n) => `approved ${plural(n, "verdict")}`,
  "verdict.returned": (n) => `returned ${plural(n, "verdict")} to their reviewers`,
  "verdict.submitted": (n) => `submitted ${plural(n, "verdict")} for sign-off`,
  "claim.commented": (n) => `left ${plural(n, "comment")}`,
  "user.created": (n) => `added ${plural(n, "person", "people")}`,
  "user.role_changed": (n) => `changed ${plural(n, "person's role", "people's roles")}`,
  "user.deactivated": (n) => `deactivated ${plural(n, "person", "people")}`,
};

/** A run's phrase after the person's name: the event's own for one, a count for many. */
export function runPhrase(run: ActivityRun<ActivityEvent>): string {
  const counted = RUN_PHRASES[run.latest.action];
  return run.count === 1 || !counted ? activityPhrase(run.latest) : counted(run.count);
}
