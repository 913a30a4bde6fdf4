/**
 * Which text encoding an HTML document's bytes are in, decided as browsers
 * decide it (WHATWG HTML, "determining the character encoding"): a byte-order
 * mark first, then the charset the server sent, then a <meta charset> or
 * <meta http-equiv="Content-Type"> in the first 1024 bytes, else UTF-8. Old
 * pages and Word's web pages still declare windows-1252 in a <meta> only;
 * decoded as UTF-8 their "café" and curly quotes become U+FFFD.
 */

/** How far into the document browsers look for a <meta> charset. */
const PRESCAN_BYTES = 1024;

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** The encoding's canonical name for a label, or null when TextDecoder does not know it. */
function known(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset declared by a <meta> in the first 1024 bytes, if any. */
export function metaCharset(bytes: Uint8Array): string | null {
  // windows-1252 maps every byte, and ASCII as ASCII: enough to read tags.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, "");
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const encoding = known(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1]);
    // A <meta> read as ASCII cannot truly mean UTF-16; the standard takes it as UTF-8.
    if (encoding) return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  }
  return null;
}

/**
 * The encoding to decode an HTML document with: its byte-order mark, else the
 * charset in `contentType` (the HTTP header), else its <meta> charset, else UTF-8.
 */
export function htmlEncoding(bytes: Uint8Array, contentType = ""): string {
  const fromHeader = known(/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]);
  return byteOrderMark(bytes) ?? fromHeader ?? metaCharset(bytes) ?? "utf-8";
}

// windows-1252's characters at bytes 0x80–0x9F (WHATWG index; 0x81, 0x8D,
// 0x8F, 0x90 and 0x9D stay C1 controls). Node 20.18.3+ and 22.13+ decode
// windows-1252 (and the latin1 labels that mean it) as ISO-8859-1, so these
// bytes come out as C1 controls: curly quotes and dashes vanish
// (nodejs/node#60888). Mapping the controls afterwards is right either way.
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes bytes as the WHATWG Encoding Standard does for `encoding` (a canonical name). */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
}

/** Decodes an HTML document's bytes in the encoding htmlEncoding finds (the BOM dropped). */
export function decodeHtml(bytes: Uint8Array, contentType = ""): string {
  return decodeBytes(bytes, htmlEncoding(bytes, contentType));
}
