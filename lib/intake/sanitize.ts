import sanitizeHtml from "sanitize-html";
import { normalizePastedStyles } from "./pasted-styles";

export type SanitizeOptions = {
  /** Hosts whose images may stay (e.g. the newsroom's CDN); others are dropped. */
  allowedImageHosts?: readonly string[];
};

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const LINK_REL = "noopener noreferrer nofollow";


// Elements whose text is never article text: dropped with their content
// rather than unwrapped. Word's clipboard carries <xml> and <title> too.
const DROPPED_WITH_CONTENT = [
  "script", "style", "textarea", "option", "noscript", "iframe", "object", "embed",
  "template", "svg", "math", "title", "head", "xml", "select", "button",
];

/** Absolute http(s)/mailto URL, or null for relative, javascript: and the like. */
function safeLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function allowedImage(src: string | undefined, hosts: readonly string[]): boolean {
  if (!src) return false;
  try {
    const url = new URL(src);
    return (url.protocol === "https:" || url.protocol === "http:") && hosts.includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

function isGoogleDocsWrapper(attribs: Record<string, string>): boolean {
  const style = (attribs.style ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("font-weight:normal") || (attribs.id ?? "").startsWith("docs-internal-guid");
}

// Elements to drop while keeping their words (an unsafe link, the Google Docs
// wrapper, an image from another host) leave the sanitizer carrying DROP, and
// dropMarkedTags removes their tags in one pass. Not the sanitizer's own
// "excludeTag" (it copies all the output written so far for every element it
// drops: 30,000 unsafe links in a 4 MB page took 40 s), nor renaming them to a
// disallowed tag (sanitize-html 2.17 then closes the next sibling with the
// wrong tag name).
const DROP = "data-intake-drop";
const MARKABLE_TAG = /<(\/?)(a|b|img)(\s[^>]*)?>/g;

/**
 * Removes the tags carrying DROP from sanitize-html's output, and their end
 * tags, keeping what is between. Its output escapes "<" and ">" in text and
 * attribute values, so a regular expression finds every tag.
 */
function dropMarkedTags(html: string): string {
  if (!html.includes(DROP)) return html;
  // Per tag name, whether each open element is dropped: innermost last.
  const open: Record<string, boolean[]> = { a: [], b: [], img: [] };
  return html.replace(MARKABLE_TAG, (tag, slash: string, name: string, attributes = "") => {
    if (slash) return open[name].pop() ? "" : tag;
    const dropped = attributes.includes(DROP);
    if (name !== "img") open[name].push(dropped);
    return dropped ? "" : tag;
  });
}

/**
 * Cleans HTML pasted or imported into an article down to what the editor
 * keeps: headings h1–h4 (h5/h6 become h4), paragraphs, lists, bold/italic,
 * links (absolute http/https/mailto only, opened with rel="noopener
 * noreferrer nofollow"), line breaks and block quotes. Scripts, styles,
 * iframes, forms, event handlers, comments, classes and inline styles go;
 * images go unless their host is in `allowedImageHosts`. Word and Google
 * Docs cruft is unwrapped: their styled spans become <strong>/<em>, Word list
 * paragraphs become lists, and the <b style="font-weight:normal"> wrapper
 * Google Docs puts around a whole paste is removed.
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): string {
  const imageHosts = (options.allowedImageHosts ?? []).map((host) => host.toLowerCase());
  const drop = { [DROP]: "1" };
  const clean = sanitizeHtml(normalizePastedStyles(html), {
    allowedTags: ["h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "blockquote",
      ...(imageHosts.length > 0 ? ["img"] : [])],
    allowedAttributes: { a: ["href", "rel", DROP], b: [DROP], img: ["src", "alt", DROP] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowProtocolRelative: false,
    nonTextTags: DROPPED_WITH_CONTENT,
    // These replace the element's own attributes, so only they can set DROP.
    transformTags: {
      h5: "h4",
      h6: "h4",
      a: (_tag, attribs) => {
        const href = safeLink(attribs.href);
        // An unsafe or relative link keeps its words but loses the link.
        return { tagName: "a", attribs: href ? { href, rel: LINK_REL } : drop };
      },
      b: (tag, attribs) => ({ tagName: tag, attribs: isGoogleDocsWrapper(attribs) ? drop : {} }),
      img: (tag, attribs) => {
        const { [DROP]: _own, ...kept } = attribs;
        return { tagName: tag, attribs: allowedImage(attribs.src, imageHosts) ? kept : drop };
      },
    },
  });
  // Word pads documents with empty paragraphs (<p>&nbsp;</p>), removed from
  // the sanitizer's output once the dropped tags are gone.
  return dropMarkedTags(clean).replace(/<p>(?:\s|&nbsp;|\u00a0)*<\/p>/g, "").trim();
}
