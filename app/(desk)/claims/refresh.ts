import { revalidatePath } from "next/cache";

/** Refreshes every page that shows a claim's state (after a write that changed it). */
export function refreshClaimPages(claimId: string, articleId?: string): void {
  revalidatePath(`/claims/${claimId}`);
  revalidatePath("/queue");
  if (articleId) {
    revalidatePath(`/articles/${articleId}`);
    revalidatePath("/claims/assign");
  }
}
