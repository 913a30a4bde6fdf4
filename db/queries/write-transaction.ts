import type { Database, Transaction } from "../index";

/**
 * Review writes read, check and then write; taking the write lock at BEGIN makes
 * concurrent writers queue on the busy timeout instead of failing when a read
 * transaction tries to upgrade after someone else committed.
 */
export const WRITE = { behavior: "immediate" } as const;

/** The most writes that share one commit. */
const MAX_BATCH = 32;

type Job = { work: (tx: Transaction) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Queue = { jobs: Job[]; draining: boolean };
const queues = new WeakMap<Database, Queue>();

/**
 * Runs a review write (verdict saves, sign-offs, assignments, comments) in a write
 * transaction, one writer at a time per process, with group commit.
 *
 * SQLite allows one writer anyway, and queueing here instead of in SQLite's busy
 * handler (which sleeps and retries) keeps latency flat when many reviewers save
 * at once. The commit is the expensive part: with synchronous=FULL it waits for
 * the disk, and libSQL waits on the main thread, so every request in the server
 * stalls. Writes that queued up while one transaction ran therefore share the
 * next transaction and its single commit, each inside its own savepoint: a write
 * that throws undoes only its own changes and gets its own error, and every
 * caller hears back only after the commit that made its write durable (if that
 * commit fails, all of them get the error and nothing was written). Each write
 * still sees the ones queued before it, exactly as if they had run one by one.
 * The database still decides correctness: versions and BEGIN IMMEDIATE work
 * across processes.
 */
export function writeTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { jobs: [], draining: false };
    queues.set(db, queue);
  }
  const done = new Promise<T>((resolve, reject) => {
    queue.jobs.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
  if (!queue.draining) {
    queue.draining = true;
    // Start on the next turn of the event loop, so that the other requests read
    // in this turn can reach here first and join the same commit.
    const waiting = queue;
    setImmediate(() => void drain(db, waiting));
  }
  return done;
}

async function drain(db: Database, queue: Queue): Promise<void> {
  try {
    while (queue.jobs.length > 0) await runBatch(db, queue.jobs.splice(0, MAX_BATCH));
  } finally {
    queue.draining = false;
  }
}

async function runBatch(db: Database, batch: Job[]): Promise<void> {
  if (batch.length === 1) {
    // Alone, a write needs no savepoint: its own transaction rolls back if it throws.
    const [job] = batch;
    await db.transaction(job.work, WRITE).then(job.resolve, job.reject);
    return;
  }
  const outcomes: { ok: boolean; value: unknown }[] = [];
  try {
    await db.transaction(async (tx) => {
      for (const job of batch) {
        try {
          outcomes.push({ ok: true, value: await tx.transaction((savepoint) => job.work(savepoint)) });
        } catch (error) {
          outcomes.push({ ok: false, value: error });
        }
      }
    }, WRITE);
  } catch (error) {
    for (const job of batch) job.reject(error);
    return;
  }
  batch.forEach((job, i) => (outcomes[i].ok ? job.resolve(outcomes[i].value) : job.reject(outcomes[i].value)));
}
