import { cleanInput } from "@/lib/text/clean-input";

/** A JSON request body, or why it was refused (with the HTTP status to answer). */
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 413 | 415 | 400; error: string };

/**
 * Reads a JSON request body of at most `maxBytes`: a declared length over the
 * limit is refused before reading, and so is a body that turns out longer. The
 * body must be declared JSON, which also means another site's page cannot send it
 * without the browser first asking (CORS preflight), and this server never agrees.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) return { ok: false, status: 415, error: "Send the body as application/json." };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, status: 413, error: tooLarge(maxBytes) };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, status: 413, error: tooLarge(maxBytes) };
  try {
    // Cleaned as server actions' input is (lib/text/clean-input): no control characters or half emoji.
    return { ok: true, value: cleanInput(JSON.parse(text)) };
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON." };
  }
}

function tooLarge(maxBytes: number): string {
  return `The body is larger than ${Math.round(maxBytes / 1024)} KB. Nothing was saved.`;
}
