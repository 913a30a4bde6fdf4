/**
 * The shell every HTML export shares: escaping, the document head and a
 * stylesheet that reads well on screen and prints cleanly (no backgrounds,
 * claims kept whole across pages, link targets printed after evidence links).
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * An href only for web URLs: a stored `javascript:` URL must not become a live
 * link in a file people open locally. Anything else is shown as text.
 */
export function link(label: string, url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${esc(url)}">${esc(label || url)}</a>` : esc(label || url || "—");
}

/** A `<time>` element with the machine value in `datetime`. */
export function time(isoValue: string | null, human: string): string {
  return isoValue ? `<time datetime="${esc(isoValue)}">${esc(human)}</time>` : "—";
}

const STYLES = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); }
h1, h2, h3 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; }
h1 { font-size: 1.8rem; margin-bottom: .5rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
a { color: var(--accent); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
dl.meta dd { margin: 0; }
.text { white-space: pre-line; unicode-bidi: plaintext; }
blockquote { margin: .5rem 0 1rem; padding: .5rem 1rem; border-inline-start: 4px solid var(--rule); background: #f6f8fa; }
article.claim, article.correction { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; }
.verdict { display: inline-block; padding: .05rem .5rem; border-radius: 999px; color: #fff; font-family: system-ui, sans-serif; font-size: .85rem; }
.muted { color: var(--muted); }
ol.evidence li { margin-bottom: .75rem; }
table { border-collapse: collapse; }
td, th { padding: .2rem .75rem .2rem 0; text-align: start; }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  ol.evidence a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  blockquote { background: none; }
  .verdict { color: #000 !important; background: none !important; border: 1px solid #000; }
  article.claim, article.correction, blockquote { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}`;

/** Opens a standalone HTML document (UTF-8, viewport, the shared styles). */
export function pageStart(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLES}
</style>
</head>
<body>
`;
}

export const PAGE_END = "</body>\n</html>\n";
