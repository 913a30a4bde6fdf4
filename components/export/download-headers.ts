/**
 * Headers for an export download: the file name for the browser's save dialog
 * (both the plain and the RFC 5987 form, so a non-ASCII name survives), and no
 * caching — an export reflects the desk at the moment it is asked for.
 */
export function downloadHeaders(contentType: string, filename: string): Headers {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Headers({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
}
