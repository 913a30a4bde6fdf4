"use server";

import { signOut } from "@/lib/auth/config";
import { endCurrentSession } from "@/lib/auth/guards";

/**
 * Signing out needs no permission: it only ends the caller's own session. The
 * session is ended on the server first, so a copy of its cookie stops working too.
 */
export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/sign-in" });
}
