import { revalidatePath } from "next/cache";
import { formatDay } from "@/components/ui/format";
import { getDb } from "@/db";
import { getDeskTimeZone } from "@/db/queries/settings";
import { setAwayUntil } from "@/db/queries/users";
import type { ActionResult } from "@/lib/auth/guards";
import { awayUntilOf } from "@/lib/workflow/away";

/**
 * Marks `userId` away until `day` (the desk's clock), or back when `day` is "".
 * Shared by Your account (oneself) and Admin (someone who cannot sign in, off
 * sick say); the caller has checked the session and the role.
 */
export async function saveAway(params: { userId: string; day: string; actorId: string; who: "you" | string }): Promise<ActionResult> {
  const db = getDb();
  const you = params.who === "you";
  if (params.day === "") {
    await setAwayUntil(db, { userId: params.userId, until: null, day: null, actorId: params.actorId });
    revalidatePath("/", "layout");
    return { ok: true, data: null, message: you ? "Welcome back: auto-assign includes you again." : `${params.who} is back: auto-assign includes them again.` };
  }
  const away = awayUntilOf(params.day, await getDeskTimeZone(db), new Date());
  if (!away.ok) return { ok: false, error: away.error, fieldErrors: { day: away.error } };
  await setAwayUntil(db, { userId: params.userId, until: away.until, day: params.day, actorId: params.actorId });
  revalidatePath("/", "layout");
  return {
    ok: true,
    data: null,
    message: you
      ? `Saved. Auto-assign passes you by until ${formatDay(params.day)} is over; claims you hold stay yours.`
      : `${params.who} is away until ${formatDay(params.day)}: auto-assign passes them by.`,
  };
}
