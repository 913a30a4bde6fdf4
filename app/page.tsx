import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/workflow/navigation";

/** The desk's front door: each role's own starting page (signing in lands here unless it was sent elsewhere). */
export default async function Home() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
