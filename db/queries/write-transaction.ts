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
 * next transaction and its single commit, in the order they came, each seeing the
 * ones before it exactly as if they had run one by one. Every caller hears back
 * only after the commit that made its write durable. If any write in a batch
 * throws (rare: writes check before they change anything), the batch is rolled
 * back and its writes run again one by one, so a failure stays with its own
 * caller. The database still decides correctness: versions and BEGIN IMMEDIATE
 * work across processes.
 *
 * A write must therefore keep its effects inside the transaction (mail and other
 * side effects go after it returns), since it may run twice.
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
  if (batch.length > 1) {
    let values: unknown[] | null = null;
    let began = false;
    try {
      values = await db.transaction(async (tx) => {
        began = true;
        const out: unknown[] = [];
        for (const job of batch) out.push(await job.work(tx));
        return out;
      }, WRITE);
    } catch (error) {
      // No transaction at all (the write lock stayed busy past the timeout, say):
      // running the writes one by one would only wait again, once per write.
      if (!began) {
        for (const job of batch) job.reject(error);
        return;
      }
      // Otherwise something in the batch threw, or the commit failed: all of it was rolled back.
    }
    if (values) {
      batch.forEach((job, i) => job.resolve(values[i]));
      return;
    }
  }
  // Alone, or again one by one after a batch failed: each write in its own
  // transaction, so each caller gets its own answer or its own error. A write is
  // a function of what the database holds, and nothing of the failed batch was
  // kept, so running it again is the same as running it for the first time.
  for (const job of batch) await db.transaction(job.work, WRITE).then(job.resolve, job.reject);
}
