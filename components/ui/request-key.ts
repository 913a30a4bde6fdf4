/**
 * A random key for one creating step (a new article, a comment), sent with every
 * try of it so the desk makes the thing once however often the request arrives
 * (db/schema/requests.ts). A version 4 UUID from getRandomValues, not
 * crypto.randomUUID, which browsers offer only on https and localhost: a desk on
 * a plain-http intranet address must work too.
 */
export function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
