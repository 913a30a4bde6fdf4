/**
 * The address a request came from, for throttling: the first hop a proxy in front
 * of the desk recorded, else "local". Only a key for counting failures, never a
 * proof of identity.
 */
export function clientAddress(headerList: Pick<Headers, "get"> | undefined): string {
  const forwarded = headerList?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headerList?.get("x-real-ip") || "local";
}
