import { and, eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { requestKeys } from "../schema";

/** How long a key answers for its step: far longer than any retry, short enough to keep the table small. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export type RequestKey = { key: string; userId: string; kind: "article" | "comment" | "correction" };

/**
 * What a creating step already made under this key, for this person and kind
 * (see the request_keys table): the id, or null when the step is new. Call it
 * inside the step's own write transaction, so two copies of a request cannot
 * both find nothing.
 */
export async function doneUnderKey(tx: DbOrTx, request: RequestKey): Promise<string | null> {
  const [row] = await tx
    .select({ resultId: requestKeys.resultId })
    .from(requestKeys)
    .where(and(eq(requestKeys.key, request.key), eq(requestKeys.userId, request.userId), eq(requestKeys.kind, request.kind)))
    .limit(1);
  return row?.resultId ?? null;
}

/** Records that the step under this key made `resultId`, and forgets keys older than a day. */
export async function rememberKey(tx: DbOrTx, request: RequestKey & { resultId: string; now?: Date }): Promise<void> {
  const now = request.now ?? new Date();
  // Another person's key (they cannot know it; a UUID collision at worst) is left as it is.
  await tx.insert(requestKeys).values({ key: request.key, userId: request.userId, kind: request.kind, resultId: request.resultId, createdAt: now }).onConflictDoNothing();
  await tx.delete(requestKeys).where(lt(requestKeys.createdAt, new Date(now.getTime() - KEEP_MS)));
}
