import { getDb } from "@/db";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { requireApiUser } from "@/lib/auth/guards";

/**
 * GET /api/notifications/unread — `{ unread: n }` for the signed-in person: the
 * bell asks on each move between pages and now and then while the tab is open,
 * because the desk's layout (where the bell sits) is not rendered again on a
 * move inside the app.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await requireApiUser(request, "notifications.read");
  if (user instanceof Response) return user;
  const unread = await countUnreadNotifications(getDb(), user.id);
  return Response.json({ unread }, { headers: { "Cache-Control": "no-store" } });
}
