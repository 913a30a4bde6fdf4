/**
 * Headers for an export download: the file name for the browser's save dialog
 * (both the plain and the RFC 5987 form, so a non-ASCII name survives), and no
 * caching — an export reflects the desk at the moment it is asked for.
 */
export function downloadHeaders(contentType: string, filename: string): Headers {
  const ascii = asciiFallback(filename);
  return new Headers({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}

/**
 * The name for clients that read only the plain filename=: non-ASCII words are
 * left out (a row of underscores said nothing), their hyphens with them, and a
 * quote or backslash becomes "_". "memo-市议会-budget-2026-12-08.csv" → "memo-budget-2026-12-08.csv".
 */
function asciiFallback(filename: string): string {
  return filename
    .replace(/["\\]/g, "_")
    .replace(/[^\x20-\x7e]+/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-(?=\.[^.]*$)/g, "");
}
