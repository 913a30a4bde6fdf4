/**
 * Liveness for load balancers (and the bare baseline of bench:http): public,
 * touches neither the session nor the database, reveals nothing.
 */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return Response.json({ ok: true });
}
